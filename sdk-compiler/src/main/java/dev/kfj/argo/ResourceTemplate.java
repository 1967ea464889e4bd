package dev.kfj.argo;

import java.util.List;

/**
 * A template that acts on a Kubernetes resource.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.ResourceTemplate}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param action get, create, apply, delete, replace or patch (required)
 * @param mergeStrategy the patch merge strategy
 * @param manifest the resource manifest
 * @param setOwnerReference whether the workflow owns the resource
 * @param successCondition a label selector marking success
 * @param failureCondition a label selector marking failure
 * @param flags extra kubectl flags
 */
public record ResourceTemplate(
        String action,
        String mergeStrategy,
        String manifest,
        Boolean setOwnerReference,
        String successCondition,
        String failureCondition,
        List<String> flags) {

    /** Normalises absent collections to empty, immutable ones; maps get a stable order. */
    public ResourceTemplate {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}

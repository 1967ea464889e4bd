package dev.kfj.argo;

import java.util.List;

/**
 * Parameters and artifacts a template consumes.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.Inputs}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param parameters input parameters
 * @param artifacts input artifacts
 */
public record Inputs(List<Parameter> parameters, List<Artifact> artifacts) {

    /** Normalises absent collections to empty, immutable ones; maps get a stable order. */
    public Inputs {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
    }
}

package dev.kfj.argo;

import java.util.List;

/**
 * Parameters and artifacts passed to a workflow, task or step.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.Arguments}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param parameters parameters passed
 * @param artifacts artifacts passed
 */
public record Arguments(List<Parameter> parameters, List<Artifact> artifacts) {

    /** Normalises absent collections to empty, immutable ones; maps get a stable order. */
    public Arguments {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
    }
}

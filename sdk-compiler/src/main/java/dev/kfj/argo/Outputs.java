package dev.kfj.argo;

import java.util.List;

/**
 * Parameters and artifacts a template produces.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.Outputs}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param parameters output parameters
 * @param artifacts output artifacts
 * @param result the result expression, or {@code null}
 * @param exitCode the exit code expression, or {@code null}
 */
public record Outputs(List<Parameter> parameters, List<Artifact> artifacts, String result, String exitCode) {

    /** Normalises absent collections to empty, immutable ones; maps get a stable order. */
    public Outputs {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
    }
}

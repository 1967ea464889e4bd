package dev.kfj.argo;

import java.util.List;

/**
 * A template that runs tasks as a dependency graph.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.DAGTemplate}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param target the tasks to run, or {@code null} for all
 * @param tasks the tasks (required)
 * @param failFast whether to stop scheduling after a failure
 */
public record DAGTemplate(String target, List<DAGTask> tasks, Boolean failFast) {

    /** Normalises absent collections to empty, immutable ones; maps get a stable order. */
    public DAGTemplate {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }
}

package dev.kfj.argo;

import java.util.List;

/**
 * Mutexes and semaphores a workflow or template must hold to run.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.Synchronization}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param mutexes the mutexes
 * @param semaphores the semaphores
 */
public record Synchronization(List<Mutex> mutexes, List<SemaphoreRef> semaphores) {

    /** Normalises absent collections to empty, immutable ones; maps get a stable order. */
    public Synchronization {
        mutexes = mutexes == null ? List.of() : List.copyOf(mutexes);
        semaphores = semaphores == null ? List.of() : List.copyOf(semaphores);
    }
}

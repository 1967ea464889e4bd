package dev.kfj.argo;

/**
 * A named lock.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.Mutex}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param name the mutex name
 * @param namespace the namespace, or {@code null} for the workflow's
 * @param database whether the lock lives in the database
 */
public record Mutex(String name, String namespace, Boolean database) {}

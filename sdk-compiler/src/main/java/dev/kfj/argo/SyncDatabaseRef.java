package dev.kfj.argo;

/**
 * A semaphore limit stored in the synchronization database.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.SyncDatabaseRef}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param key the limit key (required)
 */
public record SyncDatabaseRef(String key) {}

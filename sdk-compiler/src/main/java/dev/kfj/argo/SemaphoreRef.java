package dev.kfj.argo;

import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;

/**
 * A reference to a counting semaphore configured in a config map.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.SemaphoreRef}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param configMapKeyRef the config map key holding the limit
 * @param namespace the namespace, or {@code null}
 * @param database the database key holding the limit
 */
public record SemaphoreRef(ConfigMapKeySelector configMapKeyRef, String namespace, SyncDatabaseRef database) {}

package dev.kfj.argo;

/**
 * A reference to an artifact repository configuration in a config map.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.ArtifactRepositoryRef}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param configMap the config map name, or {@code null} for the default
 * @param key the key in the config map
 */
public record ArtifactRepositoryRef(String configMap, String key) {}

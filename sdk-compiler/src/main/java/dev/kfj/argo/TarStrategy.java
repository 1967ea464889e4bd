package dev.kfj.argo;

/**
 * Archive strategy member: tar and gzip the files.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.TarStrategy}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param compressionLevel the gzip level, or {@code null} for the default
 */
public record TarStrategy(Integer compressionLevel) {}

package dev.kfj.argo;

/**
 * An artifact whose contents are given inline.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.RawArtifact}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param data the contents (required)
 */
public record RawArtifact(String data) {}

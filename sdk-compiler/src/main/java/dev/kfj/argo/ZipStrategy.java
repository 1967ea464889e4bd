package dev.kfj.argo;

/**
 * Archive strategy member: zip the files.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.ZipStrategy}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 */
public record ZipStrategy() {}

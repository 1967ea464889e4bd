package dev.kfj.argo;

/**
 * Archive strategy member: store files as they are.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.NoneStrategy}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 */
public record NoneStrategy() {}

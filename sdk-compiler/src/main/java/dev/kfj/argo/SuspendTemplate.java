package dev.kfj.argo;

/**
 * A template that pauses the workflow.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.SuspendTemplate}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param duration how long to pause, or {@code null} until resumed
 */
public record SuspendTemplate(String duration) {}

package dev.kfj.argo;

/**
 * Marks a parameter value as supplied later, for example when resuming a suspended node.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.SuppliedValueFrom}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 */
public record SuppliedValueFrom() {}

package dev.kfj.argo;

/**
 * A workflow label computed from an expression.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.LabelValueFrom}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param expression the expression (required)
 */
public record LabelValueFrom(String expression) {}

package dev.kfj.argo;

/**
 * A template run when an expression becomes true or the owner exits.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.LifecycleHook}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param template the template to run
 * @param templateRef a template in another workflow template
 * @param arguments the arguments
 * @param expression when to run
 */
public record LifecycleHook(String template, TemplateRef templateRef, Arguments arguments, String expression) {}

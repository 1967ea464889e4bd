package dev.kfj.argo;

/**
 * A reference to a template inside a (cluster) workflow template.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.TemplateRef}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param name the workflow template name
 * @param template the template name
 * @param clusterScope whether it is a cluster workflow template
 */
public record TemplateRef(String name, String template, Boolean clusterScope) {}

package dev.kfj.argo;

/**
 * A reference to a (cluster) workflow template used as a workflow's spec.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.WorkflowTemplateRef}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param name the workflow template name
 * @param clusterScope whether it is a cluster workflow template
 */
public record WorkflowTemplateRef(String name, Boolean clusterScope) {}

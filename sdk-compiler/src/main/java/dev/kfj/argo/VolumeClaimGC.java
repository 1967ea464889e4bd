package dev.kfj.argo;

/**
 * When volume claims created by a workflow are deleted.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.VolumeClaimGC}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param strategy OnWorkflowCompletion or OnWorkflowSuccess
 */
public record VolumeClaimGC(String strategy) {}

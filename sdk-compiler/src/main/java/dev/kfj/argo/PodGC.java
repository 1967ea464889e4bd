package dev.kfj.argo;

import io.fabric8.kubernetes.api.model.LabelSelector;

/**
 * When the pods of a workflow are deleted.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.PodGC}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param strategy such as OnPodCompletion, OnPodSuccess, OnWorkflowCompletion,
 *     OnWorkflowSuccess
 * @param labelSelector which pods
 * @param deleteDelayDuration a delay before deletion
 */
public record PodGC(String strategy, LabelSelector labelSelector, String deleteDelayDuration) {}

package dev.kfj.argo;

import io.fabric8.kubernetes.api.model.LocalObjectReference;

/**
 * The store behind memoization.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.Cache}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param configMap the config map holding the cache
 */
public record Cache(LocalObjectReference configMap) {}

package dev.kfj.argo;

import io.fabric8.kubernetes.api.model.IntOrString;

/**
 * The delay between retries.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.Backoff}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param duration the first delay, such as {@code 5s}
 * @param factor the multiplier per retry
 * @param maxDuration the maximum total retry time
 * @param cap the maximum single delay
 */
public record Backoff(String duration, IntOrString factor, String maxDuration, String cap) {}

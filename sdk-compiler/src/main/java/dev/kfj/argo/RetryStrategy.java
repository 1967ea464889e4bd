package dev.kfj.argo;

import io.fabric8.kubernetes.api.model.IntOrString;

/**
 * When and how a failed node is retried.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.RetryStrategy}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param limit the maximum number of retries (an int or an expression string)
 * @param retryPolicy one of Always, OnFailure, OnError, OnTransientError
 * @param backoff the delay between retries
 * @param expression an expression deciding whether to retry
 */
public record RetryStrategy(IntOrString limit, String retryPolicy, Backoff backoff, String expression) {}

package dev.kfj.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How often idempotent calls are repeated after a connection error, a 429 or a 5xx, and how
 * long to wait in between (doubling from {@code initialBackoff} up to {@code maxBackoff}).
 * Creating a workflow is repeated only when the server certainly did not receive it.
 *
 * @param maxAttempts attempts in total, at least 1; default 4
 * @param initialBackoff wait before the second attempt; default 250 ms
 * @param maxBackoff longest wait between attempts; default 5 s
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    /** Checks the values. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
    }

    /** Four attempts, 250 ms doubling up to 5 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(5));
    }

    /** One attempt, no retries. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /** The wait before attempt {@code attempt} (2 for the first retry). */
    public Duration backoff(int attempt) {
        long factor = 1L << Math.min(20, Math.max(0, attempt - 2));
        Duration wait = initialBackoff.multipliedBy(factor);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}

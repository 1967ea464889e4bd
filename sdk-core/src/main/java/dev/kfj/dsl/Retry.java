package dev.kfj.dsl;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a failed step is retried: {@code limit} more attempts, on which failures, with what backoff.
 *
 * <pre>{@code
 * Retry.times(3).on(Retry.Policy.ALWAYS).backoff(Duration.ofSeconds(10), 2, Duration.ofMinutes(5))
 * }</pre>
 *
 * @param limit the number of retries after the first attempt (so {@code limit + 1} attempts)
 * @param policy which failures are retried; default {@link Policy#ON_FAILURE}
 * @param backoff the wait before the first retry, or {@link Duration#ZERO} for none
 * @param factor the factor by which each later wait grows; default 1
 * @param maxBackoff the longest single wait, or {@link Duration#ZERO} for no cap
 * @param maxDuration the longest time from the first attempt, or {@link Duration#ZERO} for no limit
 * @param expression an extra condition over {@code lastRetry.exitCode}, {@code lastRetry.status},
 *     {@code lastRetry.duration} and {@code lastRetry.message} in Argo's expression language, or {@code ""}
 */
public record Retry(int limit, Policy policy, Duration backoff, int factor, Duration maxBackoff,
                    Duration maxDuration, String expression) {

    /** Which failures are retried. */
    public enum Policy {
        /** Failures and errors. */
        ALWAYS("Always"),
        /** The step's container exited non-zero. The default. */
        ON_FAILURE("OnFailure"),
        /** The pod could not run (node lost, image pull, ...). */
        ON_ERROR("OnError"),
        /** Errors Argo classifies as transient. */
        ON_TRANSIENT_ERROR("OnTransientError");

        private final String argo;

        Policy(String argo) {
            this.argo = argo;
        }

        /** Argo's spelling. */
        public String argo() {
            return argo;
        }
    }

    /** Checks the parts. */
    public Retry {
        if (limit < 0) throw new IllegalArgumentException("retry limit must not be negative: " + limit);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(backoff, "backoff");
        if (factor < 1) throw new IllegalArgumentException("backoff factor must be at least 1: " + factor);
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxDuration, "maxDuration");
        Objects.requireNonNull(expression, "expression");
    }

    /** Up to {@code limit} retries on failure, without waiting. */
    public static Retry times(int limit) {
        return new Retry(limit, Policy.ON_FAILURE, Duration.ZERO, 1, Duration.ZERO, Duration.ZERO, "");
    }

    /** A copy retrying on {@code policy}. */
    public Retry on(Policy policy) {
        return new Retry(limit, policy, backoff, factor, maxBackoff, maxDuration, expression);
    }

    /** A copy waiting {@code first}, then {@code factor} times longer each time, at most {@code cap}. */
    public Retry backoff(Duration first, int factor, Duration cap) {
        return new Retry(limit, policy, first, factor, cap, maxDuration, expression);
    }

    /** A copy that gives up {@code total} after the first attempt started. */
    public Retry within(Duration total) {
        return new Retry(limit, policy, backoff, factor, maxBackoff, total, expression);
    }

    /** A copy that retries only when {@code expr} (Argo expression language) holds, e.g. {@code asInt(lastRetry.exitCode) > 1}. */
    public Retry when(String expr) {
        return new Retry(limit, policy, backoff, factor, maxBackoff, maxDuration, expr);
    }

    /** The expression, if any. */
    public Optional<String> condition() {
        return expression.isEmpty() ? Optional.empty() : Optional.of(expression);
    }
}

package dev.kfj.client.internal;

/** Whether a call may be sent again after a failure. */
public enum Safety {
    /** Reads and idempotent updates: repeated after connection errors, timeouts, 429 and 5xx. */
    IDEMPOTENT,
    /**
     * Calls that must not run twice (create, submit, retry, resubmit): repeated only when the
     * server certainly did not receive them (connection refused, connect timeout, 429).
     */
    ONCE
}

package dev.kfj.local;

import java.nio.file.Path;

/** A local run in progress: wait for it, or stop it. */
public interface RunHandle {
    /** The run's id. */
    String id();

    /** The directory holding the run's record, logs and artifacts. */
    Path directory();

    /**
     * Stops the run: running steps are killed, nothing new starts, their partial outputs are
     * discarded, and the run is recorded as {@link Phase#STOPPED}. Returns at once; use
     * {@link #await()} to wait until the record is written.
     */
    void cancel();

    /** Waits for the run to end and returns its final record. */
    RunRecord await() throws InterruptedException;
}

package dev.kfj.local;

/**
 * Receives a local run's progress as it happens, e.g. to print it. Calls come from the engine's
 * threads, one at a time; implementations must return quickly. Every method does nothing by default.
 */
public interface RunListener {
    /** A listener that ignores everything. */
    RunListener NONE = new RunListener() { };

    /** The run started; {@code runDirectory} holds its record, logs and artifacts. */
    default void runStarted(String runId, java.nio.file.Path runDirectory) {
    }

    /** A node changed: it started, started another attempt, or finished. */
    default void nodeChanged(NodeRecord node) {
    }

    /** One more iteration of a loop finished: {@code done} of {@code total}. */
    default void loopProgress(NodeRecord group, int done, int total) {
    }

    /** Something the run ignored or worked around that the user should know, e.g. a Kubernetes-only setting. */
    default void warning(String message) {
    }

    /** The run ended (successfully or not); {@code record} is final. */
    default void runFinished(RunRecord record) {
    }
}

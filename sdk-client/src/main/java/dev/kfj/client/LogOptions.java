package dev.kfj.client;

import java.util.Objects;

/**
 * Which log lines to read.
 *
 * @param podName only this pod (one step); empty (the default) for every pod of the workflow
 * @param container the container to read; default {@code main}, the step's own code
 * @param follow whether to keep streaming until the workflow completes; default false
 * @param tailLines only the last lines of each pod, 0 (the default) for all
 * @param grep a server-side regular expression lines must match; default empty
 */
public record LogOptions(String podName, String container, boolean follow, int tailLines, String grep) {

    /** Normalises absent values. */
    public LogOptions {
        podName = Objects.requireNonNullElse(podName, "");
        container = Objects.requireNonNullElse(container, "");
        if (container.isEmpty()) {
            container = "main";
        }
        grep = Objects.requireNonNullElse(grep, "");
    }

    /** Every line of every pod's {@code main} container, without following. */
    public static LogOptions defaults() {
        return new LogOptions("", "main", false, 0, "");
    }

    /** A copy for one pod. */
    public LogOptions withPodName(String value) {
        return new LogOptions(value, container, follow, tailLines, grep);
    }

    /** A copy that follows, or not. */
    public LogOptions withFollow(boolean value) {
        return new LogOptions(podName, container, value, tailLines, grep);
    }

    /** A copy that reads another container. */
    public LogOptions withContainer(String value) {
        return new LogOptions(podName, value, follow, tailLines, grep);
    }

    /** A copy that reads only the last lines. */
    public LogOptions withTailLines(int value) {
        return new LogOptions(podName, container, follow, value, grep);
    }

    /** A copy that filters lines on the server. */
    public LogOptions withGrep(String value) {
        return new LogOptions(podName, container, follow, tailLines, value);
    }
}

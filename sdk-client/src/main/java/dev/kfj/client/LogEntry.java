package dev.kfj.client;

import java.util.Objects;

/**
 * One line of a step's log.
 *
 * @param podName the pod the line came from
 * @param content the line, without its newline
 */
public record LogEntry(String podName, String content) {
    /** Normalises absent values to empty strings. */
    public LogEntry {
        podName = Objects.requireNonNullElse(podName, "");
        content = Objects.requireNonNullElse(content, "");
    }
}

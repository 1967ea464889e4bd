package dev.kfj.client;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One change to a watched workflow.
 *
 * @param type what happened
 * @param status the workflow's status after the change
 * @param object the whole Workflow object as the server sent it
 */
public record WatchEvent(EventType type, WorkflowStatus status, JsonNode object) {
    /** Checks that nothing is missing. */
    public WatchEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(object, "object");
    }
}

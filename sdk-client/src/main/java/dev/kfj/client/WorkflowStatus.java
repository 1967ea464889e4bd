package dev.kfj.client;

import dev.kfj.client.internal.StatusParser;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What a client knows about one workflow run: its identity, phase, timing and nodes.
 *
 * <p>Parsed leniently from any Workflow object the server or Kubernetes returns; fields that are
 * absent become empty strings, empty collections or, for the two timestamps, {@code null}.
 *
 * @param name the workflow's name (resolved from {@code generateName} once created)
 * @param namespace the workflow's namespace
 * @param uid the Kubernetes UID; empty for dry runs
 * @param resourceVersion the Kubernetes resource version this status was read at
 * @param labels the workflow's labels, in the server's order
 * @param phase the workflow phase
 * @param message Argo's message, e.g. {@code child 'x' failed}; empty when none
 * @param startedAt when the run started, or {@code null}
 * @param finishedAt when the run finished, or {@code null} while it runs
 * @param progress Argo's {@code "done/total"} pod count, empty when not reported
 * @param nodes the nodes, in the order of {@code status.nodes}
 * @param outputParameters the workflow's global output parameters by name
 * @param shutdown the value of {@code spec.shutdown} ({@code Stop}, {@code Terminate}) or empty
 */
public record WorkflowStatus(
        String name,
        String namespace,
        String uid,
        String resourceVersion,
        Map<String, String> labels,
        Phase phase,
        String message,
        Instant startedAt,
        Instant finishedAt,
        String progress,
        List<NodeStatus> nodes,
        Map<String, String> outputParameters,
        String shutdown) {

    /** Normalises absent strings to empty and copies collections. */
    public WorkflowStatus {
        name = Objects.requireNonNullElse(name, "");
        namespace = Objects.requireNonNullElse(namespace, "");
        uid = Objects.requireNonNullElse(uid, "");
        resourceVersion = Objects.requireNonNullElse(resourceVersion, "");
        labels = labels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        phase = Objects.requireNonNullElse(phase, Phase.UNKNOWN);
        message = Objects.requireNonNullElse(message, "");
        progress = Objects.requireNonNullElse(progress, "");
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        outputParameters = outputParameters == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(outputParameters));
        shutdown = Objects.requireNonNullElse(shutdown, "");
    }

    /** Reads the status of a Workflow object (the whole object, with metadata, spec and status). */
    public static WorkflowStatus of(JsonNode workflow) {
        return StatusParser.workflow(workflow);
    }

    /**
     * Whether the run is over: {@code finishedAt} is set or the phase is Succeeded, Failed or
     * Error. This is the completion test {@code argo wait} uses.
     */
    public boolean completed() {
        return finishedAt != null
                || phase == Phase.SUCCEEDED || phase == Phase.FAILED || phase == Phase.ERROR;
    }

    /** Whether the run was stopped or terminated ({@code spec.shutdown} is set). */
    public boolean shutDown() {
        return !shutdown.isEmpty();
    }

    /** The node with this ID. */
    public Optional<NodeStatus> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** How long the run took: until {@code finishedAt}, or until {@code now} while it runs. */
    public Optional<Duration> duration(Instant now) {
        if (startedAt == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(startedAt, finishedAt != null ? finishedAt : now));
    }
}

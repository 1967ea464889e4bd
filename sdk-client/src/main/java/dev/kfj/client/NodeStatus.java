package dev.kfj.client;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of a running workflow, from {@code status.nodes}: a pod, a DAG, a retry group, ...
 *
 * @param id the node ID, the key of {@code status.nodes}
 * @param name the unique path name, e.g. {@code iris-x7k2p.train}
 * @param displayName the short name shown to users, e.g. {@code train}
 * @param type Argo's node type: {@code Pod}, {@code DAG}, {@code Retry}, {@code Skipped}, ...
 * @param templateName the template the node ran ({@code templateRef.template} for a referenced
 *     one); empty for virtual nodes
 * @param phase the node's phase
 * @param boundaryId the ID of the enclosing DAG or steps node; empty for the root
 * @param children the IDs of the node's children, in Argo's order
 * @param message Argo's message, e.g. {@code failed with exit code 1}; empty when none
 * @param startedAt when the node started, or {@code null} when it has not
 * @param finishedAt when the node finished, or {@code null} while it runs
 * @param outputParameters the node's output parameters by name, in Argo's order
 */
public record NodeStatus(
        String id,
        String name,
        String displayName,
        String type,
        String templateName,
        Phase phase,
        String boundaryId,
        List<String> children,
        String message,
        Instant startedAt,
        Instant finishedAt,
        Map<String, String> outputParameters) {

    /** Normalises absent strings to empty and copies collections. */
    public NodeStatus {
        id = Objects.requireNonNullElse(id, "");
        name = Objects.requireNonNullElse(name, "");
        displayName = Objects.requireNonNullElse(displayName, "");
        type = Objects.requireNonNullElse(type, "");
        templateName = Objects.requireNonNullElse(templateName, "");
        phase = Objects.requireNonNullElse(phase, Phase.UNKNOWN);
        boundaryId = Objects.requireNonNullElse(boundaryId, "");
        children = children == null ? List.of() : List.copyOf(children);
        message = Objects.requireNonNullElse(message, "");
        outputParameters = outputParameters == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputParameters));
    }

    /**
     * Whether this node stands for real work (a pod, a suspend, a skipped step) rather than a
     * grouping Argo adds: DAG, Steps, StepGroup, TaskGroup and Retry nodes are groupings.
     */
    public boolean isStep() {
        return switch (type) {
            case "DAG", "Steps", "StepGroup", "TaskGroup", "Retry" -> false;
            default -> true;
        };
    }

    /**
     * The name of the pod that ran this node, by Argo's default (v2) naming:
     * {@code <workflow>-<template>-<fnv32a(node name)>}, or the workflow name for the root node.
     * Workflows annotated {@code workflows.argoproj.io/pod-name-format: v1} use the node ID instead.
     */
    public String podName(String workflowName) {
        if (name.equals(workflowName)) {
            return workflowName;
        }
        String prefix = templateName.isEmpty() ? workflowName : workflowName + "-" + templateName;
        if (prefix.length() > 242) {
            prefix = prefix.substring(0, 242);
        }
        int hash = 0x811c9dc5;
        for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return prefix + "-" + Integer.toUnsignedString(hash);
    }

    /** How long the node ran: until {@code finishedAt}, or until {@code now} while it runs. */
    public Optional<Duration> duration(Instant now) {
        if (startedAt == null) {
            return Optional.empty();
        }
        Instant end = finishedAt != null ? finishedAt : now;
        return Optional.of(Duration.between(startedAt, end));
    }
}

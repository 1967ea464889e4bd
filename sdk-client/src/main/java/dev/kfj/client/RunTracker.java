package dev.kfj.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns successive statuses of one run into node transitions, each reported once.
 *
 * <p>Feed it every status a watch delivers, in order. Statuses seen again (after a reconnect)
 * and statuses older than one already seen, by resource version, yield nothing; a phase that
 * did not change yields nothing. Only {@linkplain NodeStatus#isStep() steps} are tracked.
 * Transitions of one update come ordered by time, then node name.
 */
public final class RunTracker {
    private final Map<String, Phase> phases = new HashMap<>();
    private long lastVersion = -1;
    private Phase workflowPhase = Phase.UNKNOWN;
    private WorkflowStatus last;

    /** The transitions {@code status} shows against everything seen before. */
    public List<NodeTransition> update(WorkflowStatus status) {
        long version = parseVersion(status.resourceVersion());
        if (version >= 0 && version <= lastVersion) {
            return List.of();
        }
        if (version >= 0) {
            lastVersion = version;
        }
        last = status;
        workflowPhase = status.phase();
        List<NodeTransition> out = new ArrayList<>();
        for (NodeStatus node : status.nodes()) {
            if (!node.isStep()) {
                continue;
            }
            Phase before = phases.getOrDefault(node.id(), Phase.UNKNOWN);
            if (before != node.phase()) {
                phases.put(node.id(), node.phase());
                out.add(new NodeTransition(node, before, node.phase()));
            }
        }
        out.sort(Comparator
                .comparing((NodeTransition t) -> t.at().orElse(java.time.Instant.MAX))
                .thenComparing(t -> t.node().name()));
        return List.copyOf(out);
    }

    /** The workflow phase of the latest status. */
    public Phase workflowPhase() {
        return workflowPhase;
    }

    /** The latest status fed in, if any. */
    public java.util.Optional<WorkflowStatus> last() {
        return java.util.Optional.ofNullable(last);
    }

    private static long parseVersion(String resourceVersion) {
        try {
            return Long.parseLong(resourceVersion);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

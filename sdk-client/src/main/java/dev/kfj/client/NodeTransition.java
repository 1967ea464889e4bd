package dev.kfj.client;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A node changed phase: it appeared, started, or finished.
 *
 * @param node the node after the change
 * @param from the phase before, {@link Phase#UNKNOWN} when the node is new
 * @param to the phase after
 */
public record NodeTransition(NodeStatus node, Phase from, Phase to) {
    /** Checks that nothing is missing. */
    public NodeTransition {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** When the change happened, as far as the status tells: finish time, else start time. */
    public Optional<Instant> at() {
        if (to.completed() && node.finishedAt() != null) {
            return Optional.of(node.finishedAt());
        }
        return Optional.ofNullable(node.startedAt());
    }
}

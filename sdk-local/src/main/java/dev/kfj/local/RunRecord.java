package dev.kfj.local;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A local run as recorded in {@code <runs>/<id>/run.json}: what {@code kfj runs} lists and
 * {@code kfj get} shows, also after the process that ran it has ended.
 *
 * @param id the run's id, also its directory name and its {@code {{workflow.name}}}
 * @param workflow the workflow's name prefix (its pipeline), e.g. {@code diamond}
 * @param phase the run's phase
 * @param startedAt ISO-8601 start time
 * @param finishedAt ISO-8601 end time, empty while running
 * @param message why the run ended as it did (empty on success)
 * @param parameters the workflow parameters the run used, by name
 * @param nodes every node in the order it started
 * @param pid the process that ran it, to tell a run in progress from one whose process was killed
 */
public record RunRecord(String id, String workflow, Phase phase, String startedAt, String finishedAt,
                        String message, Map<String, String> parameters, List<NodeRecord> nodes, long pid) {

    /** Checks the parts and copies the collections. */
    public RunRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phase, "phase");
        workflow = Objects.requireNonNullElse(workflow, "");
        startedAt = Objects.requireNonNullElse(startedAt, "");
        finishedAt = Objects.requireNonNullElse(finishedAt, "");
        message = Objects.requireNonNullElse(message, "");
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(parameters));
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
    }

    /** Whether the run succeeded. */
    public boolean succeeded() {
        return phase == Phase.SUCCEEDED;
    }

    /** The node with this id or display name (the first one when several share the name). */
    public Optional<NodeRecord> node(String idOrName) {
        return nodes.stream().filter(n -> n.id().equals(idOrName)).findFirst()
                .or(() -> nodes.stream().filter(n -> n.name().equals(idOrName)).findFirst());
    }

    /** The run's duration in milliseconds, when it has finished. */
    public Optional<Long> durationMillis() {
        if (startedAt.isEmpty() || finishedAt.isEmpty()) return Optional.empty();
        return Optional.of(java.time.Duration.between(java.time.Instant.parse(startedAt),
                java.time.Instant.parse(finishedAt)).toMillis());
    }

    /** A copy with another phase and message, e.g. for a run whose process was killed. */
    public RunRecord withPhase(Phase newPhase, String newMessage) {
        return new RunRecord(id, workflow, newPhase, startedAt, finishedAt, newMessage, parameters, nodes, pid);
    }

    /**
     * A copy of a run whose process died: the run and every node it left unfinished are
     * {@code STOPPED} with {@code reason}.
     */
    public RunRecord abandoned(String reason) {
        List<NodeRecord> ended = nodes.stream().map(n -> n.phase().isDone() ? n
                : new NodeRecord(n.id(), n.name(), n.type(), n.templateName(), Phase.STOPPED, n.attempts(),
                        n.startedAt(), n.finishedAt(), reason, n.parameters(), n.artifacts(), n.logFile(),
                        n.cached(), n.loopTotal())).toList();
        return new RunRecord(id, workflow, Phase.STOPPED, startedAt, finishedAt, reason, parameters, ended, pid);
    }
}

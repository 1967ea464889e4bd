package dev.kfj.local;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of a local run, as recorded in the run's {@code run.json}: a step (a container or Java
 * step), a DAG or steps template, a loop's group, or an exit handler.
 *
 * @param id the node's path from the workflow's root, e.g. {@code diamond.b} or
 *     {@code fan-out.square(3:4)}; unique in the run
 * @param name the name Argo displays, e.g. {@code b} or {@code square(3:4)}
 * @param type {@code Pod} for a step, {@code DAG}, {@code Steps}, {@code TaskGroup} for a loop,
 *     {@code Skipped} for a node that did not run
 * @param templateName the template the node ran
 * @param phase the node's phase
 * @param attempts how many times the step was started (0 when it did not run, e.g. a cache hit)
 * @param startedAt ISO-8601 start time, empty when it did not start
 * @param finishedAt ISO-8601 end time, empty when it has not finished
 * @param message why the node ended as it did (empty on success)
 * @param parameters output parameters by name
 * @param artifacts output artifacts by name: the path of the file or directory under the run directory
 * @param logFile the step's log file relative to the run directory (empty when it has none)
 * @param cached whether the outputs came from the cache instead of running the step
 * @param loopTotal for a loop's group: how many iterations it has (0 otherwise)
 */
public record NodeRecord(String id, String name, String type, String templateName, Phase phase, int attempts,
                         String startedAt, String finishedAt, String message, Map<String, String> parameters,
                         Map<String, String> artifacts, String logFile, boolean cached, int loopTotal) {

    /** Checks the parts; the maps keep their order. */
    public NodeRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase");
        type = Objects.requireNonNullElse(type, "");
        templateName = Objects.requireNonNullElse(templateName, "");
        startedAt = Objects.requireNonNullElse(startedAt, "");
        finishedAt = Objects.requireNonNullElse(finishedAt, "");
        message = Objects.requireNonNullElse(message, "");
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(parameters));
        artifacts = artifacts == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(artifacts));
        logFile = Objects.requireNonNullElse(logFile, "");
    }

    /** The step's duration in milliseconds, when it started and finished. */
    public Optional<Long> durationMillis() {
        if (startedAt.isEmpty() || finishedAt.isEmpty()) return Optional.empty();
        return Optional.of(java.time.Duration.between(java.time.Instant.parse(startedAt),
                java.time.Instant.parse(finishedAt)).toMillis());
    }

    /** Whether this node ran (or restored from the cache) a step, as opposed to a DAG or a group. */
    public boolean isStep() {
        return "Pod".equals(type);
    }
}

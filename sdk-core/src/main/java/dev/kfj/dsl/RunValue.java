package dev.kfj.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * A value Argo knows about the run itself, for exit handlers: the final status of the run or of
 * a guarded group, and the failures of the run. Obtain them from {@link RunStatus}.
 */
public final class RunValue implements Ref<String> {
    /** Which run fact. */
    public enum Kind {
        /** The run's final phase: {@code Succeeded}, {@code Failed} or {@code Error}. */
        WORKFLOW_STATUS,
        /** The run's failures as a JSON list of {@code {displayName, message, templateName, phase, podName, finishedAt}}. */
        WORKFLOW_FAILURES,
        /** The final phase of a guarded group. */
        GROUP_STATUS
    }

    private final Kind kind;
    private final Group group;

    RunValue(Kind kind, Group group) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.group = group;
    }

    /** Which fact. */
    public Kind kind() {
        return kind;
    }

    /** The group whose status this is, for {@link Kind#GROUP_STATUS}. */
    public Optional<Group> group() {
        return Optional.ofNullable(group);
    }

    @Override
    public String describe() {
        return switch (kind) {
            case WORKFLOW_STATUS -> "the run's status";
            case WORKFLOW_FAILURES -> "the run's failures";
            case GROUP_STATUS -> "the status of the guarded steps";
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}

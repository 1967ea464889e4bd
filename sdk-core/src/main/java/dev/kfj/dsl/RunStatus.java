package dev.kfj.dsl;

import java.util.Objects;

/**
 * What an exit handler learns about the steps it guards: their final status and, for a
 * pipeline-wide handler, the run's failures. Bind these to the handler step's inputs.
 *
 * <pre>{@code
 * p.onExit(status -> NOTIFY.with(PHASE, status.phase()).with(FAILURES, status.failures()));
 * }</pre>
 */
public final class RunStatus {
    private final Group group;

    RunStatus(Group group) {
        this.group = group;
    }

    /** {@code Succeeded}, {@code Failed} or {@code Error}: of the run, or of the guarded group. */
    public Ref<String> phase() {
        return group == null ? new RunValue(RunValue.Kind.WORKFLOW_STATUS, null)
                : new RunValue(RunValue.Kind.GROUP_STATUS, group);
    }

    /**
     * The run's failures as a JSON list ({@code []} when none); Argo provides it to pipeline-wide
     * exit handlers only, so a scoped handler that binds it is rejected when compiling.
     */
    public Ref<String> failures() {
        return new RunValue(RunValue.Kind.WORKFLOW_FAILURES, group);
    }

    /** Whether this is the status of the whole run. */
    public boolean isPipelineWide() {
        return group == null;
    }

    static RunStatus of(Group group) {
        return new RunStatus(Objects.requireNonNull(group, "group"));
    }

    static RunStatus ofRun() {
        return new RunStatus(null);
    }
}

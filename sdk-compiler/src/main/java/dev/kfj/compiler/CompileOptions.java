package dev.kfj.compiler;

import java.util.Objects;

/**
 * How to compile a pipeline.
 *
 * @param kind which Argo object to produce; default {@link Kind#WORKFLOW}
 */
public record CompileOptions(Kind kind) {
    /** The defaults: a Workflow. */
    public static final CompileOptions DEFAULTS = new CompileOptions(Kind.WORKFLOW);

    /** The Argo objects kfj can produce. */
    public enum Kind {
        /** A {@code Workflow} with {@code generateName}, ready to submit. */
        WORKFLOW,
        /** A {@code WorkflowTemplate} with a fixed {@code name}, to store in a namespace and submit later. */
        WORKFLOW_TEMPLATE,
        /** A {@code ClusterWorkflowTemplate}: a WorkflowTemplate visible to every namespace. */
        CLUSTER_WORKFLOW_TEMPLATE,
        /** A {@code CronWorkflow} that starts runs on the pipeline's {@link dev.kfj.dsl.Schedule}. */
        CRON_WORKFLOW
    }

    /** Checks the kind. */
    public CompileOptions {
        Objects.requireNonNull(kind, "kind");
    }

    /** A copy producing {@code kind}. */
    public CompileOptions withKind(Kind kind) {
        return new CompileOptions(kind);
    }
}

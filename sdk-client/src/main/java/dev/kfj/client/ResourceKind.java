package dev.kfj.client;

/** The kinds of stored object a workflow can be submitted from. */
public enum ResourceKind {
    /** A namespaced WorkflowTemplate. */
    WORKFLOW_TEMPLATE("WorkflowTemplate"),
    /** A cluster-scoped ClusterWorkflowTemplate. */
    CLUSTER_WORKFLOW_TEMPLATE("ClusterWorkflowTemplate"),
    /** A CronWorkflow, submitted now rather than on its schedule. */
    CRON_WORKFLOW("CronWorkflow");

    private final String kind;

    ResourceKind(String kind) {
        this.kind = kind;
    }

    /** The Kubernetes kind, e.g. {@code WorkflowTemplate}. */
    public String kind() {
        return kind;
    }
}

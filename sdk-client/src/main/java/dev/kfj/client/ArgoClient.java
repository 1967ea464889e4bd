package dev.kfj.client;

import dev.kfj.argo.ArgoObject;
import dev.kfj.argo.CronWorkflow;
import dev.kfj.argo.Workflow;
import dev.kfj.argo.WorkflowTemplate;
import dev.kfj.argo.yaml.ArgoYaml;
import dev.kfj.client.internal.Json;
import dev.kfj.client.internal.RestArgoClient;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Submits workflows to Argo and follows them: the one entry point of the client library.
 *
 * <p>{@link #connect(ClientConfig)} talks to an Argo Server over its REST API;
 * {@code dev.kfj.client.kube.KubeArgoClient} talks to the Kubernetes API directly and supports
 * the subset that needs no Argo Server (others fail with {@link ErrorKind#UNSUPPORTED}).
 *
 * <pre>{@code
 * try (ArgoClient argo = ArgoClient.connect(ClientConfig.fromEnvironment(System.getenv()))) {
 *     WorkflowStatus created = argo.create(workflowYaml, SubmitOptions.defaults());
 *     WorkflowStatus done = argo.await(created.name(), event -> {});
 *     System.out.println(done.phase());
 * }
 * }</pre>
 *
 * <p>Objects go in and come out as Jackson trees ({@code tools.jackson.databind.JsonNode}) or as
 * YAML/JSON text. Every method throws {@link ArgoClientException} when the call fails; idempotent
 * calls are retried first as {@link ClientConfig#retry()} allows, and a create is never sent twice.
 */
public interface ArgoClient extends AutoCloseable {

    /** A client for the Argo Server {@code config} names. */
    static ArgoClient connect(ClientConfig config) {
        return new RestArgoClient(config);
    }

    /** The namespace calls go to. */
    String namespace();

    /**
     * Creates a workflow.
     *
     * @param workflow the Workflow object; its namespace is set to {@link #namespace()}
     * @param options parameter overrides, labels, naming and dry run
     * @return the created workflow's status, with its final name
     */
    WorkflowStatus create(JsonNode workflow, SubmitOptions options);

    /** Creates a workflow from its YAML or JSON text; see {@link #create(JsonNode, SubmitOptions)}. */
    default WorkflowStatus create(String yamlOrJson, SubmitOptions options) {
        return create(Json.readManifest(yamlOrJson), options);
    }

    /** Creates a workflow from the compiler's model; see {@link #create(JsonNode, SubmitOptions)}. */
    default WorkflowStatus create(Workflow workflow, SubmitOptions options) {
        return create(ArgoYaml.tree(workflow), options);
    }

    /** Submits a workflow from a WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow. */
    WorkflowStatus submitFrom(ResourceKind kind, String name, SubmitOptions options);

    /** The whole Workflow object. */
    JsonNode getWorkflow(String name);

    /** The workflow's status. */
    default WorkflowStatus get(String name) {
        return WorkflowStatus.of(getWorkflow(name));
    }

    /** One page of workflows. */
    WorkflowList list(ListOptions options);

    /**
     * Watches one workflow. The first event reports its current state; the stream reconnects
     * after cuts and resumes where it stopped, so each change arrives exactly once.
     */
    default EventStream<WatchEvent> watch(String name) {
        return watch(ListOptions.all().withFieldSelector("metadata.name=" + name));
    }

    /** Watches every workflow {@code options} selects, reconnecting as {@link #watch(String)} does. */
    EventStream<WatchEvent> watch(ListOptions options);

    /**
     * Waits until the workflow completes or is deleted, handing every event to {@code listener}.
     *
     * @return the last status: completed, or as it was when the workflow was deleted
     */
    default WorkflowStatus await(String name, Consumer<WatchEvent> listener) {
        WorkflowStatus last = null;
        try (EventStream<WatchEvent> events = watch(name)) {
            while (events.hasNext()) {
                WatchEvent event = events.next();
                listener.accept(event);
                last = event.status();
                if (event.type() == EventType.DELETED || event.status().completed()) {
                    return last;
                }
            }
        }
        if (last == null) {
            throw new ArgoClientException(ErrorKind.STREAM, 0, "the watch of workflow '" + name + "' ended early");
        }
        return last;
    }

    /** The log lines of the workflow's steps. */
    EventStream<LogEntry> logs(String name, LogOptions options);

    /** Stops the workflow; exit handlers still run. */
    WorkflowStatus stop(String name, String message);

    /** Terminates the workflow at once; exit handlers do not run. */
    WorkflowStatus terminate(String name);

    /** Suspends the workflow. */
    WorkflowStatus suspend(String name);

    /** Resumes a suspended workflow. */
    WorkflowStatus resume(String name);

    /**
     * Retries a Failed or Errored workflow under the same name.
     *
     * @param restartSuccessful whether to re-run succeeded nodes the selector matches as well
     * @param nodeFieldSelector which nodes to restart, e.g. {@code displayName=train}; empty for all
     * @param parameters parameter overrides
     */
    WorkflowStatus retry(String name, boolean restartSuccessful, String nodeFieldSelector,
            Map<String, String> parameters);

    /**
     * Submits the workflow again as a new workflow.
     *
     * @param memoized whether to reuse the results of nodes that succeeded
     * @param parameters parameter overrides
     */
    WorkflowStatus resubmit(String name, boolean memoized, Map<String, String> parameters);

    /** Deletes the workflow. */
    void delete(String name);

    /**
     * Asks the server to lint a Workflow, WorkflowTemplate or CronWorkflow.
     *
     * @throws ArgoClientException of kind {@link ErrorKind#INVALID} with the server's reason
     */
    void lint(JsonNode manifest);

    /** Asks the server to lint an object of the compiler's model; see {@link #lint(JsonNode)}. */
    default void lint(ArgoObject manifest) {
        lint(ArgoYaml.tree(manifest));
    }

    /** Creates a WorkflowTemplate, or updates it when one of that name exists; returns it. */
    JsonNode applyTemplate(JsonNode template);

    /** Creates or updates a WorkflowTemplate of the compiler's model; see {@link #applyTemplate(JsonNode)}. */
    default JsonNode applyTemplate(WorkflowTemplate template) {
        return applyTemplate(ArgoYaml.tree(template));
    }

    /** The WorkflowTemplates {@code options} selects. */
    List<JsonNode> listTemplates(ListOptions options);

    /** Deletes a WorkflowTemplate. */
    void deleteTemplate(String name);

    /** Creates a CronWorkflow, or updates it when one of that name exists; returns it. */
    JsonNode applyCron(JsonNode cronWorkflow);

    /** Creates or updates a CronWorkflow of the compiler's model; see {@link #applyCron(JsonNode)}. */
    default JsonNode applyCron(CronWorkflow cronWorkflow) {
        return applyCron(ArgoYaml.tree(cronWorkflow));
    }

    /** The CronWorkflows {@code options} selects. */
    List<JsonNode> listCron(ListOptions options);

    /** Deletes a CronWorkflow. */
    void deleteCron(String name);

    /** Releases the client's connections. */
    @Override
    void close();
}

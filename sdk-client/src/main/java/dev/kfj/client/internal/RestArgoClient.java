package dev.kfj.client.internal;

import dev.kfj.client.ArgoClient;
import dev.kfj.client.ArgoClientException;
import dev.kfj.client.ClientConfig;
import dev.kfj.client.ErrorKind;
import dev.kfj.client.EventStream;
import dev.kfj.client.ListOptions;
import dev.kfj.client.LogEntry;
import dev.kfj.client.LogOptions;
import dev.kfj.client.ResourceKind;
import dev.kfj.client.SubmitOptions;
import dev.kfj.client.WatchEvent;
import dev.kfj.client.WorkflowList;
import dev.kfj.client.WorkflowStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@link ArgoClient} over the Argo Server's REST API (grpc-gateway, JSON over HTTP). */
public final class RestArgoClient implements ArgoClient {
    /** {@code Accept} header that selects server-sent events. */
    public static final String SSE = "text/event-stream";
    /** {@code Accept} header that selects newline-delimited JSON. */
    public static final String NDJSON = "application/json";

    private final HttpTransport transport;
    private final String namespace;
    private final String streamAccept;

    /** A client with server-sent events for streams, sleeping between retries. */
    public RestArgoClient(ClientConfig config) {
        this(config, SSE, duration -> Thread.sleep(duration.toMillis()));
    }

    /**
     * A client with a chosen stream framing and pause between retries.
     *
     * @param streamAccept {@link #SSE} or {@link #NDJSON}
     */
    public RestArgoClient(ClientConfig config, String streamAccept, HttpTransport.Sleeper sleeper) {
        this.transport = new HttpTransport(config, sleeper);
        this.namespace = config.namespace();
        this.streamAccept = streamAccept;
    }

    @Override
    public String namespace() {
        return namespace;
    }

    private String ns() {
        return HttpTransport.encode(namespace);
    }

    private static String seg(String name) {
        return HttpTransport.encode(name);
    }

    @Override
    public WorkflowStatus create(JsonNode workflow, SubmitOptions options) {
        ObjectNode wf = Manifests.prepareWorkflow(workflow, namespace, options);
        String submission = UUID.randomUUID().toString();
        if (!options.serverDryRun()) {
            Manifests.object(Manifests.object(wf, "metadata"), "labels").put(Manifests.SUBMISSION_LABEL, submission);
        }
        ObjectNode body = Json.object();
        body.put("namespace", namespace);
        body.set("workflow", wf);
        if (options.serverDryRun()) {
            body.put("serverDryRun", true);
        }
        String what = "submit workflow '" + displayName(wf) + "' to namespace '" + namespace + "'";
        try {
            return WorkflowStatus.of(transport.call("POST", "api/v1/workflows/" + ns(), Map.of(), body, Safety.ONCE, what));
        } catch (ArgoClientException e) {
            if (options.serverDryRun() || !ambiguous(e)) {
                throw e;
            }
            return findSubmission(submission, e);
        }
    }

    private static boolean ambiguous(ArgoClientException e) {
        return e.kind() == ErrorKind.TIMEOUT || e.kind() == ErrorKind.CONNECTION || e.kind() == ErrorKind.SERVER;
    }

    /** After a lost answer: the workflow this submission created, or the original failure. */
    private WorkflowStatus findSubmission(String submission, ArgoClientException original) {
        WorkflowList found;
        try {
            found = list(ListOptions.all().withLabelSelector(Manifests.SUBMISSION_LABEL + "=" + submission));
        } catch (ArgoClientException lookup) {
            throw new ArgoClientException(original.kind(), original.httpStatus(), original.getMessage()
                    + "; the workflow may have been created: check 'kfj list -l " + Manifests.SUBMISSION_LABEL
                    + "=" + submission + "'");
        }
        if (found.items().size() == 1) {
            return found.items().get(0);
        }
        throw original;
    }

    private static String displayName(JsonNode wf) {
        String name = Json.str(wf.path("metadata").path("name"));
        return name.isEmpty() ? Json.str(wf.path("metadata").path("generateName")) : name;
    }

    @Override
    public WorkflowStatus submitFrom(ResourceKind kind, String name, SubmitOptions options) {
        ObjectNode body = Json.object();
        body.put("namespace", namespace);
        body.put("resourceKind", kind.kind());
        body.put("resourceName", name);
        ObjectNode submit = body.putObject("submitOptions");
        if (!options.name().isEmpty()) {
            submit.put("name", options.name());
        }
        if (!options.generateName().isEmpty()) {
            submit.put("generateName", options.generateName());
        }
        if (!options.parameters().isEmpty()) {
            ArrayNode parameters = submit.putArray("parameters");
            options.parameters().forEach((k, v) -> parameters.add(k + "=" + v));
        }
        if (!options.labels().isEmpty()) {
            submit.put("labels", Manifests.joined(options.labels()));
        }
        if (options.serverDryRun()) {
            submit.put("serverDryRun", true);
        }
        return WorkflowStatus.of(transport.call("POST", "api/v1/workflows/" + ns() + "/submit", Map.of(), body,
                Safety.ONCE, "submit from " + kind.kind() + " '" + name + "'"));
    }

    @Override
    public JsonNode getWorkflow(String name) {
        return transport.call("GET", "api/v1/workflows/" + ns() + "/" + seg(name), Map.of(), null,
                Safety.IDEMPOTENT, "get workflow '" + name + "'");
    }

    @Override
    public WorkflowList list(ListOptions options) {
        JsonNode answer = transport.call("GET", "api/v1/workflows/" + ns(), listQuery(options), null,
                Safety.IDEMPOTENT, "list workflows in namespace '" + namespace + "'");
        List<WorkflowStatus> items = new ArrayList<>();
        for (JsonNode item : answer.path("items")) {
            items.add(WorkflowStatus.of(item));
        }
        return new WorkflowList(items, Json.str(answer.path("metadata").path("continue")));
    }

    private static Map<String, String> listQuery(ListOptions options) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("listOptions.labelSelector", options.labelSelector());
        query.put("listOptions.fieldSelector", options.fieldSelector());
        query.put("listOptions.limit", options.limit() > 0 ? Integer.toString(options.limit()) : "");
        query.put("listOptions.continue", options.continueToken());
        return query;
    }

    @Override
    public EventStream<WatchEvent> watch(ListOptions options) {
        String what = options.fieldSelector().startsWith("metadata.name=")
                ? "watch workflow '" + options.fieldSelector().substring("metadata.name=".length()) + "'"
                : "watch workflows in namespace '" + namespace + "'";
        return new ReconnectingWatch(transport, namespace, options, streamAccept, what);
    }

    @Override
    public EventStream<LogEntry> logs(String name, LogOptions options) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("podName", options.podName());
        query.put("logOptions.container", options.container());
        query.put("logOptions.follow", options.follow() ? "true" : "");
        query.put("logOptions.tailLines", options.tailLines() > 0 ? Integer.toString(options.tailLines()) : "");
        query.put("grep", options.grep());
        String what = "read the logs of workflow '" + name + "'";
        StreamSession session = transport.open("api/v1/workflows/" + ns() + "/" + seg(name) + "/log", query,
                streamAccept, what);
        return new LogStream(transport, session, what);
    }

    private WorkflowStatus action(String name, String verb, ObjectNode extra, Safety safety) {
        ObjectNode body = Json.object();
        body.put("name", name);
        body.put("namespace", namespace);
        if (extra != null) {
            body.setAll(extra);
        }
        return WorkflowStatus.of(transport.call("PUT", "api/v1/workflows/" + ns() + "/" + seg(name) + "/" + verb,
                Map.of(), body, safety, verb + " workflow '" + name + "'"));
    }

    @Override
    public WorkflowStatus stop(String name, String message) {
        ObjectNode extra = Json.object();
        if (message != null && !message.isEmpty()) {
            extra.put("message", message);
        }
        return action(name, "stop", extra, Safety.IDEMPOTENT);
    }

    @Override
    public WorkflowStatus terminate(String name) {
        return action(name, "terminate", null, Safety.IDEMPOTENT);
    }

    @Override
    public WorkflowStatus suspend(String name) {
        return action(name, "suspend", null, Safety.IDEMPOTENT);
    }

    @Override
    public WorkflowStatus resume(String name) {
        return action(name, "resume", null, Safety.IDEMPOTENT);
    }

    @Override
    public WorkflowStatus retry(String name, boolean restartSuccessful, String nodeFieldSelector,
            Map<String, String> parameters) {
        ObjectNode extra = Json.object();
        if (restartSuccessful) {
            extra.put("restartSuccessful", true);
        }
        if (nodeFieldSelector != null && !nodeFieldSelector.isEmpty()) {
            extra.put("nodeFieldSelector", nodeFieldSelector);
        }
        putParameters(extra, parameters);
        return action(name, "retry", extra, Safety.ONCE);
    }

    @Override
    public WorkflowStatus resubmit(String name, boolean memoized, Map<String, String> parameters) {
        ObjectNode extra = Json.object();
        if (memoized) {
            extra.put("memoized", true);
        }
        putParameters(extra, parameters);
        return action(name, "resubmit", extra, Safety.ONCE);
    }

    private static void putParameters(ObjectNode body, Map<String, String> parameters) {
        if (parameters != null && !parameters.isEmpty()) {
            ArrayNode list = body.putArray("parameters");
            parameters.forEach((k, v) -> list.add(k + "=" + v));
        }
    }

    @Override
    public void delete(String name) {
        transport.call("DELETE", "api/v1/workflows/" + ns() + "/" + seg(name), Map.of(), null,
                Safety.IDEMPOTENT, "delete workflow '" + name + "'");
    }

    @Override
    public void lint(JsonNode manifest) {
        String kind = Json.str(manifest.path("kind"));
        ObjectNode body = Json.object();
        body.put("namespace", namespace);
        String path;
        switch (kind.isEmpty() ? "Workflow" : kind) {
            case "Workflow" -> {
                body.set("workflow", manifest);
                path = "api/v1/workflows/" + ns() + "/lint";
            }
            case "WorkflowTemplate" -> {
                body.set("template", manifest);
                path = "api/v1/workflow-templates/" + ns() + "/lint";
            }
            case "CronWorkflow" -> {
                body.set("cronWorkflow", manifest);
                path = "api/v1/cron-workflows/" + ns() + "/lint";
            }
            default -> throw new ArgoClientException(ErrorKind.INVALID, 0,
                    "cannot lint kind '" + kind + "': expected Workflow, WorkflowTemplate or CronWorkflow");
        }
        transport.call("POST", path, Map.of(), body, Safety.IDEMPOTENT,
                "lint " + (kind.isEmpty() ? "Workflow" : kind) + " '" + displayName(manifest) + "'");
    }

    @Override
    public JsonNode applyTemplate(JsonNode template) {
        return apply(template, "workflow-templates", "template", "WorkflowTemplate");
    }

    @Override
    public JsonNode applyCron(JsonNode cronWorkflow) {
        return apply(cronWorkflow, "cron-workflows", "cronWorkflow", "CronWorkflow");
    }

    private JsonNode apply(JsonNode manifest, String resource, String field, String kind) {
        if (!(manifest instanceof ObjectNode)) {
            throw new IllegalArgumentException("a " + kind + " must be a JSON object");
        }
        ObjectNode object = ((ObjectNode) manifest).deepCopy();
        String found = Json.str(object.path("kind"));
        if (!found.isEmpty() && !found.equals(kind)) {
            throw new IllegalArgumentException("expected kind " + kind + ", found " + found);
        }
        object.put("apiVersion", "argoproj.io/v1alpha1");
        object.put("kind", kind);
        ObjectNode metadata = Manifests.object(object, "metadata");
        metadata.put("namespace", namespace);
        String name = Json.str(metadata.path("name"));
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " needs metadata.name");
        }
        ObjectNode body = Json.object();
        body.put("namespace", namespace);
        body.set(field, object);
        try {
            return transport.call("POST", "api/v1/" + resource + "/" + ns(), Map.of(), body, Safety.ONCE,
                    "create " + kind + " '" + name + "'");
        } catch (ArgoClientException e) {
            if (e.kind() != ErrorKind.CONFLICT) {
                throw e;
            }
        }
        JsonNode existing = transport.call("GET", "api/v1/" + resource + "/" + ns() + "/" + seg(name), Map.of(), null,
                Safety.IDEMPOTENT, "get " + kind + " '" + name + "'");
        metadata.put("resourceVersion", Json.str(existing.path("metadata").path("resourceVersion")));
        ObjectNode update = Json.object();
        update.put("name", name);
        update.put("namespace", namespace);
        update.set(field, object);
        return transport.call("PUT", "api/v1/" + resource + "/" + ns() + "/" + seg(name), Map.of(), update,
                Safety.IDEMPOTENT, "update " + kind + " '" + name + "'");
    }

    @Override
    public List<JsonNode> listTemplates(ListOptions options) {
        return items(transport.call("GET", "api/v1/workflow-templates/" + ns(), listQuery(options), null,
                Safety.IDEMPOTENT, "list WorkflowTemplates in namespace '" + namespace + "'"));
    }

    @Override
    public void deleteTemplate(String name) {
        transport.call("DELETE", "api/v1/workflow-templates/" + ns() + "/" + seg(name), Map.of(), null,
                Safety.IDEMPOTENT, "delete WorkflowTemplate '" + name + "'");
    }

    @Override
    public List<JsonNode> listCron(ListOptions options) {
        return items(transport.call("GET", "api/v1/cron-workflows/" + ns(), listQuery(options), null,
                Safety.IDEMPOTENT, "list CronWorkflows in namespace '" + namespace + "'"));
    }

    @Override
    public void deleteCron(String name) {
        transport.call("DELETE", "api/v1/cron-workflows/" + ns() + "/" + seg(name), Map.of(), null,
                Safety.IDEMPOTENT, "delete CronWorkflow '" + name + "'");
    }

    private static List<JsonNode> items(JsonNode answer) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode item : answer.path("items")) {
            out.add(item);
        }
        return List.copyOf(out);
    }

    @Override
    public void close() {
        // The JDK client releases idle connections itself; nothing to do on Java 17.
    }
}

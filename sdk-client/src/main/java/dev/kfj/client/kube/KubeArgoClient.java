package dev.kfj.client.kube;

import dev.kfj.client.ArgoClient;
import dev.kfj.client.ArgoClientException;
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
import dev.kfj.client.internal.Json;
import dev.kfj.client.internal.Manifests;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link ArgoClient} over the Kubernetes API with the fabric8 client, for clusters where the Argo
 * Server is not reachable: creates Workflow resources, watches their status and reads pod logs.
 *
 * <p>Credentials come from kubeconfig (a chosen context, or the current one), or from the
 * service account when running inside a pod. Argo validates only when its controller first
 * sees the workflow, so an invalid spec shows up as a Failed run rather than a rejected call.
 * {@link #lint}, {@link #retry}, {@link #resubmit} and {@link #submitFrom} need the Argo Server
 * and fail with {@link ErrorKind#UNSUPPORTED}; {@link #logs} reads what is there and does not follow.
 */
public final class KubeArgoClient implements ArgoClient {
    private static final ResourceDefinitionContext WORKFLOWS = context("Workflow", "workflows");
    private static final ResourceDefinitionContext TEMPLATES = context("WorkflowTemplate", "workflowtemplates");
    private static final ResourceDefinitionContext CRONS = context("CronWorkflow", "cronworkflows");
    /** The label Argo puts on every pod of a workflow. */
    public static final String WORKFLOW_LABEL = "workflows.argoproj.io/workflow";

    private final KubernetesClient kubernetes;
    private final String namespace;

    /**
     * A client over an existing fabric8 client.
     *
     * @param namespace the namespace; empty for the client's configured one, else {@code default}
     */
    public KubeArgoClient(KubernetesClient kubernetes, String namespace) {
        this.kubernetes = kubernetes;
        String configured = kubernetes.getNamespace();
        this.namespace = !namespace.isEmpty() ? namespace
                : configured != null && !configured.isEmpty() ? configured : "default";
    }

    /**
     * A client configured like {@code kubectl}: kubeconfig ({@code $KUBECONFIG} or
     * {@code ~/.kube/config}) with {@code context}, or the current context when empty, or the
     * in-cluster service account.
     *
     * @param namespace empty for the context's namespace
     */
    public static KubeArgoClient connect(String context, String namespace) {
        Config config;
        try {
            config = Config.autoConfigure(context.isEmpty() ? null : context);
        } catch (RuntimeException e) {
            throw new ArgoClientException(ErrorKind.CONFIG, 0, "cannot read the Kubernetes configuration"
                    + (context.isEmpty() ? "" : " for context '" + context + "'") + ": " + Json.firstLine(e.getMessage()));
        }
        if (!context.isEmpty() && config.getCurrentContext() != null
                && !context.equals(config.getCurrentContext().getName())) {
            throw new ArgoClientException(ErrorKind.CONFIG, 0, "kubeconfig has no context '" + context + "'");
        }
        return new KubeArgoClient(new KubernetesClientBuilder().withConfig(config).build(), namespace);
    }

    private static ResourceDefinitionContext context(String kind, String plural) {
        return new ResourceDefinitionContext.Builder().withGroup("argoproj.io").withVersion("v1alpha1")
                .withKind(kind).withPlural(plural).withNamespaced(true).build();
    }

    private NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList,
            Resource<GenericKubernetesResource>> in(ResourceDefinitionContext kind) {
        return kubernetes.genericKubernetesResources(kind).inNamespace(namespace);
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public WorkflowStatus create(JsonNode workflow, SubmitOptions options) {
        ObjectNode wf = Manifests.prepareWorkflow(workflow, namespace, options);
        String what = "submit workflow to namespace '" + namespace + "' through the Kubernetes API";
        GenericKubernetesResource resource = toResource(wf);
        return call(what, () -> WorkflowStatus.of(toJson(options.serverDryRun()
                ? in(WORKFLOWS).resource(resource).dryRun().create()
                : in(WORKFLOWS).resource(resource).create())));
    }

    @Override
    public WorkflowStatus submitFrom(ResourceKind kind, String name, SubmitOptions options) {
        throw unsupported("submit from a " + kind.kind());
    }

    @Override
    public JsonNode getWorkflow(String name) {
        GenericKubernetesResource found = call("get workflow '" + name + "'", () -> in(WORKFLOWS).withName(name).get());
        if (found == null) {
            throw notFound("workflow", name);
        }
        return toJson(found);
    }

    @Override
    public WorkflowList list(ListOptions options) {
        GenericKubernetesResourceList list = call("list workflows in namespace '" + namespace + "'",
                () -> in(WORKFLOWS).list(listOptions(options)));
        List<WorkflowStatus> items = new ArrayList<>();
        for (GenericKubernetesResource item : list.getItems()) {
            items.add(WorkflowStatus.of(toJson(item)));
        }
        String next = list.getMetadata() == null ? "" : list.getMetadata().getContinue();
        return new WorkflowList(items, next);
    }

    private static io.fabric8.kubernetes.api.model.ListOptions listOptions(ListOptions options) {
        ListOptionsBuilder builder = new ListOptionsBuilder();
        if (!options.labelSelector().isEmpty()) {
            builder.withLabelSelector(options.labelSelector());
        }
        if (!options.fieldSelector().isEmpty()) {
            builder.withFieldSelector(options.fieldSelector());
        }
        if (options.limit() > 0) {
            builder.withLimit((long) options.limit());
        }
        if (!options.continueToken().isEmpty()) {
            builder.withContinue(options.continueToken());
        }
        return builder.build();
    }

    @Override
    public EventStream<WatchEvent> watch(ListOptions options) {
        return new KubeWatch(this, options);
    }

    /** Used by {@link KubeWatch}: the current objects, then a watch from their resource version. */
    GenericKubernetesResourceList listForWatch(ListOptions options) {
        return call("watch workflows in namespace '" + namespace + "'", () -> in(WORKFLOWS).list(listOptions(options)));
    }

    /** Used by {@link KubeWatch}. */
    io.fabric8.kubernetes.client.Watch startWatch(ListOptions options, String resourceVersion,
            io.fabric8.kubernetes.client.Watcher<GenericKubernetesResource> watcher) {
        io.fabric8.kubernetes.api.model.ListOptions list = listOptions(options);
        list.setResourceVersion(resourceVersion);
        return call("watch workflows in namespace '" + namespace + "'", () -> in(WORKFLOWS).watch(list, watcher));
    }

    @Override
    public EventStream<LogEntry> logs(String name, LogOptions options) {
        List<LogEntry> entries = call("read the logs of workflow '" + name + "'", () -> {
            List<Pod> pods = new ArrayList<>(kubernetes.pods().inNamespace(namespace)
                    .withLabel(WORKFLOW_LABEL, name).list().getItems());
            pods.sort(Comparator.comparing(p -> p.getMetadata().getName()));
            List<LogEntry> out = new ArrayList<>();
            for (Pod pod : pods) {
                String podName = pod.getMetadata().getName();
                if (!options.podName().isEmpty() && !options.podName().equals(podName)) {
                    continue;
                }
                var container = kubernetes.pods().inNamespace(namespace).withName(podName).inContainer(options.container());
                String log = options.tailLines() > 0 ? container.tailingLines(options.tailLines()).getLog() : container.getLog();
                for (String line : log == null ? new String[0] : log.split("\n")) {
                    if (!line.isEmpty() && (options.grep().isEmpty() || line.matches(".*(" + options.grep() + ").*"))) {
                        out.add(new LogEntry(podName, line));
                    }
                }
            }
            return out;
        });
        var iterator = entries.iterator();
        return new EventStream<>() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public LogEntry next() {
                return iterator.next();
            }

            @Override
            public void close() {}
        };
    }

    private WorkflowStatus patch(String name, String verb, String mergePatch) {
        GenericKubernetesResource patched = call(verb + " workflow '" + name + "'", () -> {
            Resource<GenericKubernetesResource> resource = in(WORKFLOWS).withName(name);
            if (resource.get() == null) {
                throw notFound("workflow", name);
            }
            return resource.patch(PatchContext.of(PatchType.JSON_MERGE), mergePatch);
        });
        return WorkflowStatus.of(toJson(patched));
    }

    @Override
    public WorkflowStatus stop(String name, String message) {
        return patch(name, "stop", "{\"spec\":{\"shutdown\":\"Stop\"}}");
    }

    @Override
    public WorkflowStatus terminate(String name) {
        return patch(name, "terminate", "{\"spec\":{\"shutdown\":\"Terminate\"}}");
    }

    @Override
    public WorkflowStatus suspend(String name) {
        return patch(name, "suspend", "{\"spec\":{\"suspend\":true}}");
    }

    @Override
    public WorkflowStatus resume(String name) {
        return patch(name, "resume", "{\"spec\":{\"suspend\":false}}");
    }

    @Override
    public WorkflowStatus retry(String name, boolean restartSuccessful, String nodeFieldSelector,
            Map<String, String> parameters) {
        throw unsupported("retry a workflow");
    }

    @Override
    public WorkflowStatus resubmit(String name, boolean memoized, Map<String, String> parameters) {
        throw unsupported("resubmit a workflow");
    }

    @Override
    public void delete(String name) {
        delete(WORKFLOWS, "workflow", name);
    }

    private void delete(ResourceDefinitionContext kind, String label, String name) {
        var deleted = call("delete " + label + " '" + name + "'", () -> in(kind).withName(name).delete());
        if (deleted.isEmpty()) {
            throw notFound(label, name);
        }
    }

    @Override
    public void lint(JsonNode manifest) {
        throw unsupported("lint on the server");
    }

    @Override
    public JsonNode applyTemplate(JsonNode template) {
        return apply(TEMPLATES, template);
    }

    @Override
    public JsonNode applyCron(JsonNode cronWorkflow) {
        return apply(CRONS, cronWorkflow);
    }

    private JsonNode apply(ResourceDefinitionContext kind, JsonNode manifest) {
        ObjectNode object = ((ObjectNode) manifest).deepCopy();
        object.put("apiVersion", "argoproj.io/v1alpha1");
        object.put("kind", kind.getKind());
        Manifests.object(object, "metadata").put("namespace", namespace);
        String name = Json.str(object.path("metadata").path("name"));
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a " + kind.getKind() + " needs metadata.name");
        }
        String what = "apply " + kind.getKind() + " '" + name + "'";
        return toJson(call(what, () -> {
            GenericKubernetesResource existing = in(kind).withName(name).get();
            GenericKubernetesResource wanted = toResource(object);
            if (existing == null) {
                return in(kind).resource(wanted).create();
            }
            wanted.getMetadata().setResourceVersion(existing.getMetadata().getResourceVersion());
            return in(kind).resource(wanted).update();
        }));
    }

    @Override
    public List<JsonNode> listTemplates(ListOptions options) {
        return listOf(TEMPLATES, options);
    }

    @Override
    public void deleteTemplate(String name) {
        delete(TEMPLATES, "WorkflowTemplate", name);
    }

    @Override
    public List<JsonNode> listCron(ListOptions options) {
        return listOf(CRONS, options);
    }

    @Override
    public void deleteCron(String name) {
        delete(CRONS, "CronWorkflow", name);
    }

    private List<JsonNode> listOf(ResourceDefinitionContext kind, ListOptions options) {
        GenericKubernetesResourceList list = call("list " + kind.getKind() + "s in namespace '" + namespace + "'",
                () -> in(kind).list(listOptions(options)));
        List<JsonNode> out = new ArrayList<>();
        list.getItems().forEach(item -> out.add(toJson(item)));
        return List.copyOf(out);
    }

    @Override
    public void close() {
        kubernetes.close();
    }

    GenericKubernetesResource toResource(JsonNode json) {
        return kubernetes.getKubernetesSerialization().unmarshal(Json.write(json), GenericKubernetesResource.class);
    }

    JsonNode toJson(GenericKubernetesResource resource) {
        return Json.parse(kubernetes.getKubernetesSerialization().asJson(resource));
    }

    /** Runs a Kubernetes call, turning its failures into {@link ArgoClientException}s. */
    <T> T call(String what, Supplier<T> body) {
        try {
            return body.get();
        } catch (KubernetesClientException e) {
            throw KubeErrors.of(e, what, kubernetes.getMasterUrl() == null ? "" : kubernetes.getMasterUrl().toString());
        }
    }

    private ArgoClientException notFound(String kind, String name) {
        return new ArgoClientException(ErrorKind.NOT_FOUND, 404,
                kind + " '" + name + "' not found in namespace '" + namespace + "'");
    }

    private static ArgoClientException unsupported(String what) {
        return new ArgoClientException(ErrorKind.UNSUPPORTED, 0,
                "cannot " + what + " through the Kubernetes API: it needs the Argo Server (set ARGO_SERVER)");
    }
}

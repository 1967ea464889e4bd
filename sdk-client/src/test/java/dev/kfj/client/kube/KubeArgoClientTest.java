package dev.kfj.client.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kfj.client.ArgoClientException;
import dev.kfj.client.ErrorKind;
import dev.kfj.client.EventStream;
import dev.kfj.client.EventType;
import dev.kfj.client.ListOptions;
import dev.kfj.client.LogEntry;
import dev.kfj.client.LogOptions;
import dev.kfj.client.NodeTransition;
import dev.kfj.client.Phase;
import dev.kfj.client.RunTracker;
import dev.kfj.client.SubmitOptions;
import dev.kfj.client.WatchEvent;
import dev.kfj.client.WorkflowStatus;
import dev.kfj.client.internal.Json;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.util.Map;
import java.util.Queue;
import java.util.HashMap;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KubeArgoClientTest {
    static final String WORKFLOW = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              generateName: iris-
            spec:
              entrypoint: main
              templates:
              - name: main
                container: {image: busybox}
            """;

    KubernetesMockServer server;
    NamespacedKubernetesClient kubernetes;
    KubeArgoClient client;

    @BeforeEach
    void start() {
        Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
        server = new KubernetesMockServer(new Context(), new MockWebServer(), expectations,
                new KubernetesMixedDispatcher(expectations), false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        for (String[] kind : new String[][] {{"Workflow", "workflows"}, {"WorkflowTemplate", "workflowtemplates"},
                {"CronWorkflow", "cronworkflows"}}) {
            server.expectCustomResource(new CustomResourceDefinitionContext.Builder().withGroup("argoproj.io")
                    .withVersion("v1alpha1").withKind(kind[0]).withPlural(kind[1]).withScope("Namespaced").build());
        }
        kubernetes = server.createClient();
        client = new KubeArgoClient(kubernetes, "argo");
    }

    @AfterEach
    void stop() {
        client.close();
        server.destroy();
    }

    void controllerSets(String name, String statusJson) {
        ResourceDefinitionContext workflows = new ResourceDefinitionContext.Builder().withGroup("argoproj.io")
                .withVersion("v1alpha1").withKind("Workflow").withPlural("workflows").withNamespaced(true).build();
        kubernetes.genericKubernetesResources(workflows).inNamespace("argo").withName(name)
                .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":" + statusJson + "}");
    }

    @Test
    void createsTheWorkflowResourceInTheNamespace() {
        WorkflowStatus created = client.create(WORKFLOW, SubmitOptions.defaults().withName("iris-1").withLabel("team", "ml"));

        assertThat(created.name()).isEqualTo("iris-1");
        assertThat(created.namespace()).isEqualTo("argo");
        assertThat(client.get("iris-1").labels()).containsEntry("team", "ml");
        assertThat(client.list(ListOptions.all()).items()).extracting(WorkflowStatus::name).containsExactly("iris-1");
    }

    @Test
    void watchesStatusFromPendingToSucceeded() {
        client.create(WORKFLOW, SubmitOptions.defaults().withName("iris-1"));
        RunTracker tracker = new RunTracker();
        List<String> seen = new ArrayList<>();

        try (EventStream<WatchEvent> events = client.watch("iris-1")) {
            WatchEvent first = events.next();
            assertThat(first.type()).isEqualTo(EventType.ADDED);
            tracker.update(first.status());
            controllerSets("iris-1", "{\"phase\":\"Running\",\"startedAt\":\"2026-01-01T10:00:00Z\",\"nodes\":{"
                    + "\"iris-1-1\":{\"id\":\"iris-1-1\",\"displayName\":\"train\",\"type\":\"Pod\",\"phase\":\"Running\"}}}");
            WatchEvent running = events.next();
            tracker.update(running.status()).forEach(t -> seen.add(describe(t)));
            controllerSets("iris-1", "{\"phase\":\"Succeeded\",\"finishedAt\":\"2026-01-01T10:00:09Z\",\"nodes\":{"
                    + "\"iris-1-1\":{\"id\":\"iris-1-1\",\"displayName\":\"train\",\"type\":\"Pod\",\"phase\":\"Succeeded\"}}}");
            WatchEvent done = events.next();
            tracker.update(done.status()).forEach(t -> seen.add(describe(t)));
            assertThat(done.status().completed()).isTrue();
            assertThat(done.status().phase()).isEqualTo(Phase.SUCCEEDED);
        }
        assertThat(seen).containsExactly("train: Unknown -> Running", "train: Running -> Succeeded");
    }

    @Test
    void reportsDeletionWhileWatching() {
        client.create(WORKFLOW, SubmitOptions.defaults().withName("iris-1"));

        try (EventStream<WatchEvent> events = client.watch("iris-1")) {
            events.next();
            client.delete("iris-1");
            assertThat(events.next().type()).isEqualTo(EventType.DELETED);
        }
    }

    @Test
    void terminateAndSuspendPatchTheSpec() {
        client.create(WORKFLOW, SubmitOptions.defaults().withName("iris-1"));

        assertThat(client.terminate("iris-1").shutdown()).isEqualTo("Terminate");
        client.suspend("iris-1");
        assertThat(client.getWorkflow("iris-1").path("spec").path("suspend").asBoolean()).isTrue();
        client.resume("iris-1");
        assertThat(client.getWorkflow("iris-1").path("spec").path("suspend").asBoolean()).isFalse();
    }

    @Test
    void aMissingWorkflowIsNotFound() {
        assertThatThrownBy(() -> client.get("nope")).isInstanceOfSatisfying(ArgoClientException.class,
                e -> assertThat(e.diagnostic()).isEqualTo("[KFJ-605] workflow 'nope' not found in namespace 'argo'"));
        assertThatThrownBy(() -> client.delete("nope")).isInstanceOfSatisfying(ArgoClientException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    void readsTheMainContainerLogOfEachPod() {
        kubernetes.pods().inNamespace("argo").resource(new PodBuilder().withNewMetadata().withName("iris-1-train-1")
                .addToLabels(KubeArgoClient.WORKFLOW_LABEL, "iris-1").endMetadata().build()).create();
        server.expect().get().withPath("/api/v1/namespaces/argo/pods/iris-1-train-1/log?pretty=false&container=main")
                .andReturn(200, "epoch 1\nepoch 2\n").always();
        List<String> lines = new ArrayList<>();

        try (EventStream<LogEntry> logs = client.logs("iris-1", LogOptions.defaults())) {
            logs.forEachRemaining(l -> lines.add(l.podName() + ": " + l.content()));
        }

        assertThat(lines).containsExactly("iris-1-train-1: epoch 1", "iris-1-train-1: epoch 2");
    }

    @Test
    void appliesTemplatesAndCronWorkflows() {
        String template = WORKFLOW.replace("kind: Workflow", "kind: WorkflowTemplate").replace("generateName: iris-", "name: iris");

        client.applyTemplate(Json.readManifest(template));
        client.applyTemplate(Json.readManifest(template.replace("busybox", "alpine")));

        assertThat(client.listTemplates(ListOptions.all())).singleElement().satisfies(t -> assertThat(
                t.path("spec").path("templates").get(0).path("container").path("image").asString()).isEqualTo("alpine"));
        client.deleteTemplate("iris");
        assertThat(client.listTemplates(ListOptions.all())).isEmpty();
    }

    @Test
    void callsThatNeedTheArgoServerSaySo() {
        assertThatThrownBy(() -> client.lint(Json.readManifest(WORKFLOW))).isInstanceOfSatisfying(
                ArgoClientException.class, e -> assertThat(e.diagnostic()).isEqualTo("[KFJ-612] cannot lint on the server"
                        + " through the Kubernetes API: it needs the Argo Server (set ARGO_SERVER)"));
    }

    private static String describe(NodeTransition t) {
        return t.node().displayName() + ": " + t.from() + " -> " + t.to();
    }
}

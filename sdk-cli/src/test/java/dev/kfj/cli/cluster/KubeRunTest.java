package dev.kfj.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.cli.ExitCodes;
import dev.kfj.cli.KfjCommand;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
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
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kfj run --kube}: the Kubernetes API path end to end, against fabric8's mock API server
 * in CRUD mode, with a stand-in controller that moves the workflow through its phases.
 */
class KubeRunTest {
    static final ResourceDefinitionContext WORKFLOWS = new ResourceDefinitionContext.Builder()
            .withGroup("argoproj.io").withVersion("v1alpha1").withKind("Workflow").withPlural("workflows")
            .withNamespaced(true).build();
    static final String WORKFLOW = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              name: hello-1
            spec:
              entrypoint: main
              templates:
              - name: main
                container: {image: busybox}
            """;

    @TempDir
    Path dir;

    KubernetesMockServer server;
    NamespacedKubernetesClient kubernetes;
    String previousKubeconfig;

    @BeforeEach
    void start() throws IOException {
        Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
        server = new KubernetesMockServer(new Context(), new MockWebServer(), expectations,
                new KubernetesMixedDispatcher(expectations), false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        server.expectCustomResource(new CustomResourceDefinitionContext.Builder().withGroup("argoproj.io")
                .withVersion("v1alpha1").withKind("Workflow").withPlural("workflows").withScope("Namespaced").build());
        kubernetes = server.createClient();
        Path kubeconfig = dir.resolve("config");
        Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster: {server: "http://127.0.0.1:%d"}
                users:
                - name: ci
                  user: {token: kube-t0ken-123}
                contexts:
                - name: lab
                  context: {cluster: mock, user: ci, namespace: argo}
                current-context: lab
                """.formatted(server.getPort()));
        previousKubeconfig = System.getProperty("kubeconfig");
        System.setProperty("kubeconfig", kubeconfig.toString());
    }

    @AfterEach
    void stop() {
        if (previousKubeconfig == null) {
            System.clearProperty("kubeconfig");
        } else {
            System.setProperty("kubeconfig", previousKubeconfig);
        }
        kubernetes.close();
        server.destroy();
    }

    record Result(int code, String out, String err) {}

    Result kfjRun(Path workflow) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (AutoCloseable env = Environment.use(Map.of())) {
            int code = KfjCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                    .execute("run", workflow.toString(), "--kube", "--context", "lab");
            return new Result(code, out.toString(), err.toString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Plays the controller once kfj watches: each status in turn, or deletion for {@code null}. */
    Thread controller(List<String> statuses) {
        Thread thread = new Thread(() -> {
            try {
                RecordedRequest request;
                do {
                    request = server.takeRequest(30, TimeUnit.SECONDS);
                } while (request != null && !request.getPath().contains("watch=true"));
                Thread.sleep(300);
                var workflow = kubernetes.genericKubernetesResources(WORKFLOWS).inNamespace("argo").withName("hello-1");
                for (String status : statuses) {
                    if (status == null) {
                        workflow.delete();
                    } else {
                        workflow.patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":" + status + "}");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "controller");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static String node(String phase, String finishedAt) {
        return "{\"hello-1-1\":{\"id\":\"hello-1-1\",\"name\":\"hello-1.main\",\"displayName\":\"main\",\"type\":\"Pod\","
                + "\"templateName\":\"main\",\"phase\":\"" + phase + "\",\"startedAt\":\"2026-01-01T10:00:01Z\""
                + (finishedAt.isEmpty() ? "" : ",\"finishedAt\":\"" + finishedAt + "\"") + "}}";
    }

    @Test
    void runsThroughTheKubernetesApiToSuccess() throws IOException, InterruptedException {
        Thread controller = controller(java.util.Arrays.asList(
                "{\"phase\":\"Running\",\"startedAt\":\"2026-01-01T10:00:00Z\",\"nodes\":" + node("Running", "") + "}",
                "{\"nodes\":" + node("Succeeded", "2026-01-01T10:00:04Z") + "}",
                "{\"phase\":\"Succeeded\",\"finishedAt\":\"2026-01-01T10:00:05Z\",\"progress\":\"1/1\"}"));

        Result r = kfjRun(Files.writeString(dir.resolve("hello.yaml"), WORKFLOW));
        controller.join();

        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("""
                Submitted workflow hello-1 in namespace argo
                10:00:01  main                     Running
                10:00:04  main                     Succeeded  3s
                Workflow hello-1 Succeeded in 5s, progress 1/1
                """);
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        GenericKubernetesResource stored = kubernetes.genericKubernetesResources(WORKFLOWS).inNamespace("argo")
                .withName("hello-1").get();
        assertThat(stored.getMetadata().getNamespace()).isEqualTo("argo");
    }

    @Test
    void aWorkflowDeletedWhileFollowedExitsEight() throws IOException, InterruptedException {
        Thread controller = controller(java.util.Arrays.asList(
                "{\"phase\":\"Running\",\"startedAt\":\"2026-01-01T10:00:00Z\",\"nodes\":" + node("Running", "") + "}",
                null));

        Result r = kfjRun(Files.writeString(dir.resolve("hello.yaml"), WORKFLOW));
        controller.join();

        assertThat(r.code()).isEqualTo(ExitCodes.RUN_DELETED);
        assertThat(r.err()).isEqualTo("error: workflow hello-1 was deleted while it was being followed\n");
    }
}

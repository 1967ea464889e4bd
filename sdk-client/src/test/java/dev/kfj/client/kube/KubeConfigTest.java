package dev.kfj.client.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kfj.client.ArgoClientException;
import dev.kfj.client.ErrorKind;
import dev.kfj.client.SubmitOptions;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link KubeArgoClient#connect}: kubeconfig contexts, their namespaces and tokens. */
class KubeConfigTest {
    @TempDir
    Path dir;

    KubernetesMockServer server;
    String previousKubeconfig;

    @BeforeEach
    void start() throws IOException {
        Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
        server = new KubernetesMockServer(new Context(), new MockWebServer(), expectations,
                new KubernetesMixedDispatcher(expectations), false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        server.expectCustomResource(new CustomResourceDefinitionContext.Builder().withGroup("argoproj.io")
                .withVersion("v1alpha1").withKind("Workflow").withPlural("workflows").withScope("Namespaced").build());
        Path kubeconfig = dir.resolve("config");
        Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster:
                    server: http://127.0.0.1:%d
                users:
                - name: ci
                  user:
                    token: kube-t0ken-123
                contexts:
                - name: ml
                  context: {cluster: mock, user: ci, namespace: ml}
                - name: other
                  context: {cluster: mock, user: ci, namespace: other}
                current-context: other
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
        server.destroy();
    }

    @Test
    void usesTheNamedContextItsNamespaceAndItsToken() throws InterruptedException {
        try (KubeArgoClient client = KubeArgoClient.connect("ml", "")) {
            assertThat(client.namespace()).isEqualTo("ml");

            client.create("{\"metadata\":{\"name\":\"w\"},\"spec\":{\"entrypoint\":\"main\"}}", SubmitOptions.defaults());
        }
        var request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/apis/argoproj.io/v1alpha1/namespaces/ml/workflows");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer kube-t0ken-123");
    }

    @Test
    void theCurrentContextIsTheDefaultAndAFlagNamespaceWins() {
        try (KubeArgoClient current = KubeArgoClient.connect("", "");
                KubeArgoClient explicit = KubeArgoClient.connect("ml", "team")) {
            assertThat(current.namespace()).isEqualTo("other");
            assertThat(explicit.namespace()).isEqualTo("team");
        }
    }

    @Test
    void anUnknownContextIsAConfigurationError() {
        assertThatThrownBy(() -> KubeArgoClient.connect("nope", ""))
                .isInstanceOfSatisfying(ArgoClientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFIG);
                    assertThat(e.getMessage()).contains("nope");
                });
    }
}

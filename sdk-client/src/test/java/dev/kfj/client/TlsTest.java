package dev.kfj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kfj.client.testing.FakeArgoServer;
import dev.kfj.client.testing.SelfSigned;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsTest {
    @TempDir
    static Path dir;

    @Test
    void verifiesCertificatesByDefaultAndRejectsASelfSignedOne() {
        try (FakeArgoServer server = FakeArgoServer.start("Bearer t", SelfSigned.serverContext(dir))) {
            ArgoClient client = ArgoClient.connect(server.config().withRetry(RetryPolicy.none()));

            assertThatThrownBy(() -> client.list(ListOptions.all()))
                    .isInstanceOfSatisfying(ArgoClientException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
                        assertThat(e.getMessage()).startsWith("cannot list workflows in namespace 'argo': TLS with https://127.0.0.1:")
                                .contains("for a self-signed certificate ARGO_INSECURE_SKIP_VERIFY=true");
                    });
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void skipsVerificationOnlyWhenAsked() {
        try (FakeArgoServer server = FakeArgoServer.start("Bearer t", SelfSigned.serverContext(dir))) {
            ArgoClient client = ArgoClient.connect(server.config().withInsecureSkipVerify(true).withHttp1(true));

            assertThat(client.list(ListOptions.all()).items()).isEmpty();
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void plainHttpAgainstATlsServerFailsClearly() {
        try (FakeArgoServer server = FakeArgoServer.start("Bearer t", SelfSigned.serverContext(dir))) {
            ArgoClient client = ArgoClient.connect(server.config().withSecure(false).withRetry(RetryPolicy.none()));

            assertThatThrownBy(() -> client.list(ListOptions.all()))
                    .isInstanceOfSatisfying(ArgoClientException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION));
        }
    }
}

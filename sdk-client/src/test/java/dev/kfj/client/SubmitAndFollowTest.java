package dev.kfj.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.client.testing.FakeArgoServer;
import dev.kfj.client.testing.Script;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SubmitAndFollowTest {

    @Test
    void theDocumentedExampleFollowsARunToItsEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FakeArgoServer server = FakeArgoServer.start("Bearer t")) {
            server.script(Script.start().phase("Running").node("train", "Running").node("train", "Succeeded")
                    .phase("Succeeded"));

            int code = SubmitAndFollow.run(server.config(), ArgoClientTest.HELLO,
                    new PrintStream(bytes, true, StandardCharsets.UTF_8));

            assertThat(code).isZero();
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                submitted hello-bbbbc
                train Running
                train Succeeded
                hello-bbbbc Succeeded
                """);
    }
}

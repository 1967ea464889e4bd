package dev.kfj.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.cli.ExitCodes;
import dev.kfj.client.SubmitOptions;
import dev.kfj.client.internal.Json;
import dev.kfj.client.testing.FakeArgoServer;
import dev.kfj.client.testing.Script;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClusterRunTest {
    static final String TOKEN = "Bearer s3cr3t-t0ken-1234";
    static final String WORKFLOW = """
            {"apiVersion":"argoproj.io/v1alpha1","kind":"Workflow","metadata":{"generateName":"iris-"},
             "spec":{"entrypoint":"main","templates":[{"name":"main","dag":{"tasks":[]}}]}}
            """;

    final FakeArgoServer server = FakeArgoServer.start(TOKEN);
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @AfterEach
    void stop() {
        server.close();
    }

    int run(String token) {
        ConnectionOptions connection = new ConnectionOptions();
        connection.server = server.address();
        connection.secure = false;
        connection.namespace = "argo";
        try (AutoCloseable env = Environment.use(token.isEmpty() ? Map.of() : Map.of("ARGO_TOKEN", token))) {
            return ClusterRun.run(Json.readManifest(WORKFLOW), SubmitOptions.defaults(), connection, true, false,
                    new PrintWriter(out, true), new PrintWriter(err, true));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSucceededRunPrintsEachTransitionAndExitsZero() {
        server.script(Script.start().phase("Running").node("load", "Running").node("load", "Succeeded")
                .node("train", "Running").node("train", "Succeeded", "0.97").phase("Succeeded"));

        int code = run(TOKEN);

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo("""
                Submitted workflow iris-bbbbc in namespace argo
                10:00:02  load                     Running
                10:00:03  load                     Succeeded  1s
                10:00:04  train                    Running
                10:00:05  train                    Succeeded  1s
                Workflow iris-bbbbc Succeeded in 5s, progress 2/2
                Outputs:
                  train.out = 0.97
                """);
        assertThat(err.toString()).isEmpty();
        assertThat(server.creates()).isEqualTo(1);
    }

    @Test
    void aFailedRunExitsFiveAndNamesTheFailedStep() {
        server.script(Script.start().phase("Running").node("train", "Running").node("train", "Failed")
                .finish("Failed", "child 'iris-bbbbc-train' failed"));

        int code = run(TOKEN);

        assertThat(code).isEqualTo(ExitCodes.RUN_FAILED);
        assertThat(out.toString()).endsWith("""
                10:00:03  train                    Failed     1s  failed with exit code 1
                Workflow iris-bbbbc Failed in 3s, progress 1/1
                  message: child 'iris-bbbbc-train' failed
                  failed: train: failed with exit code 1
                """);
    }

    @Test
    void anErroredRunExitsSix() {
        server.script(Script.start().phase("Running").node("train", "Error").finish("Error", "pod deleted"));

        assertThat(run(TOKEN)).isEqualTo(ExitCodes.RUN_ERROR);
    }

    @Test
    void aTerminatedRunExitsSeven() {
        server.script(Script.start().phase("Running").step((wf, now) -> wf.withObject("/spec").put("shutdown", "Terminate"))
                .finish("Failed", "Stopped with strategy 'Terminate'"));

        assertThat(run(TOKEN)).isEqualTo(ExitCodes.RUN_STOPPED);
        assertThat(out.toString()).endsWith("""
                Workflow iris-bbbbc Failed (terminated) in 2s
                  message: Stopped with strategy 'Terminate'
                """);
    }

    @Test
    void aRunDeletedMidRunExitsEight() {
        server.script(Script.start().phase("Running").node("train", "Running").delete());

        int code = run(TOKEN);

        assertThat(code).isEqualTo(ExitCodes.RUN_DELETED);
        assertThat(err.toString()).isEqualTo("error: workflow iris-bbbbc was deleted while it was being followed\n");
    }

    @Test
    void aWatchCutThreeTimesStillPrintsEveryTransitionOnce() {
        server.script(Script.start().phase("Running").node("load", "Running").node("load", "Succeeded")
                .node("train", "Running").node("train", "Succeeded", "0.97").phase("Succeeded")).cutWatch(1, 2, 1);

        int code = run(TOKEN);

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(server.watchConnections()).isEqualTo(4);
        assertThat(out.toString()).isEqualTo("""
                Submitted workflow iris-bbbbc in namespace argo
                10:00:02  load                     Running
                10:00:03  load                     Succeeded  1s
                10:00:04  train                    Running
                10:00:05  train                    Succeeded  1s
                Workflow iris-bbbbc Succeeded in 5s, progress 2/2
                Outputs:
                  train.out = 0.97
                """);
    }

    @Test
    void aWrongTokenIsOneLineExitFourAndTheTokenIsNowhere() {
        int code = run("Bearer wr0ng-t0ken-5678");

        assertThat(code).isEqualTo(ExitCodes.CLUSTER);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).matches("error: \\[KFJ-603] the Argo Server at http://127\\.0\\.0\\.1:\\d+ rejected the"
                + " credentials \\(HTTP 401: token not valid\\. see https://argo-workflows\\.readthedocs\\.io/en/latest/faq/\\);"
                + " set ARGO_TOKEN to the full Authorization value, e\\.g\\. the output of 'argo auth token' \\('Bearer \\.\\.\\.'\\)\n");
        assertThat(out.toString() + err.toString()).doesNotContain("wr0ng").doesNotContain("s3cr3t");
        assertThat(server.creates()).isZero();
    }

    @Test
    void noTokenAtAllIsTheSameClearLine() {
        int code = run("");

        assertThat(code).isEqualTo(ExitCodes.CLUSTER);
        assertThat(err.toString()).startsWith("error: [KFJ-603] the Argo Server at http://127.0.0.1:").hasLineCount(1);
    }

    @Test
    void anUnreachableServerIsOneLineExitFour() {
        ConnectionOptions connection = new ConnectionOptions();
        connection.server = "127.0.0.1:1";
        connection.secure = false;

        int code = ClusterRun.run(Json.readManifest(WORKFLOW), SubmitOptions.defaults(), connection, true, false,
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).isEqualTo(ExitCodes.CLUSTER);
        assertThat(err.toString()).startsWith("error: [KFJ-601] cannot submit workflow 'iris-' to namespace 'default':"
                + " cannot connect to http://127.0.0.1:1 (connection refused)").hasLineCount(1);
    }

    @Test
    void withoutWaitingItOnlySubmits() {
        ConnectionOptions connection = new ConnectionOptions();
        connection.server = server.address();
        connection.secure = false;
        connection.namespace = "argo";
        try (AutoCloseable env = Environment.use(Map.of("ARGO_TOKEN", TOKEN))) {
            int code = ClusterRun.run(Json.readManifest(WORKFLOW), SubmitOptions.defaults(), connection, false, false,
                    new PrintWriter(out, true), new PrintWriter(err, true));
            assertThat(code).isEqualTo(ExitCodes.OK);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(out.toString()).isEqualTo("Submitted workflow iris-bbbbc in namespace argo\n");
        assertThat(server.watchConnections()).isZero();
    }

    @Test
    void streamsLogsWhenAsked() {
        server.script(Script.start().phase("Running").node("train", "Succeeded").phase("Succeeded"))
                .logLine("iris-bbbbc-train-1", "epoch 1 loss 0.3");
        ConnectionOptions connection = new ConnectionOptions();
        connection.server = server.address();
        connection.secure = false;
        connection.namespace = "argo";
        try (AutoCloseable env = Environment.use(Map.of("ARGO_TOKEN", TOKEN))) {
            int code = ClusterRun.run(Json.readManifest(WORKFLOW), SubmitOptions.defaults(), connection, true, true,
                    new PrintWriter(out, true), new PrintWriter(err, true));
            assertThat(code).isEqualTo(ExitCodes.OK);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(out.toString()).contains("iris-bbbbc-train-1: epoch 1 loss 0.3\n");
    }
}

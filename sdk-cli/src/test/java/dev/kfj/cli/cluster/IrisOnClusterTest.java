package dev.kfj.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.cli.ExitCodes;
import dev.kfj.cli.KfjCommand;
import dev.kfj.client.testing.FakeArgoServer;
import dev.kfj.client.testing.Script;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code kfj run} of the Iris sample against the Argo Server stand-in: the cluster path end to end. */
class IrisOnClusterTest {
    static final String TOKEN = "Bearer iris-t0ken-abcdef";
    static final String STEPS_SUCCEED = """
            Submitted workflow iris-bbbbc in namespace argo
            10:00:03  load                     Running
            10:00:04  load                     Succeeded  1s
            10:00:05  validate                 Running
            10:00:06  validate                 Succeeded  1s
            10:00:07  split                    Running
            10:00:08  split                    Succeeded  1s
            10:00:09  train                    Running
            10:00:10  train                    Succeeded  1s
            10:00:11  evaluate                 Running
            10:00:12  evaluate                 Succeeded  1s
            10:00:13  deploy                   Running
            10:00:14  deploy                   Succeeded  1s
            Workflow iris-bbbbc Succeeded in 14s, progress 6/6
            Outputs:
              evaluate.out = 0.96
            """;

    /** The Iris sample as compiled by kfj (the samples' test keeps it equal to the compiler's output). */
    static final Path IRIS = Path.of(System.getProperty("kfj.repo.root", "..")).resolve("samples/iris/iris.yaml");

    final FakeArgoServer server = FakeArgoServer.start(TOKEN);

    @AfterEach
    void stop() {
        server.close();
    }

    record Result(int code, String out, String err) {}

    Result kfjRun(String token) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (AutoCloseable env = Environment.use(Map.of("ARGO_TOKEN", token))) {
            int code = KfjCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                    .execute("run", IRIS.toString(), "-s", server.address(), "--secure=false", "-n", "argo");
            return new Result(code, out.toString(), err.toString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Script steps(String... failAt) {
        Script script = Script.start().phase("Pending").phase("Running");
        for (String step : List.of("load", "validate", "split", "train", "evaluate", "deploy")) {
            script.node(step, "Running");
            if (List.of(failAt).contains(step)) {
                return script.node(step, "Failed").finish("Failed", "child '" + step + "' failed");
            }
            script.node(step, "Succeeded", step.equals("evaluate") ? "0.96" : "");
        }
        return script.phase("Succeeded");
    }

    long posts() {
        return server.requests().stream().filter(r -> r.method().equals("POST")).count();
    }

    @Test
    void aSucceededRunIsSubmittedOnceAndFollowedToTheEnd() {
        server.script(steps());

        Result r = kfjRun(TOKEN);

        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(STEPS_SUCCEED);
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(posts()).isEqualTo(1);
        assertThat(server.creates()).isEqualTo(1);
        assertThat(server.workflow("iris-bbbbc").path("metadata").path("labels").path("kfj.dev/pipeline").asString())
                .isEqualTo("iris");
    }

    @Test
    void aFailedRunExitsFive() {
        server.script(steps("train"));

        Result r = kfjRun(TOKEN);

        assertThat(r.code()).isEqualTo(ExitCodes.RUN_FAILED);
        assertThat(r.out()).endsWith("""
                10:00:09  train                    Running
                10:00:10  train                    Failed     1s  failed with exit code 1
                Workflow iris-bbbbc Failed in 10s, progress 4/4
                  message: child 'train' failed
                  failed: train: failed with exit code 1
                """);
        assertThat(posts()).isEqualTo(1);
    }

    @Test
    void aRunDeletedMidRunExitsEight() {
        server.script(Script.start().phase("Running").node("load", "Running").node("load", "Succeeded")
                .node("validate", "Running").delete());

        Result r = kfjRun(TOKEN);

        assertThat(r.code()).isEqualTo(ExitCodes.RUN_DELETED);
        assertThat(r.out()).isEqualTo("""
                Submitted workflow iris-bbbbc in namespace argo
                10:00:02  load                     Running
                10:00:03  load                     Succeeded  1s
                10:00:04  validate                 Running
                """);
        assertThat(r.err()).isEqualTo("error: workflow iris-bbbbc was deleted while it was being followed\n");
        assertThat(posts()).isEqualTo(1);
    }

    @Test
    void aWatchCutThreeTimesStillReportsEveryTransitionExactlyOnce() {
        server.script(steps()).cutWatch(3, 4, 2);

        Result r = kfjRun(TOKEN);

        assertThat(r.out()).isEqualTo(STEPS_SUCCEED);
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(server.watchConnections()).isEqualTo(4);
        assertThat(posts()).isEqualTo(1);
    }

    @Test
    void aWrongTokenIsOneClearLineAndTheTokenIsInNoOutput() {
        Result r = kfjRun("Bearer wr0ng-iris-t0ken");

        assertThat(r.code()).isEqualTo(ExitCodes.CLUSTER);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).hasLineCount(1).startsWith("error: [KFJ-603] the Argo Server at http://127.0.0.1:")
                .contains("rejected the credentials");
        assertThat(r.out() + r.err()).doesNotContain("wr0ng-iris-t0ken").doesNotContain("iris-t0ken-abcdef");
        assertThat(server.creates()).isZero();
    }
}

package dev.kfj.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.cli.ExitCodes;
import dev.kfj.cli.KfjCommand;
import dev.kfj.client.testing.FakeArgoServer;
import dev.kfj.client.testing.Script;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterCommandsTest {
    static final String TOKEN = "Bearer s3cr3t-t0ken-1234";
    static final String WORKFLOW = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              generateName: hello-
            spec:
              entrypoint: main
              arguments:
                parameters:
                - name: who
                  value: world
              templates:
              - name: main
                container:
                  image: busybox
            """;

    final FakeArgoServer server = FakeArgoServer.start(TOKEN);

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    @AfterEach
    void stop() {
        server.close();
    }

    Result kfj(String... args) {
        return kfjWithToken(TOKEN, args);
    }

    Result kfjWithToken(String token, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (all.size() > 0 && !all.contains("--help")) {
            int at = all.get(0).equals("template") || all.get(0).equals("cron") ? 2 : 1;
            all.addAll(at, List.of("-s", server.address(), "--secure=false", "-n", "argo"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (AutoCloseable env = Environment.use(Map.of("ARGO_TOKEN", token))) {
            int code = KfjCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                    .execute(all.toArray(String[]::new));
            Result result = new Result(code, out.toString(), err.toString());
            assertThat(result.out() + result.err()).doesNotContain(token.substring("Bearer ".length()));
            return result;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    Path file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return path;
    }

    @Test
    void submitSendsACompiledFileOnceWithOverridesAndPrintsTheName() throws IOException {
        Result r = kfj("submit", file("hello.yaml", WORKFLOW).toString(), "-p", "who=kfj", "-l", "team=ml");

        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("Submitted workflow hello-bbbbc in namespace argo\n");
        assertThat(server.creates()).isEqualTo(1);
        assertThat(server.workflow("hello-bbbbc").path("spec").path("arguments").path("parameters").get(0)
                .path("value").asString()).isEqualTo("kfj");
        assertThat(server.workflow("hello-bbbbc").path("metadata").path("labels").path("team").asString()).isEqualTo("ml");
    }

    @Test
    void submitWithWaitFollowsTheRunAndExitsWithItsCode() throws IOException {
        server.script(Script.start().phase("Running").node("main", "Running").node("main", "Failed").phase("Failed"));

        Result r = kfj("submit", "--wait", file("hello.yaml", WORKFLOW).toString());

        assertThat(r.code()).isEqualTo(ExitCodes.RUN_FAILED);
        assertThat(r.out()).contains("10:00:03  main                     Failed     1s  failed with exit code 1\n");
    }

    @Test
    void aBadParameterIsAUsageError() throws IOException {
        Result r = kfj("submit", file("hello.yaml", WORKFLOW).toString(), "-p", "who");

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("error: --parameter expects NAME=VALUE, found 'who'\n");
        assertThat(server.creates()).isZero();
    }

    @Test
    void aWrongTokenIsOneLineAndExitFourForEveryCommand() {
        for (String[] args : List.of(new String[] {"get", "x"}, new String[] {"list"}, new String[] {"delete", "x"},
                new String[] {"cron", "list"})) {
            Result r = kfjWithToken("Bearer wr0ng-t0ken-9", args);

            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.CLUSTER);
            assertThat(r.err()).startsWith("error: [KFJ-603] the Argo Server at http://").hasLineCount(1);
        }
    }

    @Test
    void noClusterConfiguredIsAUsageError() {
        StringWriter err = new StringWriter();
        try (AutoCloseable env = Environment.use(Map.of())) {
            int code = KfjCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                    .execute("list");
            assertThat(code).isEqualTo(ExitCodes.USAGE);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(err.toString()).isEqualTo("error: [KFJ-611] no cluster configured: set ARGO_SERVER (host:port) or pass"
                + " --argo-server, or pass --kube; see docs/cluster.md\n");
    }

    @Test
    void getPrintsTheStatusAndStepsOrTheObject() throws IOException {
        server.script(Script.start().phase("Running").node("main", "Succeeded", "42").phase("Succeeded"));
        kfj("submit", "--wait", file("hello.yaml", WORKFLOW).toString());

        Result text = kfj("get", "hello-bbbbc");
        Result json = kfj("get", "hello-bbbbc", "-o", "json");
        Result name = kfj("get", "hello-bbbbc", "-o", "name");
        Result yaml = kfj("get", "hello-bbbbc", "-o", "yaml");

        assertThat(text.out()).isEqualTo("""
                Name:       hello-bbbbc
                Namespace:  argo
                Phase:      Succeeded
                Started:    2026-01-01T10:00:01Z
                Finished:   2026-01-01T10:00:03Z
                Duration:   2s
                Progress:   1/1

                STEP  PHASE      DURATION  MESSAGE
                main  Succeeded  0s
                """);
        assertThat(json.out()).startsWith("{\n  \"apiVersion\" : \"argoproj.io/v1alpha1\",");
        assertThat(name.out()).isEqualTo("hello-bbbbc\n");
        assertThat(yaml.out()).startsWith("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n")
                .contains("      value: world\n");
    }

    @Test
    void getOfAMissingRunIsOneLine() {
        Result r = kfj("get", "nope");

        assertThat(r.code()).isEqualTo(ExitCodes.CLUSTER);
        assertThat(r.err()).isEqualTo(
                "error: [KFJ-605] cannot get workflow 'nope': workflows.argoproj.io \"nope\" not found (HTTP 404)\n");
    }

    @Test
    void listPrintsATableOrNames() throws IOException {
        Path wf = file("hello.yaml", WORKFLOW);
        kfj("submit", wf.toString(), "--name", "a", "-l", "team=ml");
        kfj("submit", wf.toString(), "--name", "b");

        assertThat(kfj("list").out()).isEqualTo("""
                NAME  PHASE    STARTED  PROGRESS
                a     Unknown  -
                b     Unknown  -
                """);
        assertThat(kfj("list", "-l", "team=ml", "-o", "name").out()).isEqualTo("a\n");
        assertThat(kfj("list", "--chunk-size", "1", "-o", "name").out()).isEqualTo("a\nb\n");
    }

    @Test
    void logsPrintsLinesWithTheirPod() throws IOException {
        kfj("submit", file("hello.yaml", WORKFLOW).toString(), "--name", "w");
        server.logLine("w-main-1", "hello world");

        Result r = kfj("logs", "w");

        assertThat(r.out()).isEqualTo("w-main-1: hello world\n");
    }

    @Test
    void logsOfOneStepReadItsPod() throws IOException {
        server.script(Script.start().phase("Running").node("main", "Succeeded").phase("Succeeded"));
        kfj("submit", "--wait", file("hello.yaml", WORKFLOW).toString(), "--name", "w");
        server.logLine("w-other-1", "not this").logLine("w-main-2019488645", "this");

        Result r = kfj("logs", "w", "--step", "main");
        Result missing = kfj("logs", "w", "--step", "nope");

        assertThat(r.out()).isEqualTo("w-main-2019488645: this\n");
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).isEqualTo("error: workflow w has no step 'nope' that ran a pod\n");
    }

    @Test
    void lifecycleActionsPrintOneLineEach() throws IOException {
        Path wf = file("hello.yaml", WORKFLOW);
        kfj("submit", wf.toString(), "--name", "a");
        kfj("submit", wf.toString(), "--name", "b");

        assertThat(kfj("suspend", "a", "b").out()).isEqualTo("workflow a suspended\nworkflow b suspended\n");
        assertThat(kfj("resume", "a").out()).isEqualTo("workflow a resumed\n");
        assertThat(kfj("stop", "a", "--message", "enough").out()).isEqualTo("workflow a stopped\n");
        assertThat(kfj("terminate", "b").out()).isEqualTo("workflow b terminated\n");
        assertThat(kfj("retry", "b").out()).isEqualTo("workflow b retried\n");
        assertThat(kfj("resubmit", "a").out()).isEqualTo("workflow a resubmitted as a-bbbbc\n");
        assertThat(kfj("delete", "a", "b").out()).isEqualTo("workflow a deleted\nworkflow b deleted\n");
        Result again = kfj("terminate", "a-bbbbc", "nope");
        assertThat(again.out()).isEqualTo("workflow a-bbbbc terminated\n");
        assertThat(again.code()).isEqualTo(ExitCodes.CLUSTER);
    }

    @Test
    void lintRunsLocalChecksThenTheServers() throws IOException {
        Result ok = kfj("lint", file("hello.yaml", WORKFLOW).toString());
        Result server = kfj("lint", file("bad.yaml", WORKFLOW.replace("entrypoint: main", "entrypoint: nope")).toString());
        Result local = kfj("lint", file("unknown.yaml", WORKFLOW.replace("entrypoint: main", "entrypoint: main\n  bogus: 1")).toString());

        assertThat(ok.code()).isEqualTo(ExitCodes.OK);
        assertThat(ok.out()).endsWith("hello.yaml: no problems found (kfj's checks and the Argo Server's lint)\n");
        assertThat(server.code()).isEqualTo(ExitCodes.INVALID_PIPELINE);
        assertThat(server.err()).endsWith("bad.yaml: [KFJ-607] cannot lint Workflow 'hello-':"
                + " spec.entrypoint template 'nope' not found (HTTP 400)\n");
        assertThat(local.code()).isEqualTo(ExitCodes.INVALID_PIPELINE);
        assertThat(local.err()).contains("bogus");
    }

    @Test
    void templatePushCreatesThenUpdates() throws IOException {
        Path template = file("t.yaml", WORKFLOW.replace("kind: Workflow", "kind: WorkflowTemplate")
                .replace("generateName: hello-", "name: hello"));

        Result first = kfj("template", "push", template.toString());
        Result second = kfj("template", "push", template.toString());

        assertThat(first.out()).isEqualTo("WorkflowTemplate hello pushed to namespace argo\n");
        assertThat(second.code()).isEqualTo(ExitCodes.OK);
        assertThat(kfj("template", "list", "-o", "name").out()).isEqualTo("hello\n");
        server.script(Script.start().phase("Running").phase("Succeeded"));
        Result run = kfj("template", "submit", "hello", "-p", "who=kfj", "--wait");
        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Submitted workflow hello-bbbbc in namespace argo\n")
                .endsWith("Workflow hello-bbbbc Succeeded in 1s\n");
        assertThat(kfj("template", "delete", "hello").out()).isEqualTo("WorkflowTemplate hello deleted\n");
    }

    @Test
    void cronPushWrapsAWorkflowAndListShowsIt() throws IOException {
        Result pushed = kfj("cron", "push", file("hello.yaml", WORKFLOW).toString(), "--schedule", "0 2 * * *",
                "--timezone", "Europe/Paris");

        assertThat(pushed.code()).isEqualTo(ExitCodes.OK);
        assertThat(pushed.out()).isEqualTo("CronWorkflow hello pushed to namespace argo (schedules: 0 2 * * *)\n");
        assertThat(server.cron("hello").path("spec").path("workflowSpec").path("entrypoint").asString()).isEqualTo("main");
        assertThat(kfj("cron", "list").out()).isEqualTo("""
                NAME   SCHEDULES  SUSPENDED  LAST RUN
                hello  0 2 * * *  false      -
                """);
        assertThat(kfj("cron", "delete", "hello").out()).isEqualTo("CronWorkflow hello deleted\n");
    }

    @Test
    void cronPushUsesThePipelinesOwnSchedule() throws IOException {
        Path repo = Path.of(System.getProperty("kfj.repo.root", ".."));
        String source = Files.readString(repo.resolve("samples/hello-world/HelloWorldPipeline.java")).replace(
                "Pipeline.Builder p = Pipeline.builder(\"hello-world\").description(\"Says hello from a container.\");",
                "Pipeline.Builder p = Pipeline.builder(\"hello-world\").description(\"Says hello from a container.\");\n"
                        + "        p.schedule(dev.kfj.dsl.Schedule.cron(\"0 3 * * *\").inZone(\"Europe/Paris\"));");
        Path file = file("HelloWorldPipeline.java", source);

        Result pushed = kfj("cron", "push", file.toString());

        assertThat(pushed.err()).isEmpty();
        assertThat(pushed.out()).isEqualTo("CronWorkflow hello-world pushed to namespace argo (schedules: 0 3 * * *)\n");
        assertThat(server.cron("hello-world").path("spec").path("timezone").asString()).isEqualTo("Europe/Paris");
    }

    @Test
    void cronPushWithoutAScheduleIsAUsageError() throws IOException {
        Result r = kfj("cron", "push", file("hello.yaml", WORKFLOW).toString());

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("error: a CronWorkflow needs a schedule: pass --schedule \"0 2 * * *\""
                + " or give the pipeline one with p.schedule(Schedule.cron(...))\n");
    }

    @Test
    void submitWaitCompilesASamplePipelineAndSendsItOnce() throws IOException {
        Path repo = Path.of(System.getProperty("kfj.repo.root", ".."));
        Path source = Files.copy(repo.resolve("samples/hello-world/HelloWorldPipeline.java"),
                dir.resolve("HelloWorldPipeline.java"));
        server.script(Script.start().phase("Pending").phase("Running").node("say-hello", "Pending")
                .node("say-hello", "Running").node("say-hello", "Succeeded").phase("Succeeded"));

        Result r = kfj("submit", "--wait", source.toString(), "-p", "who=kfj");

        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("""
                Submitted workflow hello-world-bbbbc in namespace argo
                10:00:03  say-hello                Pending
                10:00:03  say-hello                Running
                10:00:05  say-hello                Succeeded  2s
                Workflow hello-world-bbbbc Succeeded in 5s, progress 1/1
                """);
        assertThat(server.creates()).isEqualTo(1);
        assertThat(server.requests().stream().filter(q -> q.method().equals("POST")).count()).isEqualTo(1);
        var sent = server.workflow("hello-world-bbbbc");
        assertThat(sent.path("spec").path("arguments").path("parameters").get(0).path("value").asString()).isEqualTo("kfj");
        assertThat(sent.path("spec").path("templates").toString()).contains("busybox:1.36");
    }

    @Test
    void helpListsTheExitCodes() {
        Result r = kfj("submit", "--help");

        assertThat(r.out()).contains("Exit codes:").contains("8  run deleted while followed")
                .contains("-s, --argo-server=HOST:PORT");
    }
}

package dev.kfj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kfj.client.internal.Json;
import dev.kfj.client.testing.FakeArgoServer;
import dev.kfj.client.testing.Script;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ArgoClientTest {
    static final String TOKEN = "Bearer s3cr3t-t0ken";
    static final String HELLO = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              generateName: hello-
            spec:
              entrypoint: main
              arguments:
                parameters:
                - name: epochs
                  value: "1"
              templates:
              - name: main
                container:
                  image: busybox
            """;

    final FakeArgoServer server = FakeArgoServer.start(TOKEN);
    final ArgoClient client = ArgoClient.connect(server.config());

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void createsAWorkflowWithOverridesLabelsAndTheNamespace() {
        WorkflowStatus created = client.create(HELLO, SubmitOptions.defaults()
                .withParameter("epochs", "5").withParameter("lr", "0.1").withLabel("team", "ml"));

        assertThat(created.name()).isEqualTo("hello-bbbbc");
        assertThat(created.namespace()).isEqualTo("argo");
        JsonNode stored = server.workflow("hello-bbbbc");
        assertThat(stored.path("metadata").path("labels").path("team").asString()).isEqualTo("ml");
        assertThat(Json.write(stored.path("spec").path("arguments")))
                .isEqualTo("{\"parameters\":[{\"name\":\"epochs\",\"value\":\"5\"},{\"name\":\"lr\",\"value\":\"0.1\"}]}");
        assertThat(server.creates()).isEqualTo(1);
    }

    @Test
    void aTakenNameIsAConflict() {
        client.create(HELLO, SubmitOptions.defaults().withName("w"));

        assertThatThrownBy(() -> client.create(HELLO, SubmitOptions.defaults().withName("w")))
                .isInstanceOfSatisfying(ArgoClientException.class, e -> assertThat(e.diagnostic()).isEqualTo(
                        "[KFJ-606] cannot submit workflow 'w' to namespace 'argo':"
                                + " workflows.argoproj.io \"w\" already exists (HTTP 409)"));
        assertThat(server.creates()).isEqualTo(1);
    }

    @Test
    void serverDryRunCreatesNothing() {
        WorkflowStatus answer = client.create(HELLO, SubmitOptions.defaults().withServerDryRun(true));

        assertThat(answer.name()).startsWith("hello-");
        assertThat(server.creates()).isZero();
    }

    @Test
    void anExplicitNameReplacesGenerateName() {
        WorkflowStatus created = client.create(HELLO, SubmitOptions.defaults().withName("hello-1"));

        assertThat(created.name()).isEqualTo("hello-1");
    }

    @Test
    void aWrongTokenIsOneLineWithoutTheToken() {
        ArgoClient wrong = ArgoClient.connect(server.config().withToken("Bearer wr0ng-t0ken"));

        assertThatThrownBy(() -> wrong.get("x"))
                .isInstanceOfSatisfying(ArgoClientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED);
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.diagnostic()).startsWith("[KFJ-603] the Argo Server at http://127.0.0.1:")
                            .contains("rejected the credentials (HTTP 401: token not valid.")
                            .doesNotContain("wr0ng-t0ken").doesNotContain("\n");
                });
    }

    @Test
    void aTokenWithoutItsSchemeGetsAHint() {
        ArgoClient bare = ArgoClient.connect(server.config().withToken("s3cr3t-t0ken"));

        assertThatThrownBy(() -> bare.get("x")).isInstanceOfSatisfying(ArgoClientException.class, e -> assertThat(
                e.getMessage()).endsWith("; ARGO_TOKEN has no 'Bearer ' or 'Basic ' prefix: it is sent verbatim as the"
                        + " Authorization header").doesNotContain("s3cr3t"));
    }

    @Test
    void aMissingTokenGetsAHint() {
        ArgoClient none = ArgoClient.connect(server.config().withToken(""));

        assertThatThrownBy(() -> none.get("x")).isInstanceOfSatisfying(ArgoClientException.class, e -> assertThat(
                e.getMessage()).contains("; ARGO_TOKEN is not set: set it to the full Authorization value"));
    }

    @Test
    void servesUnderABaseHref() {
        server.baseHref("/argo");
        ArgoClient prefixed = ArgoClient.connect(server.config().withBaseHref("/argo/"));

        assertThat(prefixed.list(ListOptions.all()).items()).isEmpty();
        assertThat(server.requests()).extracting(FakeArgoServer.Request::path).containsExactly("/argo/api/v1/workflows/argo");
    }

    @Test
    void aMissingWorkflowIsNotFound() {
        assertThatThrownBy(() -> client.get("nope"))
                .isInstanceOfSatisfying(ArgoClientException.class, e -> assertThat(e.diagnostic()).isEqualTo(
                        "[KFJ-605] cannot get workflow 'nope': workflows.argoproj.io \"nope\" not found (HTTP 404)"));
    }

    @Test
    void forbiddenIsReportedWithItsReason() {
        server.fail("GET", "/api/v1/workflows/argo", 403, 1);

        assertThatThrownBy(() -> client.list(ListOptions.all()))
                .isInstanceOfSatisfying(ArgoClientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
                    assertThat(e.getMessage()).startsWith("not allowed to list workflows in namespace 'argo' (HTTP 403:");
                });
    }

    @Test
    void readsAreRetriedOn429And500And503() {
        client.create(HELLO, SubmitOptions.defaults().withName("w"));
        server.fail("GET", "/api/v1/workflows/argo/w", 429, 1)
                .fail("GET", "/api/v1/workflows/argo/w", 500, 1)
                .fail("GET", "/api/v1/workflows/argo/w", 503, 1);

        assertThat(client.get("w").name()).isEqualTo("w");
        assertThat(server.requests().stream().filter(r -> r.method().equals("GET")).count()).isEqualTo(4);
    }

    @Test
    void readsGiveUpAfterTheLastAttempt() {
        server.fail("GET", "/api/v1/workflows/argo/w", 503, 10);

        assertThatThrownBy(() -> client.get("w"))
                .isInstanceOfSatisfying(ArgoClientException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.SERVER));
        assertThat(server.requests()).hasSize(5);
    }

    @Test
    void aCreateIsNeverSentTwiceAfterA500() {
        server.fail("POST", "/api/v1/workflows/argo", 500, 1);

        assertThatThrownBy(() -> client.create(HELLO, SubmitOptions.defaults()))
                .isInstanceOfSatisfying(ArgoClientException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.SERVER));
        assertThat(server.requests().stream().filter(r -> r.method().equals("POST")).count()).isEqualTo(1);
        assertThat(server.creates()).isZero();
    }

    @Test
    void aCreateIsRepeatedAfterA429BecauseNothingWasCreated() {
        server.fail("POST", "/api/v1/workflows/argo", 429, 1);

        WorkflowStatus created = client.create(HELLO, SubmitOptions.defaults());

        assertThat(created.name()).startsWith("hello-");
        assertThat(server.creates()).isEqualTo(1);
    }

    @Test
    void aHungCreateTimesOutOnceAndIsNotRepeated() {
        server.hang("POST", "/api/v1/workflows/argo", 1);
        ArgoClient impatient = ArgoClient.connect(server.config()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> impatient.create(HELLO, SubmitOptions.defaults()))
                .isInstanceOfSatisfying(ArgoClientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.TIMEOUT);
                    assertThat(e.getMessage()).contains("did not answer within 300 ms");
                });
        assertThat(server.requests().stream().filter(r -> r.method().equals("POST")).count()).isEqualTo(1);
    }

    @Test
    void aHungReadIsRetriedAfterItsTimeout() {
        client.create(HELLO, SubmitOptions.defaults().withName("w"));
        server.hang("GET", "/api/v1/workflows/argo/w", 1);
        ArgoClient impatient = ArgoClient.connect(server.config()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(2)));

        assertThat(impatient.get("w").name()).isEqualTo("w");
    }

    @Test
    void aSlowAnswerWithinTheTimeoutIsFine() {
        client.create(HELLO, SubmitOptions.defaults().withName("w"));
        server.slow("GET", "/api/v1/workflows/argo/w", Duration.ofMillis(100), 1);

        assertThat(client.get("w").name()).isEqualTo("w");
    }

    @Test
    void aRefusedConnectionIsOneClearLine() {
        ArgoClient nowhere = ArgoClient.connect(ClientConfig.of("127.0.0.1:1").withSecure(false)
                .withRetry(RetryPolicy.none()));

        assertThatThrownBy(() -> nowhere.get("w"))
                .isInstanceOfSatisfying(ArgoClientException.class, e -> assertThat(e.diagnostic()).isEqualTo(
                        "[KFJ-601] cannot get workflow 'w': cannot connect to http://127.0.0.1:1 (connection refused);"
                                + " is the Argo Server running and ARGO_SERVER right?"));
    }

    @Test
    void listsPageByPageWithSelectors() {
        client.create(HELLO, SubmitOptions.defaults().withName("a").withLabel("team", "ml"));
        client.create(HELLO, SubmitOptions.defaults().withName("b").withLabel("team", "ml"));
        client.create(HELLO, SubmitOptions.defaults().withName("c").withLabel("team", "web"));
        List<String> names = new ArrayList<>();
        ListOptions options = ListOptions.all().withLabelSelector("team=ml").withLimit(1);

        WorkflowList page = client.list(options);
        page.items().forEach(w -> names.add(w.name()));
        while (page.next().isPresent()) {
            page = client.list(options.withContinue(page.continueToken()));
            page.items().forEach(w -> names.add(w.name()));
        }

        assertThat(names).containsExactly("a", "b");
        assertThat(client.list(ListOptions.all().withFieldSelector("metadata.name=c")).items())
                .extracting(WorkflowStatus::name).containsExactly("c");
    }

    @Test
    void terminateStopSuspendAndResumeChangeTheSpec() {
        client.create(HELLO, SubmitOptions.defaults().withName("w"));

        assertThat(client.suspend("w").name()).isEqualTo("w");
        assertThat(server.workflow("w").path("spec").path("suspend").asBoolean()).isTrue();
        client.resume("w");
        assertThat(server.workflow("w").path("spec").has("suspend")).isFalse();
        WorkflowStatus terminated = client.terminate("w");
        assertThat(terminated.shutdown()).isEqualTo("Terminate");
        assertThat(terminated.phase()).isEqualTo(Phase.FAILED);
        assertThatThrownBy(() -> client.stop("w", "enough"))
                .hasMessage("cannot stop workflow 'w': cannot shutdown a completed workflow (HTTP 500)");
    }

    @Test
    void retryResubmitAndDelete() {
        client.create(HELLO, SubmitOptions.defaults().withName("w"));
        client.terminate("w");

        assertThat(client.retry("w", false, "", Map.of("epochs", "2")).phase()).isEqualTo(Phase.RUNNING);
        assertThat(server.requests().get(server.requests().size() - 1).body())
                .isEqualTo("{\"name\":\"w\",\"namespace\":\"argo\",\"parameters\":[\"epochs=2\"]}");
        WorkflowStatus again = client.resubmit("w", false, Map.of());
        assertThat(again.name()).startsWith("w-");
        assertThat(again.labels()).containsEntry("workflows.argoproj.io/resubmitted-from-workflow", "w");
        client.delete("w");
        assertThat(server.workflow("w")).isNull();
    }

    @Test
    void lintReturnsTheServersReason() {
        assertThatThrownBy(() -> client.lint(Json.readManifest(HELLO.replace("entrypoint: main", "entrypoint: nope"))))
                .isInstanceOfSatisfying(ArgoClientException.class, e -> assertThat(e.diagnostic()).isEqualTo(
                        "[KFJ-607] cannot lint Workflow 'hello-': spec.entrypoint template 'nope' not found (HTTP 400)"));
        client.lint(Json.readManifest(HELLO));
    }

    @Test
    void applyCreatesATemplateThenUpdatesIt() {
        String template = HELLO.replace("kind: Workflow", "kind: WorkflowTemplate")
                .replace("generateName: hello-", "name: hello");

        JsonNode first = client.applyTemplate(Json.readManifest(template));
        JsonNode second = client.applyTemplate(Json.readManifest(template.replace("busybox", "alpine")));

        assertThat(first.path("metadata").path("name").asString()).isEqualTo("hello");
        assertThat(second.path("spec").path("templates").get(0).path("container").path("image").asString())
                .isEqualTo("alpine");
        assertThat(client.listTemplates(ListOptions.all())).hasSize(1);
        WorkflowStatus run = client.submitFrom(ResourceKind.WORKFLOW_TEMPLATE, "hello",
                SubmitOptions.defaults().withParameter("epochs", "3"));
        assertThat(run.name()).startsWith("hello-");
        assertThat(server.workflow(run.name()).path("spec").path("workflowTemplateRef").path("name").asString())
                .isEqualTo("hello");
        client.deleteTemplate("hello");
        assertThat(client.listTemplates(ListOptions.all())).isEmpty();
    }

    @Test
    void applyCreatesACronWorkflowThenUpdatesIt() {
        String cron = """
                apiVersion: argoproj.io/v1alpha1
                kind: CronWorkflow
                metadata:
                  name: nightly
                spec:
                  schedules: ["0 2 * * *"]
                  workflowSpec:
                    entrypoint: main
                    templates:
                    - name: main
                      container: {image: busybox}
                """;

        client.applyCron(Json.readManifest(cron));
        client.applyCron(Json.readManifest(cron.replace("0 2", "0 3")));

        assertThat(client.listCron(ListOptions.all())).singleElement()
                .satisfies(c -> assertThat(c.path("spec").path("schedules").get(0).asString()).isEqualTo("0 3 * * *"));
        client.deleteCron("nightly");
        assertThat(server.cron("nightly")).isNull();
    }

    @Test
    void streamsLogLines() {
        client.create(HELLO, SubmitOptions.defaults().withName("w"));
        server.logLine("w-main-1", "epoch 1").logLine("w-main-1", "done");
        List<String> lines = new ArrayList<>();

        try (EventStream<LogEntry> logs = client.logs("w", LogOptions.defaults().withFollow(true))) {
            logs.forEachRemaining(e -> lines.add(e.podName() + ": " + e.content()));
        }

        assertThat(lines).containsExactly("w-main-1: epoch 1", "w-main-1: done");
        assertThat(server.requests().get(server.requests().size() - 1).query())
                .isEqualTo("logOptions.container=main&logOptions.follow=true");
    }

    @Test
    void awaitFollowsARunToSuccess() {
        server.script(Script.start().phase("Running").node("train", "Running").node("train", "Succeeded", "0.97")
                .phase("Succeeded"));
        WorkflowStatus created = client.create(HELLO, SubmitOptions.defaults());

        WorkflowStatus done = client.await(created.name(), e -> {});

        assertThat(done.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(done.progress()).isEqualTo("1/1");
        assertThat(done.node(created.name() + "-train").orElseThrow().outputParameters()).containsEntry("out", "0.97");
    }
}

package dev.kfj.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kfj.client.ArgoClientException;
import dev.kfj.client.ErrorKind;
import dev.kfj.client.EventStream;
import dev.kfj.client.EventType;
import dev.kfj.client.NodeTransition;
import dev.kfj.client.RunTracker;
import dev.kfj.client.SubmitOptions;
import dev.kfj.client.WatchEvent;
import dev.kfj.client.WorkflowStatus;
import dev.kfj.client.testing.FakeArgoServer;
import dev.kfj.client.testing.Script;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WatchTest {
    static final String WORKFLOW = """
            {"metadata":{"name":"iris"},"spec":{"entrypoint":"main","templates":[{"name":"main"}]}}
            """;
    static final Script LIFECYCLE = Script.start()
            .phase("Pending")
            .phase("Running")
            .node("load", "Pending")
            .node("load", "Running")
            .node("load", "Succeeded")
            .node("train", "Running")
            .node("train", "Succeeded", "0.97")
            .phase("Succeeded");
    static final List<String> EXPECTED = List.of(
            "load: Unknown -> Pending",
            "load: Pending -> Running",
            "load: Running -> Succeeded",
            "train: Unknown -> Running",
            "train: Running -> Succeeded");

    final FakeArgoServer server = FakeArgoServer.start("Bearer t");

    @AfterEach
    void stop() {
        server.close();
    }

    RestArgoClient client(String accept) {
        return new RestArgoClient(server.config(), accept, d -> {});
    }

    List<String> follow(RestArgoClient client, List<EventType> types, List<String> phases) {
        RunTracker tracker = new RunTracker();
        List<String> transitions = new ArrayList<>();
        try (EventStream<WatchEvent> events = client.watch("iris")) {
            while (events.hasNext()) {
                WatchEvent event = events.next();
                types.add(event.type());
                phases.add(event.status().phase().toString());
                for (NodeTransition t : tracker.update(event.status())) {
                    transitions.add(t.node().displayName() + ": " + t.from() + " -> " + t.to());
                }
                if (event.type() == EventType.DELETED || event.status().completed()) {
                    break;
                }
            }
        }
        return transitions;
    }

    @ParameterizedTest
    @ValueSource(strings = {RestArgoClient.SSE, RestArgoClient.NDJSON})
    void followsARunFromPendingToSucceededInBothFramings(String accept) {
        server.script(LIFECYCLE);
        RestArgoClient client = client(accept);
        client.create(WORKFLOW, SubmitOptions.defaults());
        List<EventType> types = new ArrayList<>();
        List<String> phases = new ArrayList<>();

        List<String> transitions = follow(client, types, phases);

        assertThat(transitions).isEqualTo(EXPECTED);
        assertThat(types.get(0)).isEqualTo(EventType.ADDED);
        assertThat(phases).containsSubsequence("Unknown", "Pending", "Running", "Succeeded");
        assertThat(server.watchConnections()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {RestArgoClient.SSE, RestArgoClient.NDJSON})
    void aWatchCutThreeTimesReportsEveryTransitionExactlyOnce(String accept) {
        server.script(LIFECYCLE).cutWatch(2, 3, 1);
        RestArgoClient client = client(accept);
        client.create(WORKFLOW, SubmitOptions.defaults());
        List<EventType> types = new ArrayList<>();
        List<String> phases = new ArrayList<>();

        List<String> transitions = follow(client, types, phases);

        assertThat(transitions).isEqualTo(EXPECTED);
        assertThat(phases).hasSize(9);
        assertThat(server.watchConnections()).isEqualTo(4);
        assertThat(server.requests().stream().filter(r -> r.path().startsWith("/api/v1/workflow-events"))
                .map(r -> r.query().replaceAll(".*resourceVersion=", "")).toList())
                .containsExactly("0", "103", "106", "107");
    }

    @ParameterizedTest
    @ValueSource(strings = {RestArgoClient.SSE, RestArgoClient.NDJSON})
    void reconnectsAfterAnErrorFrameInsideA200(String accept) {
        server.script(LIFECYCLE).watchError(8, 429, "watch closed by the server");
        RestArgoClient client = client(accept);
        client.create(WORKFLOW, SubmitOptions.defaults());

        List<String> transitions = follow(client, new ArrayList<>(), new ArrayList<>());

        assertThat(transitions).isEqualTo(EXPECTED);
        assertThat(server.watchConnections()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {RestArgoClient.SSE, RestArgoClient.NDJSON})
    void aForbiddenErrorFrameEndsTheWatch(String accept) {
        server.script(LIFECYCLE).watchError(7, 403, "workflows.argoproj.io is forbidden");
        RestArgoClient client = client(accept);
        client.create(WORKFLOW, SubmitOptions.defaults());

        assertThatThrownBy(() -> follow(client, new ArrayList<>(), new ArrayList<>()))
                .isInstanceOfSatisfying(ArgoClientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
                    assertThat(e.getMessage()).startsWith("not allowed to watch workflow 'iris' (HTTP 403");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {RestArgoClient.SSE, RestArgoClient.NDJSON})
    void reportsADeletionMidRun(String accept) {
        server.script(Script.start().phase("Running").node("load", "Running").delete());
        RestArgoClient client = client(accept);
        client.create(WORKFLOW, SubmitOptions.defaults());
        List<EventType> types = new ArrayList<>();

        List<String> transitions = follow(client, types, new ArrayList<>());

        assertThat(transitions).containsExactly("load: Unknown -> Running");
        assertThat(types).endsWith(EventType.DELETED);
    }

    @ParameterizedTest
    @ValueSource(strings = {RestArgoClient.SSE, RestArgoClient.NDJSON})
    void reopensAWatchThatFailsToOpen(String accept) {
        server.script(LIFECYCLE).fail("GET", "/api/v1/workflow-events/argo", 503, 2);
        RestArgoClient client = client(accept);
        client.create(WORKFLOW, SubmitOptions.defaults());

        assertThat(follow(client, new ArrayList<>(), new ArrayList<>())).isEqualTo(EXPECTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {RestArgoClient.SSE, RestArgoClient.NDJSON})
    void aWatchWithTheWrongTokenFailsAtOnce(String accept) {
        RestArgoClient client = new RestArgoClient(server.config().withToken("Bearer nope"), accept, d -> {});

        assertThatThrownBy(() -> client.watch("iris").hasNext())
                .isInstanceOfSatisfying(ArgoClientException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED));
    }

    @ParameterizedTest
    @ValueSource(strings = {RestArgoClient.SSE, RestArgoClient.NDJSON})
    void statusesAreParsedFromEvents(String accept) {
        server.script(LIFECYCLE);
        RestArgoClient client = client(accept);
        WorkflowStatus created = client.create(WORKFLOW, SubmitOptions.defaults());

        WorkflowStatus done = client.await(created.name(), e -> {});

        assertThat(done.startedAt()).hasToString("2026-01-01T10:00:01Z");
        assertThat(done.finishedAt()).hasToString("2026-01-01T10:00:08Z");
        assertThat(done.nodes()).extracting(n -> n.displayName() + "=" + n.phase())
                .containsExactly("iris=Running", "load=Succeeded", "train=Succeeded");
    }

    @ParameterizedTest
    @ValueSource(strings = {RestArgoClient.SSE, RestArgoClient.NDJSON})
    void reopensAStreamThatFallsSilent(String accept) {
        server.script(LIFECYCLE).stallWatch(1);
        RestArgoClient client = new RestArgoClient(server.config().withTimeouts(Duration.ofSeconds(2),
                Duration.ofSeconds(2), Duration.ofMillis(300)), accept, d -> {});
        client.create(WORKFLOW, SubmitOptions.defaults());

        assertThat(follow(client, new ArrayList<>(), new ArrayList<>())).isEqualTo(EXPECTED);
        assertThat(server.watchConnections()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {RestArgoClient.SSE, RestArgoClient.NDJSON})
    void reopensAWatchWhoseHeadersNeverCome(String accept) {
        server.script(LIFECYCLE).hang("GET", "/api/v1/workflow-events/argo", 1);
        RestArgoClient client = new RestArgoClient(server.config().withTimeouts(Duration.ofSeconds(2),
                Duration.ofMillis(300), Duration.ofSeconds(2)), accept, d -> {});
        client.create(WORKFLOW, SubmitOptions.defaults());

        assertThat(follow(client, new ArrayList<>(), new ArrayList<>())).isEqualTo(EXPECTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {RestArgoClient.SSE, RestArgoClient.NDJSON})
    void closingFromAnotherThreadWakesTheReader(String accept) throws InterruptedException {
        server.stallWatch(1);
        RestArgoClient client = client(accept);
        client.create(WORKFLOW, SubmitOptions.defaults());
        EventStream<WatchEvent> events = client.watch("iris");
        Thread closer = new Thread(events::close);

        closer.start();
        boolean more = events.hasNext();
        closer.join();

        assertThat(more).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {RestArgoClient.SSE, RestArgoClient.NDJSON})
    void quietStreamsEndingOftenAreNotFailures(String accept) {
        server.script(LIFECYCLE);
        for (int i = 0; i < 8; i++) {
            server.watchError(8, 429, "watch closed by the server");
        }
        RestArgoClient client = client(accept);
        client.create(WORKFLOW, SubmitOptions.defaults());

        assertThat(follow(client, new ArrayList<>(), new ArrayList<>())).isEqualTo(EXPECTED);
        assertThat(server.watchConnections()).isEqualTo(9);
    }

    @ParameterizedTest
    @ValueSource(strings = {RestArgoClient.SSE, RestArgoClient.NDJSON})
    void givesUpWhenTheWatchCannotBeOpened(String accept) {
        server.fail("GET", "/api/v1/workflow-events/argo", 503, 10);
        RestArgoClient client = client(accept);

        assertThatThrownBy(() -> client.watch("iris").hasNext())
                .isInstanceOfSatisfying(ArgoClientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.SERVER);
                    assertThat(e.getMessage()).isEqualTo("cannot watch workflow 'iris': the server is currently unable to handle the request (HTTP 503)");
                });
        assertThat(server.watchConnections()).isZero();
        assertThat(server.requests()).hasSize(5);
    }

    @Test
    void keepalivesBetweenEventsAreSkipped() {
        server.script(Script.start().phase("Pending").quiet().phase("Running").quiet().node("load", "Pending")
                .node("load", "Running").quiet().node("load", "Succeeded").node("train", "Running").quiet()
                .node("train", "Succeeded", "0.97").phase("Succeeded"));
        RestArgoClient client = client(RestArgoClient.SSE);
        client.create(WORKFLOW, SubmitOptions.defaults());

        assertThat(follow(client, new ArrayList<>(), new ArrayList<>())).isEqualTo(EXPECTED);
        assertThat(server.keepalives()).isGreaterThanOrEqualTo(4);
        assertThat(server.watchConnections()).isEqualTo(1);
    }
}

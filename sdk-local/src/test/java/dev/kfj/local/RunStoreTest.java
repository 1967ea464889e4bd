package dev.kfj.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.local.internal.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {
    @TempDir
    Path runs;

    private void record(String id, Phase phase, String startedAt, long pid) throws IOException {
        RunRecord r = new RunRecord(id, "wf", phase, startedAt, phase.isDone() ? startedAt : "", "", Map.of("p", "1"),
                List.of(), pid);
        Files.createDirectories(runs.resolve(id));
        Files.writeString(runs.resolve(id).resolve("run.json"), Json.writePretty(r));
    }

    @Test
    void runWhoseProcessIsGoneIsReportedStopped() throws IOException {
        Process gone = new ProcessBuilder("true").start();
        try {
            gone.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        record("wf-killed", Phase.RUNNING, "2026-01-02T00:00:00Z", gone.pid());
        record("wf-live", Phase.RUNNING, "2026-01-03T00:00:00Z", ProcessHandle.current().pid());
        record("wf-done", Phase.SUCCEEDED, "2026-01-01T00:00:00Z", gone.pid());
        RunStore store = RunStore.at(runs);
        assertThat(store.list()).extracting(RunRecord::id).containsExactly("wf-live", "wf-killed", "wf-done");
        assertThat(store.get("wf-killed").orElseThrow().phase()).isEqualTo(Phase.STOPPED);
        assertThat(store.get("wf-killed").orElseThrow().message())
                .isEqualTo("the process running it ended before the run finished");
        assertThat(store.get("wf-live").orElseThrow().phase()).isEqualTo(Phase.RUNNING);
        assertThat(store.get("latest").orElseThrow().id()).isEqualTo("wf-live");
        assertThat(store.get("../etc")).isEmpty();
    }

    @Test
    void stepsLeftRunningByADeadProcessAreReportedStoppedToo() throws IOException {
        Process gone = new ProcessBuilder("true").start();
        try {
            gone.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        NodeRecord done = new NodeRecord("wf.a", "a", "Pod", "t", Phase.SUCCEEDED, 1, "2026-01-02T00:00:00Z",
                "2026-01-02T00:00:01Z", "", Map.of(), Map.of(), "", false, 0);
        NodeRecord running = new NodeRecord("wf.b", "b", "Pod", "t", Phase.RUNNING, 1, "2026-01-02T00:00:01Z",
                "", "", Map.of(), Map.of(), "", false, 0);
        RunRecord r = new RunRecord("wf-died", "wf", Phase.RUNNING, "2026-01-02T00:00:00Z", "", "", Map.of(),
                List.of(done, running), gone.pid());
        Files.createDirectories(runs.resolve("wf-died"));
        Files.writeString(runs.resolve("wf-died").resolve("run.json"), Json.writePretty(r));

        RunRecord read = RunStore.at(runs).get("wf-died").orElseThrow();

        assertThat(read.nodes()).extracting(NodeRecord::phase).containsExactly(Phase.SUCCEEDED, Phase.STOPPED);
        assertThat(read.nodes().get(1).message()).isEqualTo("the process running it ended before the run finished");
    }
}

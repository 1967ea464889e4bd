package dev.kfj.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workflows exactly as kfj's compiler emits them (its golden files and the samples), run on the host. */
class CompiledWorkflowsTest {
    @TempDir
    Path home;

    private static String compiled(String relative) throws IOException {
        Path root = Path.of(System.getProperty("kfj.repo.root", "..")).toAbsolutePath();
        Path file = root.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), () -> "not present: " + file);
        return Files.readString(file);
    }

    private RunRecord run(String relative, Map<String, String> params) throws IOException {
        return Fixtures.runner(home).run(LocalRunner.read(compiled(relative)), params);
    }

    @Test
    void loopsFanOutOverItemsAndParamsAndFanInThroughJsonpath() throws IOException {
        RunRecord r = run("sdk-compiler/src/test/resources/golden/flow/loops.yaml", Map.of());
        assertThat(r.phase()).as(r.message()).isEqualTo(Phase.SUCCEEDED);
        assertThat(r.node("for-each-1").orElseThrow().loopTotal()).isEqualTo(3);
        assertThat(r.node("for-each-3").orElseThrow().loopTotal()).isEqualTo(2);
        assertThat(r.node("for-each-4").orElseThrow().loopTotal()).isEqualTo(3);
        NodeRecord sum = r.node("sum").orElseThrow();
        assertThat(read(home.resolve("runs").resolve(r.id()).resolve(sum.logFile()))).isEqualTo("14\n");
    }

    @Test
    void conditionsRunExactlyTheMatchingBranch() throws IOException {
        RunRecord r = run("sdk-compiler/src/test/resources/golden/flow/conditions.yaml", Map.of());
        assertThat(r.phase()).as(r.message()).isEqualTo(Phase.SUCCEEDED);
        String side = r.node("flip").orElseThrow().parameters().get("side");
        assertThat(r.node("condition-1").orElseThrow().phase()).isEqualTo(side.equals("heads") ? Phase.SUCCEEDED : Phase.SKIPPED);
        assertThat(r.node("condition-2").orElseThrow().phase()).isEqualTo(side.equals("tails") ? Phase.SUCCEEDED : Phase.SKIPPED);
        assertThat(r.node("condition-3").orElseThrow().phase()).isEqualTo(Phase.SKIPPED);
        assertThat(r.node("condition-4").orElseThrow().phase()).isEqualTo(Phase.SUCCEEDED);
        RunRecord strict = run("sdk-compiler/src/test/resources/golden/flow/conditions.yaml", Map.of("threshold", "0.95"));
        assertThat(strict.node("condition-4").orElseThrow().phase()).isEqualTo(Phase.SKIPPED);
    }

    @Test
    void exitHandlersRunForTasksAndTheWorkflow() throws IOException {
        RunRecord r = run("sdk-compiler/src/test/resources/golden/flow/exit-handlers.yaml", Map.of());
        assertThat(r.phase()).as(r.message()).isEqualTo(Phase.SUCCEEDED);
        assertThat(r.node("exit-handler-1.onExit").orElseThrow().phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(r.node("alert").orElseThrow().phase()).isEqualTo(Phase.OMITTED);
        assertThat(r.node("always").orElseThrow().phase()).isEqualTo(Phase.SUCCEEDED);
        NodeRecord report = r.node("report").orElseThrow();
        assertThat(read(home.resolve("runs").resolve(r.id()).resolve(report.logFile()))).isEqualTo("run ended: Succeeded []\n");
    }

    @Test
    void diamondSampleAddsUp() throws IOException {
        RunRecord r = run("samples/diamond/diamond.yaml", Map.of("start", "5"));
        assertThat(r.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(r.node("d").orElseThrow().parameters()).containsEntry("sum", "122");
    }

    @Test
    void nestedScopesAndRecursionRun() throws IOException {
        for (String golden : new String[] {"scopes", "nested", "recursive", "fan-in"}) {
            String path = golden.equals("fan-in") ? "sdk-compiler/src/test/resources/golden/compiler/fan-in.yaml"
                    : "sdk-compiler/src/test/resources/golden/flow/" + golden + ".yaml";
            RunRecord r = run(path, Map.of());
            assertThat(r.phase()).as(golden + ": " + r.message()).isEqualTo(Phase.SUCCEEDED);
        }
    }

    @Test
    void scriptSourcesSpellingDeclaredPathsWriteUnderTheRun() throws IOException {
        RunRecord r = run("sdk-compiler/src/test/resources/golden/argo/dag-with-artifacts.yaml", Map.of());
        assertThat(r.phase()).as(r.message()).isEqualTo(Phase.SUCCEEDED);
        assertThat(r.node("produce").orElseThrow().parameters()).containsKey("count");
    }

    @Test
    void clusterOnlyConstructsAreAllNamedBeforeAnythingRuns() throws IOException {
        String yaml = compiled("sdk-compiler/src/test/resources/golden/flow/operations.yaml");
        LocalRunException e = org.assertj.core.api.Assertions.catchThrowableOfType(LocalRunException.class,
                () -> Fixtures.runner(home).run(LocalRunner.read(yaml), Map.of()));
        assertThat(e.problems()).isNotEmpty().allMatch(p -> p.startsWith("error: [KFJ-7"));
        assertThat(String.join("\n", e.problems())).contains("[KFJ-706] workflow: synchronization cannot run locally")
                .contains("[KFJ-705] workflow: volumeClaimTemplates need a cluster");
        assertThat(home.resolve("runs")).doesNotExist();
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }
}

package dev.kfj.local;

import static dev.kfj.local.Fixtures.run;
import static dev.kfj.local.Fixtures.shell;
import static dev.kfj.local.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRunnerTest {
    @TempDir
    Path home;

    static final String ADD = shell("add", """
            parameters:
              - name: x
              - name: "y"
                default: "0"
            """, """
            parameters:
              - name: sum
                valueFrom:
                  path: /tmp/kfj/outputs/sum
            """, "echo $(({{inputs.parameters.x}} + {{inputs.parameters.y}})) | tee {{outputs.parameters.sum.path}}");

    @Test
    void runsDiamondPassingParameters() {
        String yaml = workflow("""
                arguments:
                  parameters:
                    - name: start
                      value: "1"
                """, """
                - name: main
                  dag:
                    tasks:
                      - {name: a, template: add, arguments: {parameters: [{name: x, value: "{{workflow.parameters.start}}"}, {name: "y", value: "1"}]}}
                      - {name: b, template: add, depends: a, arguments: {parameters: [{name: x, value: "{{tasks.a.outputs.parameters.sum}}"}, {name: "y", value: "10"}]}}
                      - {name: c, template: add, depends: a, arguments: {parameters: [{name: x, value: "{{tasks.a.outputs.parameters.sum}}"}, {name: "y", value: "100"}]}}
                      - {name: d, template: add, depends: b && c, arguments: {parameters: [{name: x, value: "{{tasks.b.outputs.parameters.sum}}"}, {name: "y", value: "{{tasks.c.outputs.parameters.sum}}"}]}}
                """ + ADD);
        RunRecord r = run(home, yaml);
        assertThat(r.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(r.node("d").orElseThrow().parameters()).containsEntry("sum", "114");
        assertThat(RunStore.at(home.resolve("runs")).get(r.id()).orElseThrow().phase()).isEqualTo(Phase.SUCCEEDED);
    }

    @Test
    void falseConditionSkipsItsBranch() {
        String yaml = workflow("""
                arguments:
                  parameters:
                    - {name: accuracy, value: "0.5"}
                """, """
                - name: main
                  dag:
                    tasks:
                      - {name: deploy, template: add, when: "{{=asFloat(workflow.parameters.accuracy) >= 0.9}}", arguments: {parameters: [{name: x, value: "1"}]}}
                      - {name: after-deploy, template: add, depends: deploy, arguments: {parameters: [{name: x, value: "2"}]}}
                      - {name: report, template: add, when: "{{workflow.parameters.accuracy}} < 0.9", arguments: {parameters: [{name: x, value: "3"}]}}
                """ + ADD);
        RunRecord r = run(home, yaml);
        assertThat(r.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(r.node("deploy").orElseThrow().phase()).isEqualTo(Phase.SKIPPED);
        assertThat(r.node("deploy").orElseThrow().attempts()).isZero();
        assertThat(r.node("after-deploy").orElseThrow().phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(r.node("report").orElseThrow().parameters()).containsEntry("sum", "3");
    }

    @Test
    void loopOfTwentyRunsFourAtATimeAndFanInSeesTwentyResults(@TempDir Path marks) {
        String yaml = workflow("", """
                - name: main
                  parallelism: 4
                  dag:
                    tasks:
                      - name: square
                        template: square
                        withSequence: {count: "20"}
                        arguments: {parameters: [{name: n, value: "{{item}}"}]}
                      - name: total
                        template: total
                        depends: square
                        arguments: {parameters: [{name: values, value: "{{tasks.square.outputs.parameters.sq}}"}]}
                """ + shell("square", "parameters: [{name: n}]", "parameters: [{name: sq, valueFrom: {path: /tmp/sq}}]", """
                touch %1$s/running-{{inputs.parameters.n}}
                ls %1$s | grep -c running- > %1$s/seen-{{inputs.parameters.n}}
                sleep 0.3
                rm %1$s/running-{{inputs.parameters.n}}
                echo $(({{inputs.parameters.n}} * {{inputs.parameters.n}})) > {{outputs.parameters.sq.path}}
                """.formatted(marks)) + shell("total", "parameters: [{name: values}]", "parameters: [{name: count, valueFrom: {path: /tmp/c}}, {name: sum, valueFrom: {path: /tmp/s}}]", """
                echo '{{inputs.parameters.values}}' | tr -d '[]' | tr ',' '\\n' | grep -c . > {{outputs.parameters.count.path}}
                echo '{{inputs.parameters.values}}' | tr -d '[]' | tr ',' '\\n' | awk '{s+=$1} END {print s}' > {{outputs.parameters.sum.path}}
                """));
        RunRecord r = run(home, yaml);
        assertThat(r.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(r.node("square").orElseThrow().loopTotal()).isEqualTo(20);
        assertThat(r.node("total").orElseThrow().parameters()).containsEntry("count", "20").containsEntry("sum", "2470");
        int max = 0;
        for (int i = 0; i < 20; i++) max = Math.max(max, Integer.parseInt(read(marks.resolve("seen-" + i)).trim()));
        assertThat(max).isEqualTo(4);
    }

    @Test
    void stepThatFailsTwiceSucceedsUnderThreeRetries() {
        String yaml = workflow("", shell("main", "", "parameters: [{name: attempt, valueFrom: {path: /tmp/a}}]", """
                echo {{retries}} > {{outputs.parameters.attempt.path}}
                [ {{retries}} -ge 2 ]
                """).replace("  container:", "  retryStrategy: {limit: \"3\", backoff: {duration: \"0.01\", factor: 2}}\n  container:"));
        RunRecord r = run(home, yaml);
        assertThat(r.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(r.node("main").orElseThrow().attempts()).isEqualTo(3);
        assertThat(r.node("main").orElseThrow().parameters()).containsEntry("attempt", "2");
    }

    @Test
    void retriesRunOutAndTheStepFails() {
        String yaml = workflow("", shell("main", "", "", "exit 3")
                .replace("  container:", "  retryStrategy: {limit: 1}\n  container:"));
        RunRecord r = run(home, yaml);
        assertThat(r.phase()).isEqualTo(Phase.FAILED);
        assertThat(r.node("main").orElseThrow().attempts()).isEqualTo(2);
        assertThat(r.node("main").orElseThrow().message()).contains("exit code 3");
    }

    @Test
    void exitHandlerRunsAfterAFailureAndSeesIt() {
        String yaml = workflow("onExit: cleanup", """
                - name: main
                  dag:
                    tasks:
                      - {name: boom, template: boom}
                """ + shell("boom", "", "", "echo going down; exit 1")
                + shell("cleanup", "", "parameters: [{name: status, valueFrom: {path: /tmp/s}}, {name: failures, valueFrom: {path: /tmp/f}}]", """
                echo {{workflow.status}} > {{outputs.parameters.status.path}}
                cat > {{outputs.parameters.failures.path}} <<'JSON'
                {{workflow.failures}}
                JSON
                """));
        RunRecord r = run(home, yaml);
        assertThat(r.phase()).isEqualTo(Phase.FAILED);
        NodeRecord handler = r.node("onExit").orElseThrow();
        assertThat(handler.phase()).as(handler.message()).isEqualTo(Phase.SUCCEEDED);
        assertThat(handler.parameters().get("status")).isEqualTo("Failed");
        assertThat(handler.parameters().get("failures")).contains("\"displayName\":\"boom\"").contains("\"phase\":\"Failed\"");
    }

    @Test
    void secondRunReusesCachedOutputs(@TempDir Path counter) {
        String yaml = workflow("""
                arguments:
                  parameters: [{name: x, value: "7"}]
                """, """
                - name: main
                  dag:
                    tasks:
                      - {name: double, template: double, arguments: {parameters: [{name: x, value: "{{workflow.parameters.x}}"}]}}
                """ + shell("double", "parameters: [{name: x}]", """
                parameters: [{name: y, valueFrom: {path: /tmp/y}}]
                artifacts: [{name: data, path: /tmp/data.txt}]
                """, """
                echo ran >> %s/runs
                echo $(({{inputs.parameters.x}} * 2)) > {{outputs.parameters.y.path}}
                echo data-{{inputs.parameters.x}} > {{outputs.artifacts.data.path}}
                """.formatted(counter)).replace("  container:", "  memoize: {key: \"double-{{inputs.parameters.x}}\", cache: {configMap: {name: doubles}}}\n  container:"));
        RunRecord first = run(home, yaml);
        RunRecord second = run(home, yaml);
        assertThat(first.node("double").orElseThrow().cached()).isFalse();
        NodeRecord reused = second.node("double").orElseThrow();
        assertThat(reused.cached()).isTrue();
        assertThat(reused.parameters()).containsEntry("y", "14");
        assertThat(read(home.resolve("runs").resolve(second.id()).resolve(reused.artifacts().get("data")))).isEqualTo("data-7\n");
        assertThat(read(counter.resolve("runs"))).isEqualTo("ran\n");
    }

    @Test
    void killedRunIsRecordedAsStoppedAndLeavesNoHalfWrittenArtifact() throws Exception {
        String yaml = workflow("", shell("main", "", "artifacts: [{name: big, path: /tmp/big.txt}]", """
                echo partial > {{outputs.artifacts.big.path}}
                sleep 30
                echo rest >> {{outputs.artifacts.big.path}}
                """));
        RunHandle h = Fixtures.runner(home).start(LocalRunner.read(yaml), Map.of(), RunListener.NONE);
        Path staged = h.directory().resolve("nodes/main/outputs/artifacts/big");
        for (int i = 0; i < 600 && !Files.exists(staged); i++) Thread.sleep(20);
        assertThat(staged).exists();
        h.cancel();
        RunRecord r = h.await();
        assertThat(r.phase()).isEqualTo(Phase.STOPPED);
        assertThat(r.node("main").orElseThrow().phase()).isEqualTo(Phase.STOPPED);
        assertThat(r.node("main").orElseThrow().artifacts()).isEmpty();
        assertThat(filesUnder(h.directory().resolve("artifacts"))).isEmpty();
        assertThat(staged).doesNotExist();
        assertThat(RunStore.at(home.resolve("runs")).get(r.id()).orElseThrow().phase()).isEqualTo(Phase.STOPPED);
    }

    @Test
    void handledFailureDoesNotFailTheDag() {
        String yaml = workflow("", """
                - name: main
                  dag:
                    tasks:
                      - {name: a, template: fail}
                      - {name: on-success, template: ok, depends: a}
                      - {name: on-failure, template: ok, depends: a.Failed}
                """ + shell("fail", "", "", "exit 1") + shell("ok", "", "", "echo ok"));
        RunRecord r = run(home, yaml);
        assertThat(r.node("on-success").orElseThrow().phase()).isEqualTo(Phase.OMITTED);
        assertThat(r.node("on-failure").orElseThrow().phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(r.phase()).isEqualTo(Phase.SUCCEEDED);
    }

    @Test
    void artifactsFlowBetweenSteps() {
        String yaml = workflow("", """
                - name: main
                  dag:
                    tasks:
                      - {name: make, template: make}
                      - {name: use, template: use, depends: make, arguments: {artifacts: [{name: in, from: "{{tasks.make.outputs.artifacts.out}}"}]}}
                """ + shell("make", "", "artifacts: [{name: out, path: /tmp/kfj/outputs/out}]", "printf 'a,b\\n1,2\\n' > /tmp/kfj/outputs/out")
                + shell("use", "artifacts: [{name: in, path: /tmp/kfj/inputs/in}]", "parameters: [{name: lines, valueFrom: {path: /tmp/kfj/outputs/lines}}]",
                "wc -l < {{inputs.artifacts.in.path}} | tr -d ' ' > {{outputs.parameters.lines.path}}"));
        RunRecord r = run(home, yaml);
        assertThat(r.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(r.node("use").orElseThrow().parameters()).containsEntry("lines", "2");
    }

    @Test
    void timeoutFailsTheStep() {
        String yaml = workflow("", shell("main", "", "", "sleep 30").replace("  container:", "  activeDeadlineSeconds: 1\n  container:"));
        RunRecord r = run(home, yaml);
        assertThat(r.phase()).isEqualTo(Phase.FAILED);
        assertThat(r.node("main").orElseThrow().message()).contains("deadline");
    }

    @Test
    void rejectsWhatCannotRunLocallyBeforeStarting() {
        String yaml = workflow("", """
                - name: main
                  resource:
                    action: create
                    manifest: "kind: ConfigMap"
                - name: other
                  container: {image: x, command: [true]}
                  sidecars: [{name: s, image: y}]
                """);
        assertThatThrownBy(() -> run(home, yaml)).isInstanceOf(LocalRunException.class)
                .satisfies(e -> assertThat(((LocalRunException) e).problems()).containsExactly(
                        "error: [KFJ-701] template 'main': resource templates create Kubernetes objects and cannot run locally",
                        "error: [KFJ-704] template 'other': sidecars cannot run locally"));
        assertThat(home.resolve("runs")).doesNotExist();
    }

    @Test
    void containerStepWithoutEngineOrHostNamesWhatIsMissing() {
        String yaml = workflow("", shell("main", "", "", "echo hi"));
        LocalRunner runner = LocalRunner.create(LocalRunOptions.defaults().withHome(home).withContainerEngine("no-such-engine"));
        assertThatThrownBy(() -> runner.run(yaml, Map.of())).isInstanceOf(LocalRunException.class)
                .hasMessageContaining("[KFJ-720] template 'main' runs image 'busybox:1.36'")
                .hasMessageContaining("--host");
    }

    @Test
    void unknownAndMissingParametersAreReported() {
        String yaml = workflow("""
                arguments:
                  parameters: [{name: needed}]
                """, shell("main", "", "", "true"));
        assertThatThrownBy(() -> Fixtures.runner(home).run(yaml, Map.of("typo", "1"))).isInstanceOf(LocalRunException.class)
                .satisfies(e -> assertThat(((LocalRunException) e).problems()).containsExactly(
                        "error: [KFJ-711] unknown parameter 'typo'; the workflow declares [needed]",
                        "error: [KFJ-711] parameter 'needed' needs a value: -p needed=VALUE"));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> filesUnder(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}

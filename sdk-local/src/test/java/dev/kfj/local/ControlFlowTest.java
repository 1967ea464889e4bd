package dev.kfj.local;

import static dev.kfj.local.Fixtures.run;
import static dev.kfj.local.Fixtures.shell;
import static dev.kfj.local.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Steps templates, nested DAGs, withItems over maps, task exit hooks and the workflow deadline. */
class ControlFlowTest {
    @TempDir
    Path home;

    static final String ECHO = shell("echo", "parameters: [{name: text}]", "parameters: [{name: out, valueFrom: {path: /tmp/o}}]",
            "echo {{inputs.parameters.text}} > {{outputs.parameters.out.path}}");

    @Test
    void stepsTemplateRunsGroupsInOrderAndPassesOutputs() {
        String yaml = workflow("", """
                - name: main
                  steps:
                    - - {name: first, template: echo, arguments: {parameters: [{name: text, value: one}]}}
                    - - {name: second, template: echo, arguments: {parameters: [{name: text, value: "{{steps.first.outputs.parameters.out}}-two"}]}}
                """ + ECHO);
        RunRecord r = run(home, yaml);
        assertThat(r.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(r.node("second").orElseThrow().parameters()).containsEntry("out", "one-two");
    }

    @Test
    void nestedDagExposesItsOutputsAndLoopsOverMaps() {
        String yaml = workflow("", """
                - name: main
                  dag:
                    tasks:
                      - name: inner
                        template: inner
                        withItems: [{name: a, n: 1}, {name: b, n: 2}]
                        arguments: {parameters: [{name: label, value: "{{item.name}}{{item.n}}"}]}
                      - {name: join, template: echo, depends: inner, arguments: {parameters: [{name: text, value: "{{tasks.inner.outputs.parameters.result}}"}]}}
                - name: inner
                  inputs: {parameters: [{name: label}]}
                  outputs: {parameters: [{name: result, valueFrom: {parameter: "{{tasks.e.outputs.parameters.out}}"}}]}
                  dag:
                    tasks:
                      - {name: e, template: echo, arguments: {parameters: [{name: text, value: "x{{inputs.parameters.label}}"}]}}
                """ + ECHO);
        RunRecord r = run(home, yaml);
        assertThat(r.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(r.node("join").orElseThrow().parameters()).containsEntry("out", "[xa1,xb2]");
    }

    @Test
    void taskExitHookSeesTheTaskStatus() {
        String yaml = workflow("", """
                - name: main
                  dag:
                    tasks:
                      - name: work
                        template: fail
                        hooks: {exit: {template: echo, arguments: {parameters: [{name: text, value: "work was {{tasks.work.status}}"}]}}}
                """ + shell("fail", "", "", "exit 1") + ECHO);
        RunRecord r = run(home, yaml);
        assertThat(r.phase()).isEqualTo(Phase.FAILED);
        assertThat(r.node("work.onExit").orElseThrow().parameters()).containsEntry("out", "work was Failed");
    }

    @Test
    void workflowDeadlineStopsTheRunAndTheExitHandlerStillRuns() {
        String yaml = workflow("""
                activeDeadlineSeconds: 1
                onExit: bye
                """, shell("main", "", "", "sleep 30")
                + shell("bye", "", "parameters: [{name: s, valueFrom: {path: /tmp/s}}]", "echo {{workflow.status}} > {{outputs.parameters.s.path}}"));
        RunRecord r = run(home, yaml);
        assertThat(r.phase()).isEqualTo(Phase.FAILED);
        assertThat(r.message()).isEqualTo("Max duration reached");
        assertThat(r.node("onExit").orElseThrow().parameters()).containsEntry("s", "Failed");
    }

    @Test
    void scriptTemplateRunsItsSourceAndDagTargetLimitsTheTasks() {
        String yaml = workflow("", """
                - name: main
                  dag:
                    target: b
                    tasks:
                      - {name: a, template: script}
                      - {name: b, template: script, depends: a}
                      - {name: c, template: script, depends: a}
                - name: script
                  outputs: {parameters: [{name: out, valueFrom: {path: /tmp/kfj/outputs/out}}]}
                  script:
                    image: busybox:1.36
                    command: [sh]
                    source: |
                      echo "from a script" > {{outputs.parameters.out.path}}
                """);
        RunRecord r = run(home, yaml);
        assertThat(r.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(r.node("b").orElseThrow().parameters()).containsEntry("out", "from a script");
        assertThat(r.node("c")).isEmpty();
    }
}

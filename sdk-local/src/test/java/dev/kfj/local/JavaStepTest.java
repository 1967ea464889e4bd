package dev.kfj.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java steps run through kfj's step entry point in a child JVM with this JVM's class path. */
class JavaStepTest {
    @TempDir
    Path home;

    /** Step methods called by the runtime in the child JVM. */
    static final class Steps {
        private Steps() {}

        static long doubled(long x) {
            return 2 * x;
        }

        static long explode(long x) {
            throw new IllegalStateException("no " + x);
        }
    }

    private static String workflow(String method) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  generateName: java-
                spec:
                  entrypoint: main
                  templates:
                    - name: main
                      dag:
                        tasks:
                          - {name: step, template: step, arguments: {parameters: [{name: x, value: "21"}]}}
                    - name: step
                      inputs:
                        parameters: [{name: x}]
                      outputs:
                        parameters: [{name: "y", valueFrom: {path: /tmp/kfj/outputs/y}}]
                      container:
                        image: kfj-steps:0.1.0
                        command: [java, -cp, "/app/libs/*", dev.kfj.runtime.StepMain]
                        args: [dev.kfj.local.JavaStepTest$Steps#%s, --in, "x={{inputs.parameters.x}}", --out, "y={{outputs.parameters.y.path}}"]
                        volumeMounts: [{name: kfj-outputs, mountPath: /tmp/kfj/outputs}]
                      volumes: [{name: kfj-outputs, emptyDir: {}}]
                """.formatted(method);
    }

    @Test
    void javaStepRunsInAChildJvmWithoutHostExecutionOrContainerEngine() {
        LocalRunner runner = LocalRunner.create(LocalRunOptions.defaults().withHome(home).withContainerEngine("no-such-engine"));
        RunRecord r = runner.run(workflow("doubled"), Map.of());
        assertThat(r.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(r.node("step").orElseThrow().parameters()).containsEntry("y", "42");
    }

    @Test
    void failingJavaStepFailsTheRunWithItsReasonInTheLog() throws Exception {
        LocalRunner runner = LocalRunner.create(LocalRunOptions.defaults().withHome(home));
        RunRecord r = runner.run(workflow("explode"), Map.of());
        assertThat(r.phase()).isEqualTo(Phase.FAILED);
        NodeRecord step = r.node("step").orElseThrow();
        assertThat(step.message()).isEqualTo("Error (exit code 1)");
        assertThat(java.nio.file.Files.readString(home.resolve("runs").resolve(r.id()).resolve(step.logFile())))
                .contains("no 21");
    }
}

package dev.kfj.cli.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.cli.KfjCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kfj run}, {@code kfj runs}, {@code runs get} and {@code runs logs} on this machine, in-process. */
class RunCommandTest {
    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {}

    static Result kfj(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KfjCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path workflow(String script) throws IOException {
        Path f = dir.resolve("wf.yaml");
        Files.writeString(f, """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  generateName: greet-
                spec:
                  entrypoint: main
                  arguments:
                    parameters: [{name: who, value: world}]
                  templates:
                    - name: main
                      dag:
                        tasks:
                          - {name: hello, template: say, arguments: {parameters: [{name: text, value: "hello {{workflow.parameters.who}}"}]}}
                          - {name: shout, template: say, depends: hello, arguments: {parameters: [{name: text, value: "{{tasks.hello.outputs.parameters.said}}!"}]}}
                    - name: say
                      inputs: {parameters: [{name: text}]}
                      outputs: {parameters: [{name: said, valueFrom: {path: /tmp/kfj/outputs/said}}]}
                      container:
                        image: busybox:1.36
                        command: [sh, -c]
                        args: ["%s"]
                """.formatted(script));
        return f;
    }

    @Test
    void runsLocallyPrintingProgressAndOutputs() throws IOException {
        Path wf = workflow("echo {{inputs.parameters.text}} | tee {{outputs.parameters.said.path}}");
        Result r = kfj("run", wf.toString(), "--local", "--host", "--run-dir", dir.toString(), "-p", "who=kfj");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("(?m)^Running greet-\\d{8}-\\d{6} locally")
                .containsPattern("(?m)^  hello +Running$")
                .containsPattern("(?m)^  hello +Succeeded +\\d+\\.\\ds$")
                .containsPattern("(?m)^  shout +Succeeded +\\d+\\.\\ds$")
                .contains("Parameters:\n  who = kfj\n")
                .contains("Outputs:\n  hello.said = hello kfj\n  shout.said = hello kfj!\n");
    }

    @Test
    void failedRunExitsWithFiveAndIsListedWithItsLogs() throws IOException {
        Path wf = workflow("echo cannot say {{inputs.parameters.text}}; exit 4");
        Result r = kfj("run", wf.toString(), "--local", "--host", "--run-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(5);
        assertThat(r.out()).containsPattern("(?m)^  hello +Failed +\\d+\\.\\ds: Error \\(exit code 4\\)$")
                .containsPattern("(?m)^Run greet-\\S+ Failed in \\d+\\.\\ds: child 'hello' failed$");

        Result list = kfj("runs", "--run-dir", dir.toString());
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).containsPattern("(?m)^greet-\\d{8}-\\d{6} +Failed ");

        Result get = kfj("runs", "get", "latest", "--run-dir", dir.toString());
        assertThat(get.out()).containsPattern("(?m)^  hello +Failed +\\d+\\.\\ds: Error \\(exit code 4\\)$")
                .doesNotContain("shout");

        Result logs = kfj("runs", "logs", "latest", "hello", "--run-dir", dir.toString());
        assertThat(logs.out()).isEqualTo("cannot say hello world\n");
    }

    @Test
    void containerStepWithoutEngineOrHostExitsWithTwoNamingBothWaysOut() throws IOException {
        Path wf = workflow("true");
        Result r = kfj("run", wf.toString(), "--local", "--run-dir", dir.toString());
        if (r.exitCode() == 0) return; // a container engine works on this machine
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("error: [KFJ-720] template 'say' runs image 'busybox:1.36'").contains("--host");
    }

    @Test
    void unknownRunIsAUsageError() {
        Result r = kfj("runs", "get", "nope", "--run-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: no local run 'nope' in ");
    }

    @Test
    void unsupportedConstructsExitWithThree() throws IOException {
        Path f = dir.resolve("res.yaml");
        Files.writeString(f, """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {generateName: res-}
                spec:
                  entrypoint: main
                  templates:
                    - name: main
                      resource: {action: create, manifest: "kind: ConfigMap"}
                """);
        Result r = kfj("run", f.toString(), "--local", "--host", "--run-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("error: [KFJ-701] template 'main': resource templates create Kubernetes objects"
                + " and cannot run locally\n");
    }

    @Test
    void parameterValuesAreCheckedAgainstTheirTypesBeforeAnythingRuns() throws IOException {
        Path repo = Path.of(System.getProperty("kfj.repo.root", ".."));
        Path source = Files.copy(repo.resolve("samples/diamond/DiamondPipeline.java"), dir.resolve("DiamondPipeline.java"));

        Result r = kfj("run", source.toString(), "--local", "--host", "--run-dir", dir.toString(), "-p", "start=abc");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: [KFJ-711] -p start: expected Integer but got 'abc'\n");
        assertThat(dir.resolve("runs")).doesNotExist();
    }
}

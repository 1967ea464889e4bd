package dev.kfj.local;

import java.nio.file.Path;
import java.util.Map;

/** Small hand-written workflows whose steps are shell commands, run on the host. */
final class Fixtures {
    private Fixtures() {}

    static LocalRunner runner(Path home) {
        return LocalRunner.create(LocalRunOptions.defaults().withHome(home).withHostExecution(true).withParallelism(8));
    }

    static RunRecord run(Path home, String yaml) {
        return runner(home).run(yaml, Map.of());
    }

    /** A workflow with the given templates (YAML list items, indented by four spaces) and entrypoint {@code main}. */
    static String workflow(String extraSpec, String templates) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  generateName: test-
                spec:
                  entrypoint: main
                """ + extraSpec.indent(2) + "  templates:\n" + templates.indent(4);
    }

    /** A shell step template named {@code name} running {@code script} with {@code sh -c}. */
    static String shell(String name, String inputs, String outputs, String script) {
        return """
                - name: %s
                  inputs:
                %s
                  outputs:
                %s
                  container:
                    image: busybox:1.36
                    command: [sh, -c]
                    args:
                      - |
                %s
                """.formatted(name, inputs.indent(4), outputs.indent(4), script.indent(8));
    }
}

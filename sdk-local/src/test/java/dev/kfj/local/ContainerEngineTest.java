package dev.kfj.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Container steps through a container engine: a stand-in that records its command line and plays the container. */
class ContainerEngineTest {
    @TempDir
    Path dir;

    private Path fakeEngine(Path argsFile) throws IOException {
        Path engine = dir.resolve("fake-engine");
        Files.writeString(engine, """
                #!/bin/sh
                [ "$1" = info ] && exit 0
                printf '%%s\\n' "$@" > %s
                while [ $# -gt 0 ]; do
                  if [ "$1" = -v ]; then
                    case "$2" in *:/tmp/kfj/outputs) echo 42 > "${2%%%%:*}/sum" ;; esac
                  fi
                  shift
                done
                """.formatted(argsFile));
        Files.setPosixFilePermissions(engine, PosixFilePermissions.fromString("rwxr-xr-x"));
        return engine;
    }

    @Test
    void containerStepRunsInTheEngineWithItsDeclaredPathsMounted() throws IOException {
        Path args = dir.resolve("args");
        LocalRunner runner = LocalRunner.create(LocalRunOptions.defaults().withHome(dir.resolve("home"))
                .withContainerEngine(fakeEngine(args).toString()));
        RunRecord r = runner.run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {generateName: engine-}
                spec:
                  entrypoint: add
                  templates:
                    - name: add
                      outputs: {parameters: [{name: sum, valueFrom: {path: /tmp/kfj/outputs/sum}}]}
                      container:
                        image: busybox:1.36
                        command: [sh, -c]
                        args: ["echo $((40 + 2)) > {{outputs.parameters.sum.path}}"]
                        env: [{name: GREETING, value: hi}]
                        volumeMounts: [{name: kfj-outputs, mountPath: /tmp/kfj/outputs}]
                      volumes: [{name: kfj-outputs, emptyDir: {}}]
                """, Map.of());
        assertThat(r.phase()).as(r.message()).isEqualTo(Phase.SUCCEEDED);
        assertThat(r.node("add").orElseThrow().parameters()).containsEntry("sum", "42");
        List<String> argv = Files.readAllLines(args);
        assertThat(argv.subList(0, 3)).containsExactly("run", "--rm", "--name");
        assertThat(argv.get(3)).startsWith("kfj-" + r.id() + "-add-1");
        assertThat(argv).containsSubsequence("-e", "GREETING=hi", "--entrypoint", "sh", "busybox:1.36", "-c",
                "echo $((40 + 2)) > /tmp/kfj/outputs/sum");
        assertThat(argv.get(argv.indexOf("-v") + 1)).endsWith(":/tmp/kfj/outputs");
    }
}

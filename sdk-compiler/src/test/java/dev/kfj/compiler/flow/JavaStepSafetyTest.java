package dev.kfj.compiler.flow;

import static dev.kfj.compiler.flow.Flows.compile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.DAGTask;
import dev.kfj.argo.Template;
import dev.kfj.argo.Workflow;
import dev.kfj.argo.yaml.ArgoYaml;
import dev.kfj.compiler.CompileOptions;
import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Pipeline;
import dev.kfj.runtime.StepMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the Java step runtime: every nasty value is compiled into a workflow, read
 * back from its YAML, substituted into the step's arguments as Argo would, and handed to the
 * runtime, which gives the step method exactly the text that was written.
 */
class JavaStepSafetyTest {
    static final Input<String> TEXT = Input.string("text");
    static final Output<String> COPY = Output.string("copy");
    /** A Java step as the runtime sees it: target, then {@code --in name=value} and {@code --out name=path}. */
    static final Component COPY_STEP = Component.container("copy").image("example.com/steps:1")
            .inputs(TEXT).outputs(COPY).command("java", "-cp", "/app/lib/*", "dev.kfj.runtime.StepMain")
            .args(JavaStepSafetyTest.class.getName() + "#copy", "--in", Arg.concat("text=", TEXT), "--out", Arg.concat("copy=", COPY))
            .readsEncodedValues().build();

    /** The step: returns its input unchanged. */
    public static String copy(String text) {
        return text;
    }

    @Test
    void valuesReachAJavaStepMethodExactly(@TempDir Path dir) throws Exception {
        Pipeline.Builder p = Pipeline.builder("java-safety");
        for (int i = 0; i < SafetyTest.NASTY.size(); i++) p.step("v" + i, COPY_STEP.with(TEXT, SafetyTest.NASTY.get(i)));
        Workflow wf = ArgoYaml.read(compile(p.build(), CompileOptions.DEFAULTS).yaml(), Workflow.class);
        Template template = wf.spec().templates().stream().filter(t -> t.name().equals("copy")).findFirst().orElseThrow();
        List<String> received = new ArrayList<>();
        for (DAGTask task : wf.spec().templates().get(0).dag().tasks()) {
            String value = task.arguments().parameters().get(0).value();
            Path out = dir.resolve(task.name());
            List<String> args = new ArrayList<>();
            for (String a : template.container().getArgs()) {
                args.add(a.replace("{{inputs.parameters.text}}", value).replace("{{outputs.parameters.copy.path}}", out.toString()));
            }
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = StepMain.run(args.toArray(String[]::new), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
            received.add(Files.readString(out, StandardCharsets.UTF_8));
        }
        assertThat(received).isEqualTo(SafetyTest.NASTY);
    }
}

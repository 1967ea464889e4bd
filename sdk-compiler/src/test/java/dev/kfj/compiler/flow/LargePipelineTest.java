package dev.kfj.compiler.flow;

import static dev.kfj.compiler.flow.Flows.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.DAGTask;
import dev.kfj.argo.Parameter;
import dev.kfj.argo.Template;
import dev.kfj.argo.Workflow;
import dev.kfj.argo.testing.ArgoSchema;
import dev.kfj.compiler.CompileOptions;
import dev.kfj.compiler.CompiledPipeline;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.Step;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LargePipelineTest {
    private static final Pattern TASK_REF = Pattern.compile("\\{\\{tasks\\.([a-z0-9-]+)\\.");
    private static final Pattern INPUT_REF = Pattern.compile("\\{\\{inputs\\.(parameters|artifacts)\\.([-a-zA-Z0-9_]+)\\}\\}");

    /** A chain of 1,000 steps, each reading its predecessor; every tenth also reads the first step and its dataset. */
    static Pipeline thousandSteps() {
        Pipeline.Builder p = Pipeline.builder("thousand");
        Step first = p.step("s0", SQUARE_IT.with(N, 1));
        Step data = p.step("data", MAKE_DATA.call());
        Step previous = first;
        for (int i = 1; i < 1000; i++) {
            Step next = i % 10 == 0
                    ? p.step("s" + i, USE_DATA.with(DATA, data.output(DATASET)).with(TEXT, "x").after(previous, first))
                    : p.step("s" + i, SQUARE_IT.with(N, previous.output(SQUARE)));
            if (i % 10 != 0) previous = next;
        }
        return p.build();
    }

    @Test
    void splitsAThousandStepsIntoNestedDagsWithinArgosLimits() {
        CompiledPipeline compiled = compile(thousandSteps(), CompileOptions.DEFAULTS);
        ArgoSchema.assertValid(compiled.yaml());
        Workflow wf = (Workflow) compiled.resource();
        assertThat(wf.spec().templates().size()).isLessThanOrEqualTo(200);
        int tasks = 0;
        for (Template t : wf.spec().templates()) {
            if (t.dag() == null) continue;
            assertThat(t.dag().tasks().size()).as(t.name()).isLessThanOrEqualTo(200);
            Set<String> local = new HashSet<>();
            t.dag().tasks().forEach(task -> local.add(task.name()));
            Set<String> inputs = new HashSet<>();
            if (t.inputs() != null) {
                t.inputs().parameters().forEach(p -> inputs.add(p.name()));
                t.inputs().artifacts().forEach(a -> inputs.add(a.name()));
            }
            for (DAGTask task : t.dag().tasks()) {
                if (task.template().startsWith("thousand-part-")) continue;
                tasks++;
                if (task.arguments() == null) continue;
                for (String value : values(task)) {
                    Matcher m = TASK_REF.matcher(value);
                    while (m.find()) assertThat(local).as(t.name() + "/" + task.name()).contains(m.group(1));
                    Matcher in = INPUT_REF.matcher(value);
                    while (in.find()) assertThat(inputs).as(t.name() + "/" + task.name()).contains(in.group(2));
                }
            }
            if (t.outputs() != null) {
                for (Parameter out : t.outputs().parameters()) {
                    Matcher m = TASK_REF.matcher(out.valueFrom().parameter());
                    while (m.find()) assertThat(local).contains(m.group(1));
                }
            }
        }
        assertThat(tasks).isEqualTo(1001);
        assertThat(wf.spec().templates().get(0).dag().tasks()).extracting(DAGTask::name)
                .containsExactly("thousand-part-1", "thousand-part-2", "thousand-part-3", "thousand-part-4",
                        "thousand-part-5", "thousand-part-6");
    }

    @Test
    void warnsNearTheSizeLimitNamingTheBiggestContributors() {
        Pipeline.Builder p = Pipeline.builder("bulky");
        String small = "x".repeat(1500);
        for (int i = 0; i < 480; i++) p.step("s" + i, ECHO.with(TEXT, small));
        p.step("huge", ECHO.with(TEXT, "y".repeat(60_000)));
        CompiledPipeline compiled = compile(p.build(), CompileOptions.DEFAULTS);
        assertThat(compiled.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code().code()).isEqualTo("KFJ-404");
            assertThat(w.message()).contains("Largest templates: bulky-part-2 (317 KiB)").contains("largest steps: huge (59 KiB), ");
        });
    }

    private static List<String> values(DAGTask task) {
        List<String> out = new java.util.ArrayList<>();
        task.arguments().parameters().forEach(p -> out.add(p.value()));
        task.arguments().artifacts().forEach(a -> out.add(a.from()));
        return out;
    }
}

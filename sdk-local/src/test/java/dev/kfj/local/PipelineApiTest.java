package dev.kfj.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Params;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.Step;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pipeline defined with the DSL, compiled and run locally from a unit test. */
class PipelineApiTest {
    static final Input<Integer> X = Input.integer("x");
    static final Output<Integer> TWICE = Output.integer("twice");
    static final Component DOUBLE = Component.container("double")
            .image("busybox:1.36")
            .inputs(X)
            .outputs(TWICE)
            .command("sh", "-c")
            .args(Arg.concat("echo $((", X, " * 2)) > ", TWICE))
            .build();

    static Pipeline pipeline() {
        Pipeline.Builder p = Pipeline.builder("doubling");
        Param<Integer> start = p.param(Params.integer("start").withDefault(3));
        Step first = p.step(DOUBLE.with(X, start).named("first"));
        p.step(DOUBLE.with(X, first.output(TWICE)).named("second"));
        return p.build();
    }

    @Test
    void runsADslPipelineWithParameters(@TempDir Path home) {
        LocalRunner runner = LocalRunner.create(LocalRunOptions.defaults().withHome(home).withHostExecution(true));
        RunRecord run = runner.run(pipeline(), Map.of("start", "5"));
        assertThat(run.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(run.node("second").orElseThrow().parameters()).containsEntry("twice", "20");
        assertThat(runner.store().list()).extracting(RunRecord::id).containsExactly(run.id());
    }
}

package dev.kfj.compiler.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.testing.ArgoSchema;
import dev.kfj.argo.testing.Golden;
import dev.kfj.compiler.CompilationException;
import dev.kfj.compiler.CompileOptions;
import dev.kfj.compiler.CompiledPipeline;
import dev.kfj.compiler.Diagnostic;
import dev.kfj.compiler.PipelineCompiler;
import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.artifact.Dataset;
import java.util.List;

/** Small components and helpers shared by the control-flow and settings tests. */
final class Flows {
    static final Input<String> TEXT = Input.string("text");
    static final Input<Integer> N = Input.integer("n");
    static final Input<Double> SCORE_IN = Input.number("score");
    static final Input<List<Integer>> NUMBERS = Input.list("numbers", Integer.class);
    static final Input<Dataset> DATA = Input.artifact("data", Dataset.class);
    static final Output<String> SIDE = Output.string("side");
    static final Output<Integer> SQUARE = Output.integer("square");
    static final Output<Double> SCORE = Output.number("score");
    static final Output<List<Integer>> LIST = Output.list("numbers", Integer.class);
    static final Output<Dataset> DATASET = Output.artifact("dataset", Dataset.class);

    static final Component ECHO = Component.container("echo").image("alpine:3.20")
            .inputs(TEXT).command("echo").args(TEXT).build();
    static final Component FLIP = Component.container("flip").image("alpine:3.20")
            .outputs(SIDE).command("sh", "-c")
            .args(Arg.concat("if [ $((RANDOM % 2)) -eq 0 ]; then echo heads; else echo tails; fi > ", SIDE)).build();
    static final Component SQUARE_IT = Component.container("square").image("alpine:3.20")
            .inputs(N).outputs(SQUARE).command("sh", "-c").args(Arg.concat("echo $((", N, " * ", N, ")) > ", SQUARE)).build();
    static final Component SUM = Component.container("sum").image("python:3.12-slim")
            .inputs(NUMBERS).command("python", "-c", "import json,sys; print(sum(int(x) for x in json.loads(sys.argv[1])))")
            .args(NUMBERS).build();
    static final Component EVALUATE = Component.container("evaluate").image("alpine:3.20")
            .outputs(SCORE).command("sh", "-c").args(Arg.concat("echo 0.93 > ", SCORE)).build();
    static final Component GENERATE = Component.container("generate").image("alpine:3.20")
            .outputs(LIST).command("sh", "-c").args(Arg.concat("echo '[1,2,3]' > ", LIST)).build();
    static final Component MAKE_DATA = Component.container("make-data").image("alpine:3.20")
            .outputs(DATASET).command("sh", "-c").args(Arg.concat("echo a,b > ", DATASET)).build();
    static final Component USE_DATA = Component.container("use-data").image("alpine:3.20")
            .inputs(DATA, TEXT).command("cat").args(DATA).build();

    private Flows() {}

    /** Compiles, checks the strict schema and the golden file, and returns the result. */
    static CompiledPipeline golden(String file, Pipeline pipeline) {
        return golden(file, pipeline, CompileOptions.DEFAULTS);
    }

    static CompiledPipeline golden(String file, Pipeline pipeline, CompileOptions options) {
        CompiledPipeline compiled = compile(pipeline, options);
        ArgoSchema.assertValid(compiled.yaml());
        Golden.assertMatches("flow/" + file, compiled.yaml());
        return compiled;
    }

    static CompiledPipeline compile(Pipeline pipeline, CompileOptions options) {
        try {
            return PipelineCompiler.compile(pipeline, options);
        } catch (CompilationException e) {
            throw new AssertionError("unexpected compile errors:\n" + e.getMessage(), e);
        }
    }

    /** The diagnostics of a pipeline that must not compile. */
    static List<Diagnostic> errors(Pipeline pipeline) {
        try {
            PipelineCompiler.compile(pipeline);
        } catch (CompilationException e) {
            return e.errors();
        }
        throw new AssertionError("expected compile errors");
    }

    static void assertError(Pipeline pipeline, String code, String fragment) {
        List<Diagnostic> errors = errors(pipeline);
        assertThat(errors).anySatisfy(d -> {
            assertThat(d.code().code()).isEqualTo(code);
            assertThat(d.message()).contains(fragment);
        });
    }
}

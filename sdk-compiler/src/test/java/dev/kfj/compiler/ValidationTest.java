package dev.kfj.compiler;

import static dev.kfj.compiler.Fixtures.CLEAN;
import static dev.kfj.compiler.Fixtures.DATA;
import static dev.kfj.compiler.Fixtures.ECHO;
import static dev.kfj.compiler.Fixtures.ECHOED;
import static dev.kfj.compiler.Fixtures.FETCH;
import static dev.kfj.compiler.Fixtures.FIT;
import static dev.kfj.compiler.Fixtures.PREPARE;
import static dev.kfj.compiler.Fixtures.RAW;
import static dev.kfj.compiler.Fixtures.TEXT;
import static dev.kfj.compiler.Fixtures.here;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kfj.dsl.Component;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Params;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static List<Diagnostic> errors(Pipeline pipeline) {
        CompilationException e = catchThrowableOfType(CompilationException.class, () -> PipelineCompiler.compile(pipeline));
        assertThat(e).as("compilation should fail").isNotNull();
        return e.errors();
    }

    private static Diagnostic only(Pipeline pipeline) {
        List<Diagnostic> errors = errors(pipeline);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void rejectsDuplicateStepNamesPointingAtBothDeclarations() {
        Pipeline.Builder p = Pipeline.builder("dup");
        p.step(ECHO.with(TEXT, "a").named("say")); int first = here();
        p.step(ECHO.with(TEXT, "b").named("say")); int second = here();

        Diagnostic d = only(p.build());
        assertThat(d.toString()).isEqualTo(
                "ValidationTest.java:" + second + ": error: [KFJ-103] duplicate step name 'say'\n"
                        + "ValidationTest.java:" + first + ": note: 'say' was first declared here\n"
                        + "  hint: give one of the steps another name with .named(\"...\")");
    }

    @Test
    void rejectsNamesThatCollideOnlyAfterSanitising() {
        Pipeline.Builder p = Pipeline.builder("dup");
        p.step(ECHO.with(TEXT, "a").named("loadData"));
        p.step(ECHO.with(TEXT, "b").named("load_data"));

        assertThat(only(p.build()).message()).isEqualTo("duplicate step name 'load_data' (as 'load-data', like 'loadData')");
    }

    @Test
    void rejectsPipelineNamesOverSixtyThreeCharacters() {
        Pipeline.Builder p = Pipeline.builder("x".repeat(64)); int line = here();
        p.step(ECHO.with(TEXT, "a"));

        Diagnostic d = only(p.build());
        assertThat(d.code()).isEqualTo(ErrorCode.NAME_TOO_LONG);
        assertThat(d.location().line()).isEqualTo(line);
        assertThat(d.message()).isEqualTo("pipeline name '" + "x".repeat(64)
                + "' is 64 characters; Argo allows at most 63 for workflow names");
    }

    @Test
    void acceptsPipelineNamesOfExactlySixtyThreeCharacters() throws Exception {
        Pipeline.Builder p = Pipeline.builder("x".repeat(63));
        p.step(ECHO.with(TEXT, "a"));

        assertThat(PipelineCompiler.compile(p.build()).yaml()).contains("generateName: " + "x".repeat(63) + "-");
    }

    @Test
    void rejectsNamesWithoutLettersOrDigits() {
        Pipeline.Builder p = Pipeline.builder("!!!");
        p.step(ECHO.with(TEXT, "a"));

        assertThat(only(p.build()).code()).isEqualTo(ErrorCode.INVALID_NAME);
    }

    @Test
    void reportsACycleWithItsPathInExecutionOrder() {
        Pipeline.Builder p = Pipeline.builder("loop");
        p.step(ECHO.with(TEXT, "a").named("a").after("c")); int line = here();
        p.step(ECHO.with(TEXT, "b").named("b").after("a"));
        p.step(ECHO.with(TEXT, "c").named("c").after("b"));

        Diagnostic d = only(p.build());
        assertThat(d.code()).isEqualTo(ErrorCode.CYCLE);
        assertThat(d.location().line()).isEqualTo(line);
        assertThat(d.message()).isEqualTo("dependency cycle: a -> b -> c -> a");
    }

    @Test
    void rejectsAStepThatRunsAfterItself() {
        Pipeline.Builder p = Pipeline.builder("self");
        p.step(ECHO.with(TEXT, "a").named("a").after("a"));

        assertThat(only(p.build()).message()).isEqualTo("step 'a' runs after itself");
    }

    @Test
    void rejectsDependenciesOnStepsOfAnotherPipeline() {
        Pipeline.Builder other = Pipeline.builder("other");
        Step foreign = other.step(ECHO.with(TEXT, "x").named("foreign"));
        Pipeline.Builder p = Pipeline.builder("main");
        p.step(ECHO.with(TEXT, foreign.output(ECHOED)).named("reader"));
        p.step(ECHO.with(TEXT, "y").named("waiter").after(foreign));

        assertThat(errors(p.build())).extracting(Diagnostic::message).containsExactly(
                "step 'reader' reads output 'echoed' of step 'foreign', but step 'foreign' is not in pipeline 'main'",
                "step 'waiter' runs after step 'foreign', which is not in pipeline 'main'");
    }

    @Test
    void rejectsUnknownStepNames() {
        Pipeline.Builder p = Pipeline.builder("main");
        p.step(ECHO.with(TEXT, "y").named("waiter").after("ghost"));

        Diagnostic d = only(p.build());
        assertThat(d.code()).isEqualTo(ErrorCode.UNKNOWN_STEP);
        assertThat(d.message()).isEqualTo("step 'waiter' runs after step 'ghost', which is not in pipeline 'main'");
    }

    @Test
    void rejectsMissingRequiredInputs() {
        Pipeline.Builder p = Pipeline.builder("main");
        p.step(ECHO.call());

        Diagnostic d = only(p.build());
        assertThat(d.code()).isEqualTo(ErrorCode.MISSING_INPUT);
        assertThat(d.message()).isEqualTo("step 'echo' does not bind required input 'text' (String)");
        assertThat(d.hint()).isEqualTo("bind it with .with(...) on the step's call");
    }

    @Test
    void rejectsAModelWiredIntoADatasetInput() {
        Pipeline.Builder p = Pipeline.builder("main");
        Param<String> url = p.param(Params.string("url").withDefault("https://example.org/d.csv"));
        Step fetch = p.step(FETCH.with(TEXT, url));
        Step fit = p.step(FIT.with(DATA, fetch.output(RAW)));
        p.step(PREPARE.call().withValue("data", fit.output("model"))); int line = here();

        Diagnostic d = only(p.build());
        assertThat(d.code()).isEqualTo(ErrorCode.TYPE_MISMATCH);
        assertThat(d.location().line()).isEqualTo(line);
        assertThat(d.message()).isEqualTo(
                "type mismatch: input 'data' of step 'prepare' expects Dataset, but output 'model' of step 'fit' is Model");
    }

    @Test
    void rejectsAParameterOfTheWrongType() {
        Pipeline.Builder p = Pipeline.builder("main");
        Param<Integer> count = p.param(Params.integer("count").withDefault(3));
        p.step(ECHO.call().withValue("text", count));

        assertThat(only(p.build()).message()).isEqualTo(
                "type mismatch: input 'text' of step 'echo' expects String, but parameter 'count' is Integer");
    }

    @Test
    void rejectsLiteralsOfTheWrongType() {
        Pipeline.Builder p = Pipeline.builder("main");
        p.step(ECHO.call().withValue("text", 42));

        Diagnostic d = only(p.build());
        assertThat(d.code()).isEqualTo(ErrorCode.INVALID_VALUE);
        assertThat(d.message()).isEqualTo("value for input 'text' of step 'echo' is Integer 42, expected String");
    }

    @Test
    void rejectsUnknownInputsAndOutputs() {
        Pipeline.Builder p = Pipeline.builder("main");
        Step a = p.step(ECHO.with(TEXT, "a").named("a"));
        p.step(ECHO.with(TEXT, "b").withValue("colour", "red").named("b"));
        p.step(ECHO.call().withValue("text", a.output("missing")).named("c"));

        assertThat(errors(p.build())).extracting(d -> d.code().code() + " " + d.message()).containsExactly(
                "KFJ-205 step 'b' binds input 'colour', which component 'echo' does not declare",
                "KFJ-207 step 'c' reads output 'missing' of step 'a', which component 'echo' does not declare");
    }

    @Test
    void rejectsParametersOfAnotherPipelineAndDuplicates() {
        Pipeline.Builder other = Pipeline.builder("other");
        Param<String> foreign = other.param(Params.string("text"));
        Pipeline.Builder p = Pipeline.builder("main");
        p.param(Params.string("seed"));
        p.param(Params.string("seed"));
        p.step(ECHO.with(TEXT, foreign));

        assertThat(errors(p.build())).extracting(d -> d.code().code() + " " + d.message()).containsExactly(
                "KFJ-105 duplicate parameter 'seed'",
                "KFJ-206 step 'echo' uses parameter 'text', which is not registered in pipeline 'main'");
    }

    @Test
    void rejectsDefaultsOutsideTheAllowedValues() {
        Pipeline.Builder p = Pipeline.builder("main");
        p.param(Params.string("mode").withDefault("fast").withAllowed("slow", "careful"));
        p.step(ECHO.with(TEXT, "x"));

        assertThat(only(p.build()).message())
                .isEqualTo("default fast of parameter 'mode' is not among its allowed values [slow, careful]");
    }

    @Test
    void rejectsTemplateBracesInUserText() {
        Pipeline.Builder p = Pipeline.builder("main");
        p.step(ECHO.with(TEXT, "render {{name}} please"));

        Diagnostic d = only(p.build());
        assertThat(d.code()).isEqualTo(ErrorCode.TEMPLATE_BRACES);
        assertThat(d.message()).isEqualTo("the value for input 'text' of step 'echo' contains '{{',"
                + " which Argo would read as a template tag: \"render {{name}} please\"");
    }

    @Test
    void rejectsComponentsWithoutImageOrWithUndeclaredPorts() {
        Input<String> undeclared = Input.string("undeclared");
        Component broken = Component.container("broken").command("echo", undeclared).build();
        Pipeline.Builder p = Pipeline.builder("main");
        p.step(broken.call());

        assertThat(errors(p.build())).extracting(d -> d.code().code() + " " + d.message()).containsExactly(
                "KFJ-210 component 'broken' has no image",
                "KFJ-209 the command of component 'broken' use input 'undeclared' (String), which the component does not declare");
    }

    @Test
    void rejectsTwoDifferentComponentsWithOneNameAndAComponentNamedLikeThePipeline() {
        Component otherEcho = Component.container("echo").image("alpine:3.20").build();
        Component clash = Component.container("main").image("alpine:3.20").build();
        Pipeline.Builder p = Pipeline.builder("main");
        p.step(ECHO.with(TEXT, "a"));
        p.step(otherEcho.call().named("other"));
        p.step(clash.call().named("clash"));

        assertThat(errors(p.build())).extracting(d -> d.code().code() + " " + d.message()).containsExactly(
                "KFJ-104 two different components are both named 'echo'",
                "KFJ-104 component 'main' has the same Argo template name 'main' as the pipeline");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        Pipeline.Builder p = Pipeline.builder("y".repeat(70));
        Step fetch = p.step(FETCH.with(TEXT, "u"));
        Step fit = p.step(FIT.with(DATA, fetch.output(RAW)).after("tail"));
        p.step(PREPARE.call().withValue("data", fit.output("model")).named("fit"));
        p.step(ECHO.with(TEXT, "x").named("tail").after("fit"));

        assertThat(errors(p.build())).extracting(Diagnostic::code).containsExactlyInAnyOrder(
                ErrorCode.NAME_TOO_LONG, ErrorCode.DUPLICATE_STEP, ErrorCode.TYPE_MISMATCH, ErrorCode.CYCLE);
    }

    @Test
    void sharesOneTemplateBetweenIdenticalComponentDefinitions() throws Exception {
        Pipeline.Builder p = Pipeline.builder("main");
        p.step(PREPARE.with(DATA, p.step(FETCH.with(TEXT, "u")).output(RAW)).named("one"));
        p.step(makePrepare().with(DATA, p.step(FETCH.with(TEXT, "v").named("fetch-2")).output(RAW)).named("two"));

        String yaml = PipelineCompiler.compile(p.build()).yaml();
        assertThat(yaml.split("\n    - name: prepare\n", -1)).hasSize(2);
        assertThat(CLEAN.name()).isEqualTo("clean");
    }

    private static Component makePrepare() {
        return Component.container("prepare")
                .image("python:3.12-slim")
                .inputs(DATA)
                .outputs(CLEAN)
                .command("cp", DATA, CLEAN)
                .build();
    }

    @Test
    void rejectsAPipelineWithoutSteps() {
        Pipeline.Builder p = Pipeline.builder("empty"); int line = here();

        Diagnostic d = only(p.build());
        assertThat(d.code()).isEqualTo(ErrorCode.EMPTY_GROUP);
        assertThat(d.location().line()).isEqualTo(line);
        assertThat(d.message()).isEqualTo("pipeline 'empty' has no steps; Argo rejects a workflow whose DAG has no tasks");
    }
}

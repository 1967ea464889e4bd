package dev.kfj.compiler;

import static dev.kfj.compiler.Fixtures.DATA;
import static dev.kfj.compiler.Fixtures.ECHO;
import static dev.kfj.compiler.Fixtures.ECHOED;
import static dev.kfj.compiler.Fixtures.FETCH;
import static dev.kfj.compiler.Fixtures.FIT;
import static dev.kfj.compiler.Fixtures.MODEL;
import static dev.kfj.compiler.Fixtures.RAW;
import static dev.kfj.compiler.Fixtures.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.ArgoObject;
import dev.kfj.argo.Workflow;
import dev.kfj.argo.WorkflowTemplate;
import dev.kfj.argo.testing.ArgoSchema;
import dev.kfj.argo.testing.Golden;
import dev.kfj.argo.yaml.ArgoYaml;
import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.DataType;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Params;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.Step;
import dev.kfj.dsl.artifact.Dataset;
import dev.kfj.dsl.artifact.Metrics;
import dev.kfj.dsl.artifact.Model;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compiles one scenario per feature and compares the YAML byte for byte with
 * {@code src/test/resources/golden/compiler/*.yaml} (re-bless with {@code -Dkfj.bless=true}); every
 * output is also checked against Argo's strict schema and read back into an equal object.
 */
class CompilerGoldenTest {

    enum Optimizer { SGD, ADAM }

    private static void check(String name, Pipeline pipeline, CompileOptions options) throws Exception {
        CompiledPipeline compiled = PipelineCompiler.compile(pipeline, options);
        Golden.assertMatches("compiler/" + name + ".yaml", compiled.yaml());
        ArgoSchema.assertValid(compiled.yaml());
        Class<? extends ArgoObject> type = compiled.resource().getClass();
        assertThat(ArgoYaml.read(compiled.yaml(), type)).isEqualTo(compiled.resource());
        assertThat(PipelineCompiler.compile(pipeline, options).yaml()).isEqualTo(compiled.yaml());
    }

    private static void check(String name, Pipeline pipeline) throws Exception {
        check(name, pipeline, CompileOptions.DEFAULTS);
    }

    @Test
    void singleContainerStep() throws Exception {
        Pipeline.Builder p = Pipeline.builder("hello").description("One step.");
        Param<String> who = p.param(Params.string("who").withDefault("world"));
        p.step(ECHO.with(TEXT, who));
        check("hello", p.build());
    }

    @Test
    void artifactsPassWithFromAndOptionalInputsMayStayUnbound() throws Exception {
        Input<Dataset> extra = Input.artifact("extra", Dataset.class).optional();
        Output<Metrics> metrics = Output.artifact("metrics", Metrics.class);
        Component score = Component.container("score")
                .image("python:3.12-slim")
                .inputs(Input.artifact("model", Model.class), extra)
                .outputs(metrics)
                .command("python", "-m", "score")
                .args(Arg.concat("--extra=", extra), Arg.concat("--out=", metrics))
                .build();
        Pipeline.Builder p = Pipeline.builder("artifacts");
        Step fetch = p.step(FETCH.with(TEXT, "https://example.org/data.csv"));
        Step fit = p.step(FIT.with(DATA, fetch.output(RAW)));
        p.step(score.call().withValue("model", fit.output(MODEL)));
        check("artifacts", p.build());
    }

    @Test
    void everyParameterTypeWithDefaultsAllowedValuesAndLiterals() throws Exception {
        Input<Integer> count = Input.integer("count");
        Input<Double> rate = Input.number("rate");
        Input<Boolean> dry = Input.bool("dry_run");
        Input<Optimizer> optimizer = Input.of("optimizer", DataType.of(Optimizer.class));
        Input<List<String>> features = Input.list("features", String.class);
        Input<Map<String, Double>> weights = Input.map("weights", Double.class);
        Input<Long> seed = Input.of("seed", DataType.LONG).withDefault(7L);
        Component train = Component.container("train")
                .image("python:3.12-slim")
                .inputs(count, rate, dry, optimizer, features, weights, seed)
                .command("python", "-m", "train")
                .args("--count", count, "--rate", rate, "--dry-run", dry, "--optimizer", optimizer,
                        "--features", features, "--weights", weights, "--seed", seed)
                .build();
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("b", 0.5);
        w.put("a", 1.5e-7);
        Pipeline.Builder p = Pipeline.builder("param-types");
        Param<Integer> epochs = p.param(Params.integer("epochs").withDefault(10).withDescription("Passes over the data"));
        Param<Double> lr = p.param(Params.number("learning_rate").withDefault(0.001).withAllowed(0.1, 0.01, 0.001));
        Param<Boolean> dryRun = p.param(Params.bool("dry_run").withDefault(false));
        Param<Optimizer> opt = p.param(Params.enumeration("optimizer", Optimizer.class).withDefault(Optimizer.ADAM));
        Param<List<String>> cols = p.param(Params.list("features", String.class).withDefault(List.of("x1", "x2")));
        p.param(Params.string("required_note"));
        p.step(train.with(count, epochs).with(rate, lr).with(dry, dryRun).with(optimizer, opt)
                .with(features, cols).with(weights, w));
        p.step(train.with(count, 3).with(rate, 0.5).with(dry, true).with(optimizer, Optimizer.SGD)
                .with(features, List.of("a", "b")).with(weights, Map.of("only", 1.0)).with(seed, 42L).named("literals"));
        check("param-types", p.build());
    }

    @Test
    void explicitOrderAndFanIn() throws Exception {
        Pipeline.Builder p = Pipeline.builder("fan-in");
        Step a = p.step(ECHO.with(TEXT, "a").named("a"));
        Step b = p.step(ECHO.with(TEXT, "b").named("b"));
        Step c = p.step(ECHO.with(TEXT, a.output(ECHOED)).named("c").after(b));
        p.step(ECHO.with(TEXT, c.output(ECHOED)).named("join").after(a, b));
        p.step(ECHO.with(TEXT, "late").named("late").after("join"));
        check("fan-in", p.build());
    }

    @Test
    void oneTemplatePerComponentHoweverManySteps() throws Exception {
        Pipeline.Builder p = Pipeline.builder("shared");
        Step previous = p.step(ECHO.with(TEXT, "0").named("step-0"));
        for (int i = 1; i < 5; i++) {
            previous = p.step(ECHO.with(TEXT, previous.output(ECHOED)).named("step-" + i));
        }
        check("shared", p.build());
    }

    @Test
    void workflowTemplateKind() throws Exception {
        Pipeline.Builder p = Pipeline.builder("stored");
        p.param(Params.string("who"));
        p.step(ECHO.call().withValue("text", p.build().params().get(0)));
        check("workflow-template", p.build(), CompileOptions.DEFAULTS.withKind(CompileOptions.Kind.WORKFLOW_TEMPLATE));
    }

    @Test
    void textWithQuotesNewlinesYamlSpecialsAndNonAsciiSurvivesExactly() throws Exception {
        String tricky = "it's \"quoted\"\nsecond line: yes # not a comment\n$HOME & {braces} } } ünïcødé ✓\ttab";
        Pipeline.Builder p = Pipeline.builder("tricky-text").description("Descriptions: with colons, # and 'quotes'");
        Param<String> text = p.param(Params.string("text").withDefault(tricky));
        p.step(ECHO.with(TEXT, text).named("from-param"));
        p.step(ECHO.with(TEXT, tricky).named("from-literal"));
        p.step(ECHO.with(TEXT, "yes").named("yaml-boolean"));
        p.step(ECHO.with(TEXT, "1.0").named("yaml-number"));
        Pipeline pipeline = p.build();
        check("tricky-text", pipeline);

        Workflow back = ArgoYaml.read(PipelineCompiler.compile(pipeline).yaml(), Workflow.class);
        assertThat(back.spec().arguments().parameters().get(0).value()).isEqualTo(tricky);
        assertThat(back.spec().templates().get(0).dag().tasks().get(1).arguments().parameters().get(0).value())
                .isEqualTo(tricky);
        assertThat(back.spec().templates().get(0).dag().tasks().get(2).arguments().parameters().get(0).value())
                .isEqualTo("yes");
    }

    @Test
    void workflowTemplatesAreNamedNotGenerated() throws Exception {
        Pipeline.Builder p = Pipeline.builder("Stored Pipeline");
        p.step(ECHO.with(TEXT, "x"));
        WorkflowTemplate t = (WorkflowTemplate) PipelineCompiler.compile(p.build(),
                CompileOptions.DEFAULTS.withKind(CompileOptions.Kind.WORKFLOW_TEMPLATE)).resource();
        assertThat(t.metadata().getName()).isEqualTo("stored-pipeline");
        assertThat(t.metadata().getGenerateName()).isNull();
    }
}

package dev.kfj.compiler.flow;

import static dev.kfj.compiler.flow.Flows.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.ArgoObject;
import dev.kfj.argo.CronWorkflow;
import dev.kfj.argo.DAGTask;
import dev.kfj.argo.Template;
import dev.kfj.argo.Workflow;
import dev.kfj.argo.WorkflowSpec;
import dev.kfj.argo.WorkflowTemplate;
import dev.kfj.argo.testing.ArgoSchema;
import dev.kfj.compiler.CompileOptions;
import dev.kfj.compiler.CompiledPipeline;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Cond;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Mount;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Params;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.Retry;
import dev.kfj.dsl.Schedule;
import dev.kfj.dsl.Settings;
import dev.kfj.dsl.Step;
import dev.kfj.dsl.Trigger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each test expresses one of Argo's example workflows (named in the test) as a kfj pipeline and
 * checks that the compiled workflow has the example's structure: the same kinds of tasks, the
 * same dependency, loop, condition, hook and settings fields.
 */
class ArgoExamplesTest {
    static final Input<String> IMAGE = Input.string("image");
    static final Input<String> TAG = Input.string("tag");
    static final Component CAT_OS_RELEASE = Component.container("cat-os-release").image("alpine:3.20")
            .inputs(IMAGE, TAG).command("cat").args("/etc/os-release").build();

    private static WorkflowSpec spec(Pipeline pipeline) {
        CompiledPipeline compiled = compile(pipeline, CompileOptions.DEFAULTS);
        ArgoSchema.assertValid(compiled.yaml());
        return ((Workflow) compiled.resource()).spec();
    }

    private static Map<String, Template> templates(WorkflowSpec spec) {
        return spec.templates().stream().collect(Collectors.toMap(Template::name, t -> t));
    }

    private static Map<String, DAGTask> tasks(Template dag) {
        return dag.dag().tasks().stream().collect(Collectors.toMap(DAGTask::name, t -> t));
    }

    @Test
    void conditionalsUsesAnExpressionTagWithIndexedHyphenatedNames() {
        Pipeline.Builder p = Pipeline.builder("conditional");
        Param<Boolean> shouldPrint = p.param(Params.bool("should-print").withDefault(true));
        p.when(Cond.isTrue(shouldPrint), s -> s.step("print-hello", ECHO.with(TEXT, "hello")));
        DAGTask when = spec(p.build()).templates().get(0).dag().tasks().get(0);
        assertThat(when.when()).isEqualTo("{{=workflow.parameters['should-print'] == 'true'}}");
    }

    @Test
    void loopsMapsPassesItemFields() {
        Pipeline.Builder p = Pipeline.builder("loops-maps");
        p.loop(List.of(Map.of("image", "debian", "tag", "9.1"), Map.of("image", "alpine", "tag", "3.6")))
                .forEach((s, item) -> s.step("test-linux", CAT_OS_RELEASE.with(IMAGE, item.field("image", String.class))
                        .with(TAG, item.field("tag", String.class))));
        DAGTask loop = spec(p.build()).templates().get(0).dag().tasks().get(0);
        assertThat(loop.withItems()).hasSize(2);
        assertThat(loop.arguments().parameters()).extracting(a -> a.value()).containsExactly("{{item.image}}", "{{item.tag}}");
    }

    @Test
    void loopsParamResultLoopsOverAStepOutput() {
        Pipeline.Builder p = Pipeline.builder("loops-param-result");
        Step generate = p.step(GENERATE.call());
        p.loop(generate.output(LIST)).forEach((s, n) -> s.step("sleep", SQUARE_IT.with(N, n)));
        DAGTask loop = spec(p.build()).templates().get(0).dag().tasks().get(1);
        assertThat(loop.withParam()).isEqualTo("{{tasks.generate.outputs.parameters.numbers}}");
        assertThat(loop.depends()).isEqualTo("generate");
    }

    @Test
    void parameterAggregationDagReadsTheLoopsAggregatedParameters() {
        Pipeline.Builder p = Pipeline.builder("parameter-aggregation");
        var squares = p.loop(List.of(1, 2, 3, 4)).collect((s, n) -> s.step("odd-or-even", SQUARE_IT.with(N, n)).output(SQUARE));
        p.step("print-nums", SUM.with(NUMBERS, squares));
        DAGTask print = tasks(spec(p.build()).templates().get(0)).get("print-nums");
        assertThat(print.depends()).isEqualTo("for-each-1");
        assertThat(print.arguments().parameters().get(0).value()).contains("tasks['for-each-1'].outputs.parameters");
    }

    @Test
    void dagDiamondDependsLikeTheExample() {
        Pipeline.Builder p = Pipeline.builder("dag-diamond");
        Step a = p.step("A", ECHO.with(TEXT, "A"));
        Step b = p.step("B", ECHO.with(TEXT, "B").after(a));
        Step c = p.step("C", ECHO.with(TEXT, "C").after(a));
        p.step("D", ECHO.with(TEXT, "D").after(b, c));
        Map<String, DAGTask> t = tasks(spec(p.build()).templates().get(0));
        assertThat(t.get("a").depends()).isNull();
        assertThat(t.get("b").depends()).isEqualTo("a");
        assertThat(t.get("c").depends()).isEqualTo("a");
        assertThat(t.get("d").depends()).isEqualTo("b && c");
    }

    @Test
    void dagEnhancedDependsAndDisabledFailFastTolerateAFailedBranch() {
        Pipeline.Builder p = Pipeline.builder("dag-enhanced-depends");
        Step a = p.step("A", ECHO.with(TEXT, "A"));
        Step c = p.step("C", ECHO.with(TEXT, "C").after(a).configure(Settings.none().retry(Retry.times(3))));
        p.step("should-execute-1", ECHO.with(TEXT, "x").after(c).trigger(Trigger.ALL_DONE));
        Template root = spec(p.build()).templates().get(0);
        assertThat(root.dag().failFast()).isFalse();
        assertThat(tasks(root).get("should-execute-1").depends()).isEqualTo("(c || c.Failed || c.Errored)");
    }

    @Test
    void exitHandlersRunAnOnExitTemplateWithTheWorkflowStatus() {
        Pipeline.Builder p = Pipeline.builder("exit-handlers");
        p.step("intentional-fail", ECHO.with(TEXT, "fail"));
        p.onExit(status -> ECHO.with(TEXT, status.phase()).named("send-email"));
        WorkflowSpec spec = spec(p.build());
        assertThat(spec.onExit()).isEqualTo("exit-handlers-on-exit");
        assertThat(templates(spec).get("exit-handlers-on-exit").dag().tasks().get(0).arguments().parameters().get(0).value())
                .isEqualTo("{{workflow.status}}");
    }

    @Test
    void exitHandlerDagLevelHooksTheGuardedTask() {
        Pipeline.Builder p = Pipeline.builder("exit-handler-dag-level");
        p.exitHandler(status -> ECHO.with(TEXT, "task cleanup").named("exit"), s -> s.step("A", ECHO.with(TEXT, "A")));
        DAGTask guarded = spec(p.build()).templates().get(0).dag().tasks().get(0);
        assertThat(guarded.hooks()).containsOnlyKeys("exit");
        assertThat(guarded.hooks().get("exit").template()).isEqualTo("echo");
    }

    @Test
    void retryBackoffAndTimeoutsSetTheTemplateAndWorkflowFields() {
        Pipeline.Builder p = Pipeline.builder("retry-backoff").timeout(Duration.ofSeconds(30));
        p.step(ECHO.with(TEXT, "x").configure(Settings.none()
                .retry(Retry.times(10).backoff(Duration.ofSeconds(1), 2, Duration.ofSeconds(5)).within(Duration.ofMinutes(1)))
                .templateField("activeDeadlineSeconds", 10)));
        WorkflowSpec spec = spec(p.build());
        assertThat(spec.activeDeadlineSeconds()).isEqualTo(30L);
        Template echo = templates(spec).get("echo");
        assertThat(echo.retryStrategy().limit().getIntVal()).isEqualTo(10);
        assertThat(echo.retryStrategy().backoff().duration()).isEqualTo("1s");
        assertThat(echo.retryStrategy().backoff().factor().getIntVal()).isEqualTo(2);
        assertThat(echo.retryStrategy().backoff().maxDuration()).isEqualTo("1m");
        assertThat(echo.retryStrategy().backoff().cap()).isEqualTo("5s");
        assertThat(echo.activeDeadlineSeconds().getIntVal()).isEqualTo(10);
    }

    @Test
    void volumesPvcAndExistingMountClaims() {
        Pipeline.Builder p = Pipeline.builder("volumes").volumeClaim("workdir", "1Gi", "ReadWriteOnce");
        Step generate = p.step("generate", ECHO.with(TEXT, "x").configure(Settings.none().mount(Mount.runClaim("workdir", "/mnt/vol"))));
        p.step("print", CAT_OS_RELEASE.with(IMAGE, "a").with(TAG, "b").after(generate)
                .configure(Settings.none().mount(Mount.claim("my-existing-volume", "/mnt/vol"))));
        WorkflowSpec spec = spec(p.build());
        assertThat(spec.volumeClaimTemplates()).extracting(c -> c.getMetadata().getName()).containsExactly("workdir");
        assertThat(templates(spec).get("echo").container().getVolumeMounts()).extracting(m -> m.getName()).containsExactly("workdir");
        assertThat(templates(spec).get("cat-os-release").volumes()).extracting(v -> v.getPersistentVolumeClaim().getClaimName())
                .containsExactly("my-existing-volume");
    }

    @Test
    void memoizeAndSynchronizationSetTheTemplateFields() {
        Pipeline.Builder p = Pipeline.builder("memoize-sync");
        p.step(SQUARE_IT.with(N, 2).configure(Settings.none().cache(Duration.ofSeconds(10), "cache-config")
                .mutex("welcome").semaphore("my-config", "template")));
        Template square = templates(spec(p.build())).get("square");
        assertThat(square.memoize().cache().configMap().getName()).isEqualTo("cache-config");
        assertThat(square.memoize().maxAge()).isEqualTo("10s");
        assertThat(square.memoize().key()).matches("square-\\{\\{=sprig\\.sha256sum\\(.*\\)\\}\\}");
        assertThat(square.synchronization().mutexes()).extracting(m -> m.name()).containsExactly("welcome");
        assertThat(square.synchronization().semaphores().get(0).configMapKeyRef().getName()).isEqualTo("my-config");
    }

    @Test
    void cronWorkflowAndWorkflowTemplatesHaveTheExamplesShape() {
        Pipeline.Builder p = Pipeline.builder("hello-world-with-time")
                .schedule(Schedule.cron("* * * * *").inZone("America/Los_Angeles").concurrency(Schedule.Concurrency.REPLACE));
        p.step(Component.templateRef("print", "workflow-template-print-message", "print-message").inputs(TEXT).build()
                .with(TEXT, "hello"));
        ArgoObject cron = compile(p.build(), CompileOptions.DEFAULTS.withKind(CompileOptions.Kind.CRON_WORKFLOW)).resource();
        CronWorkflow c = (CronWorkflow) cron;
        assertThat(c.spec().schedules()).containsExactly("* * * * *");
        assertThat(c.spec().timezone()).isEqualTo("America/Los_Angeles");
        assertThat(c.spec().concurrencyPolicy()).isEqualTo("Replace");
        assertThat(c.spec().workflowSpec().entrypoint()).isEqualTo("hello-world-with-time");
        WorkflowTemplate wt = (WorkflowTemplate) compile(p.build(),
                CompileOptions.DEFAULTS.withKind(CompileOptions.Kind.WORKFLOW_TEMPLATE)).resource();
        DAGTask ref = wt.spec().templates().get(0).dag().tasks().get(0);
        assertThat(ref.templateRef().name()).isEqualTo("workflow-template-print-message");
        assertThat(ref.templateRef().template()).isEqualTo("print-message");
    }
}

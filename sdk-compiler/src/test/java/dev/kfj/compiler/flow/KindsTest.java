package dev.kfj.compiler.flow;

import static dev.kfj.compiler.flow.Flows.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.ClusterWorkflowTemplate;
import dev.kfj.argo.CronWorkflow;
import dev.kfj.argo.DAGTask;
import dev.kfj.argo.WorkflowTemplate;
import dev.kfj.compiler.CompileOptions;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.Schedule;
import dev.kfj.dsl.Step;
import org.junit.jupiter.api.Test;

class KindsTest {
    static final Component SHARED_SQUARE = Component.templateRef("shared-square", "math-library", "square")
            .inputs(N).outputs(SQUARE).build();
    static final Component CLUSTER_ECHO = Component.templateRef("cluster-echo", "cluster-library", "echo")
            .clusterScope().inputs(TEXT).build();

    static Pipeline nightly() {
        Pipeline.Builder p = Pipeline.builder("nightly-training")
                .schedule(Schedule.cron("0 3 * * *", "0 15 * * 6").inZone("Europe/Paris")
                        .concurrency(Schedule.Concurrency.FORBID).startingDeadline(600));
        Step sq = p.step(SHARED_SQUARE.with(N, 3));
        p.step(CLUSTER_ECHO.with(TEXT, "done").after(sq));
        p.step(ECHO.with(TEXT, "local"));
        return p.build();
    }

    @Test
    void compilesACronWorkflow() {
        CronWorkflow cron = (CronWorkflow) golden("cron.yaml", nightly(),
                CompileOptions.DEFAULTS.withKind(CompileOptions.Kind.CRON_WORKFLOW)).resource();
        assertThat(cron.metadata().getName()).isEqualTo("nightly-training");
        assertThat(cron.spec().schedules()).containsExactly("0 3 * * *", "0 15 * * 6");
        assertThat(cron.spec().timezone()).isEqualTo("Europe/Paris");
        assertThat(cron.spec().concurrencyPolicy()).isEqualTo("Forbid");
        DAGTask sq = cron.spec().workflowSpec().templates().get(0).dag().tasks().get(0);
        assertThat(sq.template()).isNull();
        assertThat(sq.templateRef().name()).isEqualTo("math-library");
        assertThat(sq.templateRef().template()).isEqualTo("square");
        assertThat(cron.spec().workflowSpec().templates()).extracting(t -> t.name())
                .containsExactly("nightly-training", "echo");
    }

    @Test
    void compilesTemplateKinds() {
        WorkflowTemplate wt = (WorkflowTemplate) golden("workflow-template.yaml", nightly(),
                CompileOptions.DEFAULTS.withKind(CompileOptions.Kind.WORKFLOW_TEMPLATE)).resource();
        assertThat(wt.metadata().getName()).isEqualTo("nightly-training");
        ClusterWorkflowTemplate cwt = (ClusterWorkflowTemplate) golden("cluster-workflow-template.yaml", nightly(),
                CompileOptions.DEFAULTS.withKind(CompileOptions.Kind.CLUSTER_WORKFLOW_TEMPLATE)).resource();
        assertThat(cwt.kind()).isEqualTo("ClusterWorkflowTemplate");
        assertThat(cwt.spec().templates().get(0).dag().tasks().get(1).templateRef().clusterScope()).isTrue();
    }

    @Test
    void rejectsACronWorkflowWithoutSchedule() {
        Pipeline.Builder p = Pipeline.builder("unscheduled");
        p.step(ECHO.with(TEXT, "x"));
        try {
            dev.kfj.compiler.PipelineCompiler.compile(p.build(), CompileOptions.DEFAULTS.withKind(CompileOptions.Kind.CRON_WORKFLOW));
            throw new AssertionError("expected an error");
        } catch (dev.kfj.compiler.CompilationException e) {
            assertThat(e.errors()).extracting(d -> d.code().code()).containsExactly("KFJ-216");
        }
    }
}

package dev.kfj.compiler.flow;

import static dev.kfj.compiler.flow.Flows.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.DAGTask;
import dev.kfj.argo.Template;
import dev.kfj.argo.Workflow;
import dev.kfj.compiler.CompiledPipeline;
import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.Step;
import dev.kfj.dsl.Trigger;
import org.junit.jupiter.api.Test;

class ExitHandlersTest {
    static final Input<String> PHASE = Input.string("phase");
    static final Input<String> FAILURES = Input.string("failures").withDefault("[]");
    static final Component NOTIFY = Component.container("notify").image("alpine:3.20")
            .inputs(PHASE, FAILURES).command("sh", "-c")
            .args(Arg.concat("echo run ended: ", PHASE, " ", FAILURES)).build();

    static Pipeline exitHandlers() {
        Pipeline.Builder p = Pipeline.builder("exit-handlers");
        p.onExit(status -> NOTIFY.with(PHASE, status.phase()).with(FAILURES, status.failures()).named("report"));
        Step first = p.step("first", ECHO.with(TEXT, "before"));
        p.exitHandler(status -> NOTIFY.with(PHASE, status.phase()).named("cleanup"), s -> {
            Step train = s.step("train", EVALUATE.call());
            s.step("publish", ECHO.with(TEXT, train.output(SCORE).describe()).after(train).after(first));
        });
        Step after = p.step("after", ECHO.with(TEXT, "after").after("publish"));
        p.step("alert", ECHO.with(TEXT, "something failed").after(after).trigger(Trigger.ANY_FAILED));
        p.step("always", ECHO.with(TEXT, "done either way").after(after).trigger(Trigger.ALL_DONE));
        return p.build();
    }

    @Test
    void compilesPipelineWideAndScopedExitHandlersAndFailurePolicies() {
        CompiledPipeline compiled = golden("exit-handlers.yaml", exitHandlers());
        Workflow wf = (Workflow) compiled.resource();
        assertThat(wf.spec().onExit()).isEqualTo("exit-handlers-on-exit");
        Template root = wf.spec().templates().get(0);
        assertThat(root.dag().failFast()).isFalse();
        DAGTask guarded = root.dag().tasks().get(1);
        assertThat(guarded.name()).isEqualTo("exit-handler-1");
        assertThat(guarded.depends()).isEqualTo("first");
        assertThat(guarded.hooks().get("exit").template()).isEqualTo("notify");
        assertThat(guarded.hooks().get("exit").arguments().parameters().get(0).value())
                .isEqualTo("{{tasks.exit-handler-1.status}}");
        assertThat(root.dag().tasks().get(2).depends()).isEqualTo("exit-handler-1");
        assertThat(root.dag().tasks().get(3).depends()).isEqualTo("after.Failed || after.Errored");
        assertThat(root.dag().tasks().get(4).depends()).isEqualTo("(after || after.Failed || after.Errored)");
        Template onExit = wf.spec().templates().stream().filter(t -> t.name().equals("exit-handlers-on-exit")).findFirst().orElseThrow();
        assertThat(onExit.dag().tasks().get(0).arguments().parameters())
                .extracting(p -> p.value()).containsExactly("{{workflow.status}}", "{{workflow.failures}}");
    }

    @Test
    void rejectsFailuresInAScopedHandler() {
        Pipeline.Builder p = Pipeline.builder("bad");
        p.exitHandler(status -> NOTIFY.with(PHASE, status.phase()).with(FAILURES, status.failures()),
                s -> s.step(ECHO.with(TEXT, "x")));
        assertError(p.build(), "KFJ-211", "uses the run's failures outside its exit handler");
    }

    @Test
    void rejectsTheRunStatusInAnOrdinaryStep() {
        Pipeline.Builder p = Pipeline.builder("bad");
        Object[] leaked = new Object[1];
        p.onExit(status -> {
            leaked[0] = status.phase();
            return NOTIFY.with(PHASE, status.phase());
        });
        @SuppressWarnings("unchecked")
        dev.kfj.dsl.Ref<String> phase = (dev.kfj.dsl.Ref<String>) leaked[0];
        p.step("leak", ECHO.with(TEXT, phase));
        assertError(p.build(), "KFJ-211", "step 'leak' uses the run's status outside its exit handler");
    }
}

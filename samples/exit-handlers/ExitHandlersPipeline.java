package dev.kfj.samples.exithandlers;

import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.PipelineDefinition;
import dev.kfj.dsl.Step;
import dev.kfj.dsl.Trigger;

/**
 * Clean-up and alerts whatever happens: a pipeline-wide exit handler that reports the run's status
 * and failures, a handler scoped to the training steps, a step that runs only when training
 * failed, and one that runs either way.
 */
public final class ExitHandlersPipeline implements PipelineDefinition {
    static final Input<String> STATUS = Input.string("status");
    static final Input<String> FAILURES = Input.string("failures").withDefault("[]");
    static final Input<String> MESSAGE = Input.string("message");

    static final Component REPORT = Component.container("report").image("busybox:1.36")
            .inputs(STATUS, FAILURES).command("echo").args(Arg.concat("status=", STATUS, " failures=", FAILURES)).build();
    static final Component WORK = Component.container("work").image("busybox:1.36")
            .inputs(MESSAGE).command("sh", "-c").args(Arg.concat("echo ", MESSAGE)).build();

    @Override
    public Pipeline define() {
        Pipeline.Builder p = Pipeline.builder("exit-handlers").description("Exit handlers and failure policies.");
        p.onExit(status -> REPORT.with(STATUS, status.phase()).with(FAILURES, status.failures()).named("report-run"));
        Step prepare = p.step("prepare", WORK.with(MESSAGE, "preparing"));
        p.exitHandler(status -> REPORT.with(STATUS, status.phase()).named("release-gpus"), s -> {
            Step train = s.step("train", WORK.with(MESSAGE, "training").after(prepare));
            s.step("evaluate", WORK.with(MESSAGE, "evaluating").after(train));
        });
        p.step("alert", WORK.with(MESSAGE, "training failed").after("evaluate").trigger(Trigger.ANY_FAILED));
        p.step("summarize", WORK.with(MESSAGE, "done, one way or another").after("evaluate").trigger(Trigger.ALL_DONE));
        return p.build();
    }
}

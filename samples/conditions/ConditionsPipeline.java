package dev.kfj.samples.conditions;

import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Cond;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Params;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.PipelineDefinition;
import dev.kfj.dsl.Step;

/**
 * Branching on run-time values: a coin flip picks one of three branches (if / else if / else),
 * and a score decides, compared as a number with a threshold parameter, whether to publish.
 */
public final class ConditionsPipeline implements PipelineDefinition {
    static final Output<String> SIDE = Output.string("side").withDescription("heads or tails");
    static final Output<Double> SCORE = Output.number("score").withDescription("A score between 0 and 1");
    static final Input<String> MESSAGE = Input.string("message");

    static final Component FLIP = Component.container("flip-coin")
            .image("busybox:1.36")
            .outputs(SIDE)
            .command("sh", "-c")
            .args(Arg.concat("if [ $(($(od -An -N1 -tu1 /dev/urandom) % 2)) -eq 0 ]; then echo -n heads; else echo -n tails; fi > ", SIDE))
            .build();
    static final Component SCORE_IT = Component.container("score")
            .image("busybox:1.36")
            .outputs(SCORE)
            .command("sh", "-c")
            .args(Arg.concat("echo -n 0.93 > ", SCORE))
            .build();
    static final Component SAY = Component.container("say")
            .image("busybox:1.36")
            .inputs(MESSAGE)
            .command("echo")
            .args(MESSAGE)
            .build();

    @Override
    public Pipeline define() {
        Pipeline.Builder p = Pipeline.builder("conditions").description("If / else-if / else on step outputs and parameters.");
        Param<Double> threshold = p.param(Params.number("threshold").withDefault(0.9)
                .withDescription("Publish when the score is above this"));
        Step flip = p.step(FLIP.call());
        p.when(Cond.eq(flip.output(SIDE), "heads"), s -> s.step("heads", SAY.with(MESSAGE, "it was heads")))
                .orElseWhen(Cond.eq(flip.output(SIDE), "tails"), s -> s.step("tails", SAY.with(MESSAGE, "it was tails")))
                .orElse(s -> s.step("edge", SAY.with(MESSAGE, "it landed on its edge")));
        Step score = p.step(SCORE_IT.call());
        p.when(Cond.gt(score.output(SCORE), threshold), s -> s.step("publish", SAY.with(MESSAGE, "publishing")));
        return p.build();
    }
}

package dev.kfj.samples.nested;

import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Cond;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.PipelineComponent;
import dev.kfj.dsl.PipelineDefinition;
import dev.kfj.dsl.Step;

/**
 * Pipelines as steps: {@code tune} (a small pipeline with a typed input and output) runs twice
 * inside this one, and {@code halve-until-small} calls itself while its number is still large.
 */
public final class NestedPipeline implements PipelineDefinition {
    static final Input<Integer> X = Input.integer("x");
    static final Input<Integer> START = Input.integer("start").withDefault(100);
    static final Output<Integer> OUT = Output.integer("out");
    static final Output<Integer> BEST = Output.integer("best");

    static final Component DOUBLE = Component.container("double").image("busybox:1.36")
            .inputs(X).outputs(OUT).command("sh", "-c").args(Arg.concat("echo -n $((", X, " * 2)) > ", OUT)).build();
    static final Component HALVE = Component.container("halve").image("busybox:1.36")
            .inputs(X).outputs(OUT).command("sh", "-c").args(Arg.concat("echo -n $((", X, " / 2)) > ", OUT)).build();

    /** Doubles twice and declares the result as its output. */
    static Pipeline tune() {
        Pipeline.Builder p = Pipeline.builder("tune").description("Doubles a number twice.");
        Param<Integer> start = p.param(START);
        Step once = p.step("once", DOUBLE.with(X, start));
        Step twice = p.step("twice", DOUBLE.with(X, once.output(OUT)));
        p.output(BEST, twice.output(OUT));
        return p.build();
    }

    /** Halves its number and calls itself again while the result is above 10. */
    static Pipeline halveUntilSmall() {
        Pipeline.Builder p = Pipeline.builder("halve-until-small").description("Recursion under a condition.");
        Param<Integer> start = p.param(START);
        Step half = p.step("half", HALVE.with(X, start));
        p.when(Cond.gt(half.output(OUT), 10), s -> s.step("again", p.self().with(START, half.output(OUT))));
        return p.build();
    }

    @Override
    public Pipeline define() {
        PipelineComponent tune = Component.pipeline(tune());
        PipelineComponent halve = Component.pipeline(halveUntilSmall());
        Pipeline.Builder p = Pipeline.builder("nested").description("A pipeline used as a step, and one that recurses.");
        Step first = p.step("tune-small", tune.with(START, 3));
        Step second = p.step("tune-again", tune.with(START, first.output(BEST)));
        p.step("halve", halve.with(START, second.output(BEST)));
        return p.build();
    }
}

package dev.kfj.samples.diamond;

import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Params;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.PipelineDefinition;
import dev.kfj.dsl.Step;

/**
 * Fan-out and join: A feeds B and C, which run side by side; D waits for both and adds their
 * results. One template serves all four steps.
 */
public final class DiamondPipeline implements PipelineDefinition {
    static final Input<Integer> X = Input.integer("x").withDescription("First addend");
    static final Input<Integer> Y = Input.integer("y").withDefault(0).withDescription("Second addend");
    static final Output<Integer> SUM = Output.integer("sum").withDescription("x + y");

    static final Component ADD = Component.container("add")
            .description("Adds two whole numbers.")
            .image("busybox:1.36")
            .inputs(X, Y)
            .outputs(SUM)
            .command("sh", "-c")
            .args(Arg.concat("echo $((", X, " + ", Y, ")) | tee ", SUM))
            .build();

    @Override
    public Pipeline define() {
        Pipeline.Builder p = Pipeline.builder("diamond").description("A -> (B, C) -> D, passing numbers.");
        Param<Integer> start = p.param(Params.integer("start").withDefault(1).withDescription("The number A starts from"));

        Step a = p.step(ADD.with(X, start).with(Y, 1).named("a"));
        Step b = p.step(ADD.with(X, a.output(SUM)).with(Y, 10).named("b"));
        Step c = p.step(ADD.with(X, a.output(SUM)).with(Y, 100).named("c"));
        p.step(ADD.with(X, b.output(SUM)).with(Y, c.output(SUM)).named("d"));
        return p.build();
    }
}

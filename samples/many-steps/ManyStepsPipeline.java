package dev.kfj.samples.manysteps;

import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.PipelineDefinition;
import dev.kfj.dsl.Step;

/**
 * A pipeline of 450 steps, each adding one to its predecessor's result. Argo accepts at most 200
 * tasks in one DAG, so kfj splits the chain into nested DAG templates ({@code many-steps-part-N})
 * and threads each value across the parts.
 */
public final class ManyStepsPipeline implements PipelineDefinition {
    static final Input<Integer> X = Input.integer("x");
    static final Output<Integer> NEXT = Output.integer("next");

    static final Component INCREMENT = Component.container("increment").image("busybox:1.36")
            .inputs(X).outputs(NEXT).command("sh", "-c").args(Arg.concat("echo -n $((", X, " + 1)) > ", NEXT)).build();

    @Override
    public Pipeline define() {
        Pipeline.Builder p = Pipeline.builder("many-steps").description("450 steps in a chain, split into parts of at most 200.");
        Step previous = p.step("step-0", INCREMENT.with(X, 0));
        for (int i = 1; i < 450; i++) {
            previous = p.step("step-" + i, INCREMENT.with(X, previous.output(NEXT)));
        }
        return p.build();
    }
}

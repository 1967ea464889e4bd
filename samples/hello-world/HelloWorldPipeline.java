package dev.kfj.samples.hello;

import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Params;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.PipelineDefinition;

/** The smallest pipeline: one container step that greets whoever the run names. */
public final class HelloWorldPipeline implements PipelineDefinition {
    static final Input<String> WHO = Input.string("who").withDescription("Whom to greet");

    static final Component SAY_HELLO = Component.container("say-hello")
            .description("Prints a greeting.")
            .image("busybox:1.36")
            .inputs(WHO)
            .command("echo")
            .args(Arg.concat("Hello, ", WHO, "!"))
            .build();

    @Override
    public Pipeline define() {
        Pipeline.Builder p = Pipeline.builder("hello-world").description("Says hello from a container.");
        Param<String> who = p.param(Params.string("who").withDefault("world").withDescription("Whom to greet"));
        p.step(SAY_HELLO.with(WHO, who));
        return p.build();
    }
}

package dev.kfj.samples.loops;

import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Collected;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Params;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.PipelineDefinition;
import dev.kfj.dsl.Step;
import java.util.List;

/**
 * Loops: over a literal list of records with a parallelism limit, over a list parameter, and
 * map-reduce over a list a step produces, whose squares are collected into one list and summed.
 */
public final class LoopsPipeline implements PipelineDefinition {
    /** One training configuration; loops carry records as JSON objects. */
    public record Config(String name, double rate) {}

    static final Input<String> NAME = Input.string("name");
    static final Input<Double> RATE = Input.number("rate");
    static final Input<Integer> N = Input.integer("n");
    static final Input<List<Integer>> NUMBERS = Input.list("numbers", Integer.class);
    static final Output<Integer> SQUARE = Output.integer("square");
    static final Output<List<Integer>> SHARDS = Output.list("shards", Integer.class);

    static final Component TRAIN = Component.container("train").image("busybox:1.36")
            .inputs(NAME, RATE).command("echo").args(Arg.concat("training ", NAME, " at rate ", RATE)).build();
    static final Component SHARD = Component.container("shard").image("busybox:1.36")
            .outputs(SHARDS).command("sh", "-c").args(Arg.concat("echo -n '[1,2,3,4]' > ", SHARDS)).build();
    static final Component SQUARE_IT = Component.container("square").image("busybox:1.36")
            .inputs(N).outputs(SQUARE).command("sh", "-c").args(Arg.concat("echo -n $((", N, " * ", N, ")) > ", SQUARE)).build();
    static final Component SUM = Component.container("sum").image("python:3.12-slim")
            .inputs(NUMBERS).command("python", "-c", "import json, sys; print(sum(int(x) for x in json.loads(sys.argv[1])))")
            .args(NUMBERS).build();

    @Override
    public Pipeline define() {
        Pipeline.Builder p = Pipeline.builder("loops").description("Fan-out over lists, and fan-in of the results.");
        Param<List<Integer>> extra = p.param(Params.list("extra", Integer.class).withDefault(List.of(5, 6))
                .withDescription("More numbers to square"));
        p.loop(List.of(new Config("small", 0.1), new Config("large", 0.01))).parallelism(1).named("configs")
                .forEach((s, config) -> s.step("train", TRAIN.with(NAME, config.field("name", String.class))
                        .with(RATE, config.field("rate", Double.class))));
        p.loop(extra).forEach((s, n) -> s.step("square-extra", SQUARE_IT.with(N, n)));
        Step shard = p.step(SHARD.call());
        Collected<Integer> squares = p.loop(shard.output(SHARDS)).named("map")
                .collect((s, n) -> s.step("square-shard", SQUARE_IT.with(N, n)).output(SQUARE));
        p.step("reduce", SUM.with(NUMBERS, squares));
        return p.build();
    }
}

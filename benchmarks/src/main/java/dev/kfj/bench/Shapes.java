package dev.kfj.bench;

import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Params;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Pipelines of a given number of steps in the shapes the benchmarks measure. Each is built the
 * way a user writes one, through {@link Pipeline#builder(String)}, so building is part of the cost.
 *
 * <ul>
 *   <li>{@link Shape#CHAIN}: each step reads the output of the one before it.</li>
 *   <li>{@link Shape#FAN_OUT}: one source, {@code n - 2} workers reading it side by side, and one
 *       join that runs after all of them (fan-in by explicit ordering).</li>
 *   <li>{@link Shape#LAYERED}: layers of {@value #WIDTH} steps; each step adds two outputs of the
 *       layer above it.</li>
 *   <li>{@link Shape#LOOPS}: {@code n} loops, each over three literal items with one step in its
 *       body; the loops are independent.</li>
 * </ul>
 */
public final class Shapes {
    /** Steps per layer of {@link Shape#LAYERED}. */
    public static final int WIDTH = 10;

    static final Input<Integer> X = Input.integer("x");
    static final Input<Integer> Y = Input.integer("y").withDefault(0);
    static final Output<Integer> SUM = Output.integer("sum");

    static final Component ADD = Component.container("add")
            .image("busybox:1.36")
            .inputs(X, Y)
            .outputs(SUM)
            .command("sh", "-c")
            .args(Arg.concat("echo $((", X, " + ", Y, ")) | tee ", SUM))
            .build();

    static final Input<String> MESSAGE = Input.string("message");

    static final Component ECHO = Component.container("echo")
            .image("busybox:1.36")
            .inputs(MESSAGE)
            .command("echo")
            .args(MESSAGE)
            .build();

    /** The shapes measured. */
    public enum Shape {
        /** Each step reads the output of the one before it. */
        CHAIN,
        /** One source, many independent workers, one join after all of them. */
        FAN_OUT,
        /** Layers of {@link #WIDTH} steps, each reading two steps of the layer above. */
        LAYERED,
        /** Loops over three literal items, one step in each loop body. */
        LOOPS
    }

    private Shapes() {}

    /** A pipeline of {@code shape} with {@code steps} steps (at least 3). */
    public static Pipeline build(Shape shape, int steps) {
        return switch (shape) {
            case CHAIN -> chain(steps);
            case FAN_OUT -> fanOut(steps);
            case LAYERED -> layered(steps);
            case LOOPS -> loops(steps);
        };
    }

    static Pipeline chain(int steps) {
        Pipeline.Builder p = Pipeline.builder("chain-" + steps);
        Param<Integer> start = p.param(Params.integer("start").withDefault(1));
        Step previous = p.step(ADD.with(X, start).with(Y, 1).named("step-0"));
        for (int i = 1; i < steps; i++) {
            previous = p.step(ADD.with(X, previous.output(SUM)).with(Y, i).named("step-" + i));
        }
        return p.build();
    }

    static Pipeline fanOut(int steps) {
        Pipeline.Builder p = Pipeline.builder("fan-out-" + steps);
        Param<Integer> start = p.param(Params.integer("start").withDefault(1));
        Step source = p.step(ADD.with(X, start).named("source"));
        List<Step> workers = new ArrayList<>(steps - 2);
        for (int i = 0; i < steps - 2; i++) {
            workers.add(p.step(ADD.with(X, source.output(SUM)).with(Y, i).named("worker-" + i)));
        }
        p.step(ECHO.with(MESSAGE, "done").after(workers.toArray(Step[]::new)).named("join"));
        return p.build();
    }

    static Pipeline layered(int steps) {
        Pipeline.Builder p = Pipeline.builder("layered-" + steps);
        Param<Integer> start = p.param(Params.integer("start").withDefault(1));
        List<Step> above = new ArrayList<>(WIDTH);
        int made = 0;
        for (; made < Math.min(WIDTH, steps); made++) {
            above.add(p.step(ADD.with(X, start).with(Y, made).named("s-0-" + made)));
        }
        for (int layer = 1; made < steps; layer++) {
            List<Step> here = new ArrayList<>(WIDTH);
            for (int i = 0; i < WIDTH && made < steps; i++, made++) {
                Step left = above.get(i % above.size());
                Step right = above.get((i + 1) % above.size());
                here.add(p.step(ADD.with(X, left.output(SUM)).with(Y, right.output(SUM))
                        .named("s-" + layer + "-" + i)));
            }
            above = here;
        }
        return p.build();
    }

    static Pipeline loops(int steps) {
        Pipeline.Builder p = Pipeline.builder("loops-" + steps);
        List<Integer> items = List.of(1, 2, 3);
        for (int i = 0; i < steps; i++) {
            int y = i;
            p.loop(items).named("loop-" + i).forEach((s, item) -> s.step(ADD.with(X, item).with(Y, y).named("add-" + y)));
        }
        return p.build();
    }
}

package dev.kfj.dsl;

import java.util.Objects;

/**
 * Fan-in: the values one output took in every iteration of a loop, as one list. Make it with
 * {@link ForEach#collect} (the body returns the output to collect) or {@link Scope#collect(OutputRef)},
 * and use it outside the loop.
 *
 * <pre>{@code
 * Collected<Integer> squares = p.loop(List.of(1, 2, 3))
 *         .collect((s, n) -> s.step(SQUARE.with(X, n)).output(SQUARED));
 * p.step(SUM.with(VALUES, squares));
 * }</pre>
 *
 * <p>Only parameter outputs can be collected; the list keeps the order of the items.
 *
 * @param <T> the Java type of each value
 */
public final class Collected<T> implements Ref<java.util.List<T>> {
    private final OutputRef<T> output;

    Collected(OutputRef<T> output) {
        this.output = Objects.requireNonNull(output, "output");
    }

    /** The output collected. */
    public OutputRef<T> output() {
        return output;
    }

    @Override
    public String describe() {
        return "the values of " + output.describe() + " from every loop iteration";
    }

    @Override
    public String toString() {
        return describe();
    }
}

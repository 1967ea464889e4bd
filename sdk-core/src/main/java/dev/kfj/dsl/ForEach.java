package dev.kfj.dsl;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * A loop being set up by {@link Scope#loop}: set its options, then give its body with
 * {@link #forEach} (or {@link #collect} to fan the iterations' results back in).
 *
 * @param <T> the Java type of the items
 */
public final class ForEach<T> {
    private final Pipeline.Builder builder;
    private final Object items;
    private final DataType<?> itemType;
    private final String name;
    private final int parallelism;

    ForEach(Pipeline.Builder builder, Object items, DataType<?> itemType, String name, int parallelism) {
        this.builder = builder;
        this.items = items;
        this.itemType = itemType;
        this.name = name;
        this.parallelism = parallelism;
    }

    /** A copy that runs at most {@code n} iterations at once (default: no limit). */
    public ForEach<T> parallelism(int n) {
        if (n < 1) throw new IllegalArgumentException("parallelism must be at least 1, not " + n);
        return new ForEach<>(builder, items, itemType, name, n);
    }

    /** A copy with an explicit name for the loop's Argo task and template (default {@code for-each-N}). */
    public ForEach<T> named(String loopName) {
        return new ForEach<>(builder, items, itemType, Objects.requireNonNull(loopName, "loopName"), parallelism);
    }

    /** Adds the loop; {@code body} adds the steps of one iteration, given the scope and the item. */
    public Group forEach(BiConsumer<Scope, Item<T>> body) {
        return builder.loopGroup(items, itemType, name, parallelism, (scope, item) -> {
            @SuppressWarnings("unchecked")
            Item<T> typed = (Item<T>) item;
            body.accept(scope, typed);
            return null;
        });
    }

    /**
     * Adds the loop and collects, over all iterations, the output {@code body} returns: the
     * fan-in of a map step.
     */
    public <R> Collected<R> collect(BiFunction<Scope, Item<T>, OutputRef<R>> body) {
        Object[] result = new Object[1];
        builder.loopGroup(items, itemType, name, parallelism, (scope, item) -> {
            @SuppressWarnings("unchecked")
            Item<T> typed = (Item<T>) item;
            result[0] = body.apply(scope, typed);
            return null;
        });
        @SuppressWarnings("unchecked")
        OutputRef<R> output = (OutputRef<R>) Objects.requireNonNull(result[0], "the loop body must return an output");
        return new Collected<>(output);
    }
}

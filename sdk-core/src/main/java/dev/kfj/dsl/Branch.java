package dev.kfj.dsl;

import java.util.function.Consumer;

/**
 * The handle {@link Scope#when} returns, to add {@code else if} and {@code else} branches. Each
 * later branch runs only when every earlier condition is false.
 */
public final class Branch {
    private final Pipeline.Builder builder;
    private final Cond previous;
    private final Group group;

    Branch(Pipeline.Builder builder, Cond previous, Group group) {
        this.builder = builder;
        this.previous = previous;
        this.group = group;
    }

    /** Adds a branch that runs when every earlier condition is false and {@code condition} holds. */
    public Branch orElseWhen(Cond condition, Consumer<Scope> body) {
        return builder.branch(previous, condition, body);
    }

    /** Adds a branch that runs when every earlier condition is false. */
    public Group orElse(Consumer<Scope> body) {
        return builder.branch(previous, null, body).group();
    }

    /** The group of this branch. */
    public Group group() {
        return group;
    }
}

package dev.kfj.dsl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of steps that run together under one rule: a branch of a condition, the body of a loop, or
 * the steps an exit handler guards. Groups nest; the compiler turns each into an Argo DAG template
 * called by one task of the enclosing DAG.
 *
 * <p>Groups are made by {@link Scope#when}, {@link Scope#loop} and {@link Scope#exitHandler}.
 */
public final class Group {
    /** What a group does. */
    public enum Kind {
        /** Runs only when its condition holds. */
        CONDITION,
        /** Runs once per item of a list. */
        LOOP,
        /** Runs its steps, then a handler step whatever their outcome. */
        EXIT_HANDLER
    }

    private final Kind kind;
    private final String name;
    private final Group parent;
    private final SourceLocation location;
    private final Cond condition;
    private final List<?> literalItems;
    private final Ref<?> itemsRef;
    private final int parallelism;
    private final Object owner;
    private Call handler;

    Group(Kind kind, String name, Group parent, SourceLocation location, Cond condition,
          List<?> literalItems, Ref<?> itemsRef, int parallelism, Object owner) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = name;
        this.parent = parent;
        this.location = Objects.requireNonNull(location, "location");
        this.condition = condition;
        this.literalItems = literalItems == null ? null : List.copyOf(literalItems);
        this.itemsRef = itemsRef;
        this.parallelism = parallelism;
        this.owner = owner;
    }

    /** What the group does. */
    public Kind kind() {
        return kind;
    }

    /** The explicit name, if one was given; otherwise the compiler numbers groups by kind. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The enclosing group; empty at the top level of the pipeline. */
    public Optional<Group> parent() {
        return Optional.ofNullable(parent);
    }

    /** Where the group was opened. */
    public SourceLocation location() {
        return location;
    }

    /** For a condition group, the condition under which it runs (earlier branches negated). */
    public Optional<Cond> condition() {
        return Optional.ofNullable(condition);
    }

    /** For a loop over a list known when defining the pipeline, its items. */
    public Optional<List<?>> literalItems() {
        return Optional.ofNullable(literalItems);
    }

    /** For a loop over a run-time list, the list. */
    public Optional<Ref<?>> itemsRef() {
        return Optional.ofNullable(itemsRef);
    }

    /** For a loop, how many iterations may run at once; 0 means no limit. */
    public int parallelism() {
        return parallelism;
    }

    /** For an exit-handler group, the step that runs after the group whatever its outcome. */
    public Optional<Call> handler() {
        return Optional.ofNullable(handler);
    }

    void handler(Call call) {
        this.handler = call;
    }

    /** Whether this group was made through the pipeline builder identified by {@code owner}. */
    public boolean belongsTo(Object owner) {
        return this.owner == owner;
    }

    /** Whether {@code other} is this group or encloses it. */
    public boolean encloses(Group other) {
        for (Group g = other; g != null; g = g.parent) {
            if (g == this) return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase().replace('_', ' ') + (name == null ? "" : " '" + name + "'") + " at " + location;
    }
}

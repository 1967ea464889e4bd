package dev.kfj.dsl;

import java.util.Objects;

/**
 * A step of a pipeline: one {@link Call} of a component, applied by
 * {@link Pipeline.Builder#step(Call)}. Use its handle to wire its outputs into later steps.
 */
public final class Step {
    private final String name;
    private final Call call;
    private final SourceLocation location;
    private final Object owner;
    private final Group group;

    Step(String name, Call call, SourceLocation location, Object owner, Group group) {
        this.name = Objects.requireNonNull(name, "name");
        this.call = Objects.requireNonNull(call, "call");
        this.location = Objects.requireNonNull(location, "location");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.group = group;
    }

    /** The innermost condition, loop or exit-handler group the step is in; empty at the top level. */
    public java.util.Optional<Group> group() {
        return java.util.Optional.ofNullable(group);
    }

    /** The step's name as written by the user; its Argo task name is derived from it. */
    public String name() {
        return name;
    }

    /** The call this step applies. */
    public Call call() {
        return call;
    }

    /** The component this step runs. */
    public Component component() {
        return call.component();
    }

    /** Where the step was added to the pipeline. */
    public SourceLocation location() {
        return location;
    }

    /** A run-time reference to one of this step's outputs; javac keeps its type. */
    public <T> OutputRef<T> output(Output<T> output) {
        return new OutputRef<>(name, output.name(), output.type(), owner);
    }

    /** A run-time reference to the output with this name; its type is checked when compiling. */
    public OutputRef<?> output(String output) {
        return new OutputRef<>(name, output, null, owner);
    }

    Object owner() {
        return owner;
    }

    /** Whether this step was added through the pipeline builder identified by {@code owner}. */
    public boolean belongsTo(Object owner) {
        return this.owner == owner;
    }

    @Override
    public String toString() {
        return "step '" + name + "'";
    }
}

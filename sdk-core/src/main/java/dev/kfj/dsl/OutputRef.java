package dev.kfj.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * A reference to one output of one step, obtained from {@link Step#output(Output)} (typed) or
 * {@link Pipeline.Builder#ref(String, String)} (by name, possibly to a step declared later).
 *
 * @param <T> the Java type of the output
 */
public final class OutputRef<T> implements Ref<T> {
    private final String step;
    private final String output;
    private final DataType<T> type;
    private final Object owner;

    OutputRef(String step, String output, DataType<T> type, Object owner) {
        this.step = Objects.requireNonNull(step, "step");
        this.output = Objects.requireNonNull(output, "output");
        this.type = type;
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** The name of the producing step. */
    public String step() {
        return step;
    }

    /** The name of the output. */
    public String output() {
        return output;
    }

    /** The output's type when the reference was made from a typed {@link Output}. */
    public Optional<DataType<T>> declaredType() {
        return Optional.ofNullable(type);
    }

    /** Whether this reference was made within the pipeline builder identified by {@code owner}. */
    public boolean belongsTo(Object owner) {
        return this.owner == owner;
    }

    @Override
    public String describe() {
        return "output '" + output + "' of step '" + step + "'";
    }

    @Override
    public String toString() {
        return describe();
    }
}

package dev.kfj.dsl;

import java.util.Objects;

/**
 * A pipeline parameter as registered in a pipeline: the handle you pass to step inputs. Its
 * value is set when a run is submitted (or taken from the default).
 *
 * @param <T> the Java type of the parameter's value
 */
public final class Param<T> implements Ref<T> {
    private final ParamSpec<T> spec;
    private final SourceLocation location;
    private final Object owner;

    Param(ParamSpec<T> spec, SourceLocation location, Object owner) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.location = Objects.requireNonNull(location, "location");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** The declaration. */
    public ParamSpec<T> spec() {
        return spec;
    }

    /** The parameter's name. */
    public String name() {
        return spec.name();
    }

    /** The parameter's type. */
    public DataType<T> type() {
        return spec.type();
    }

    /** Where the parameter was registered. */
    public SourceLocation location() {
        return location;
    }

    /** Whether this parameter was registered with the pipeline builder identified by {@code owner}. */
    public boolean belongsTo(Object owner) {
        return this.owner == owner;
    }

    @Override
    public String describe() {
        return "parameter '" + name() + "'";
    }

    @Override
    public String toString() {
        return describe();
    }
}

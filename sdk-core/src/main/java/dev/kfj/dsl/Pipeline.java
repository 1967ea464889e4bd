package dev.kfj.dsl;

import dev.kfj.dsl.internal.Callers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A pipeline: a name, typed parameters and steps wired by data and explicit ordering. Build one
 * with {@link #builder(String)}; compile it with {@code kfj compile}.
 *
 * <p>A built pipeline is an immutable description; validation (names, cycles, types, limits)
 * happens when it is compiled, so that every problem is reported at once with its location.
 */
public final class Pipeline {
    private final String name;
    private final String description;
    private final List<Param<?>> params;
    private final List<Step> steps;
    private final SourceLocation location;
    private final Object owner;

    private Pipeline(Builder b) {
        this.name = b.name;
        this.description = b.description;
        this.params = List.copyOf(b.params);
        this.steps = List.copyOf(b.steps);
        this.location = b.location;
        this.owner = b;
    }

    /** Starts a pipeline; its Argo name is derived from {@code name}. */
    public static Builder builder(String name) {
        return new Builder(name, Callers.userCallSite());
    }

    /** The pipeline's name as written by the user. */
    public String name() {
        return name;
    }

    /** The description, or {@code ""}. */
    public String description() {
        return description;
    }

    /** The parameters, in registration order. */
    public List<Param<?>> params() {
        return params;
    }

    /** The steps, in registration order. */
    public List<Step> steps() {
        return steps;
    }

    /** Where the pipeline builder was created. */
    public SourceLocation location() {
        return location;
    }

    /** Whether {@code ref} was made within this pipeline's builder. */
    public boolean owns(Ref<?> ref) {
        if (ref instanceof Param<?> p) return p.belongsTo(owner);
        return ((OutputRef<?>) ref).belongsTo(owner);
    }

    /** Whether {@code after} names a step of this pipeline's builder (by-name dependencies always do). */
    public boolean owns(Call.After after) {
        return after.owner() == null || after.owner() == owner;
    }

    @Override
    public String toString() {
        return "pipeline '" + name + "'";
    }

    /** Collects parameters and steps; not thread-safe. */
    public static final class Builder {
        private final String name;
        private final SourceLocation location;
        private String description = "";
        private final List<Param<?>> params = new ArrayList<>();
        private final List<Step> steps = new ArrayList<>();

        private Builder(String name, SourceLocation location) {
            this.name = Objects.requireNonNull(name, "name");
            this.location = location;
        }

        /** Sets the description. */
        public Builder description(String text) {
            this.description = Objects.requireNonNull(text, "description");
            return this;
        }

        /** Registers a pipeline parameter and returns its handle. */
        public <T> Param<T> param(ParamSpec<T> spec) {
            Param<T> param = new Param<>(spec, Callers.userCallSite(), this);
            params.add(param);
            return param;
        }

        /** Adds a step applying {@code call}; its name is the call's explicit name or the component's. */
        public Step step(Call call) {
            String stepName = call.name().orElse(call.component().name());
            Step step = new Step(stepName, call, Callers.userCallSite(), this);
            steps.add(step);
            return step;
        }

        /** Adds a step named {@code name} applying {@code call}. */
        public Step step(String name, Call call) {
            Step step = new Step(name, call.named(name), Callers.userCallSite(), this);
            steps.add(step);
            return step;
        }

        /** A reference by name to an output of a step of this pipeline, which may be added later. */
        public OutputRef<?> ref(String step, String output) {
            return new OutputRef<>(step, output, null, this);
        }

        /** The pipeline as built so far. */
        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}

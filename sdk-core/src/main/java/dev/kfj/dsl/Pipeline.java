package dev.kfj.dsl;

import dev.kfj.dsl.internal.Callers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A pipeline: a name, typed parameters and steps wired by data and explicit ordering, possibly
 * inside conditions, loops and exit handlers. Build one with {@link #builder(String)}; compile it
 * with {@code kfj compile}.
 *
 * <p>A built pipeline is an immutable description; validation (names, cycles, types, limits)
 * happens when it is compiled, so that every problem is reported at once with its location.
 */
public final class Pipeline {
    private final String name;
    private final String description;
    private final List<Param<?>> params;
    private final List<Step> steps;
    private final List<Group> groups;
    private final List<Exported> outputs;
    private final Settings defaults;
    private final RunOptions options;
    private final Call exitHandler;
    private final SourceLocation exitLocation;
    private final SourceLocation location;
    private final Object owner;

    private Pipeline(Builder b) {
        this.name = b.name;
        this.description = b.description;
        this.params = List.copyOf(b.params);
        this.steps = List.copyOf(b.steps);
        this.groups = List.copyOf(b.groups);
        this.outputs = List.copyOf(b.outputs);
        this.defaults = b.defaults;
        this.options = b.options;
        this.exitHandler = b.exitHandler;
        this.exitLocation = b.exitLocation;
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

    /** The steps, in registration order, whatever group they are in. */
    public List<Step> steps() {
        return steps;
    }

    /** The condition, loop and exit-handler groups, in the order they were opened. */
    public List<Group> groups() {
        return groups;
    }

    /** The outputs the pipeline declares when used as a step of another, in order. */
    public List<Exported> outputs() {
        return outputs;
    }

    /** Whether {@code other} was built by the same builder as this pipeline (for recursion). */
    public boolean sameAs(Pipeline other) {
        return other.owner == owner;
    }

    /**
     * An output of a pipeline used as a step.
     *
     * @param output the declared output
     * @param value the value it takes
     * @param location where it was declared
     */
    public record Exported(Output<?> output, Ref<?> value, SourceLocation location) {
        /** Checks the parts. */
        public Exported {
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(location, "location");
        }
    }

    /** Settings every step starts from. */
    public Settings defaults() {
        return defaults;
    }

    /** Settings of the whole run. */
    public RunOptions options() {
        return options;
    }

    /** The step that runs after everything else, whatever the outcome, if one was set. */
    public Optional<Call> exitHandler() {
        return Optional.ofNullable(exitHandler);
    }

    /** Where the pipeline-wide exit handler was set. */
    public SourceLocation exitHandlerLocation() {
        return exitLocation == null ? location : exitLocation;
    }

    /** Where the pipeline builder was created. */
    public SourceLocation location() {
        return location;
    }

    /** Whether {@code ref} was made within this pipeline's builder. */
    public boolean owns(Ref<?> ref) {
        if (ref instanceof Param<?> p) return p.belongsTo(owner);
        if (ref instanceof OutputRef<?> o) return o.belongsTo(owner);
        if (ref instanceof Item<?> i) return i.loop().belongsTo(owner);
        if (ref instanceof Collected<?> c) return c.output().belongsTo(owner);
        RunValue v = (RunValue) ref;
        return v.group().map(g -> g.belongsTo(owner)).orElse(true);
    }

    /** Whether {@code after} names a step of this pipeline's builder (by-name dependencies always do). */
    public boolean owns(Call.After after) {
        return after.owner() == null || after.owner() == owner;
    }

    @Override
    public String toString() {
        return "pipeline '" + name + "'";
    }

    /** Collects parameters, steps and groups; not thread-safe. */
    public static final class Builder implements Scope {
        private final String name;
        private final SourceLocation location;
        private String description = "";
        private final List<Param<?>> params = new ArrayList<>();
        private final List<Step> steps = new ArrayList<>();
        private final List<Group> groups = new ArrayList<>();
        private final List<Exported> outputs = new ArrayList<>();
        private Settings defaults = Settings.none();
        private RunOptions options = RunOptions.NONE;
        private Call exitHandler;
        private SourceLocation exitLocation;
        private Group current;

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

        @Override
        public Step step(Call call) {
            String stepName = call.name().orElse(call.component().name());
            Step step = new Step(stepName, call, Callers.userCallSite(), this, current);
            steps.add(step);
            return step;
        }

        @Override
        public Step step(String name, Call call) {
            Step step = new Step(name, call.named(name), Callers.userCallSite(), this, current);
            steps.add(step);
            return step;
        }

        /**
         * Registers a parameter declared as an {@link Input} (its name, type and default): the way a
         * pipeline meant to be used as a step declares what its callers bind.
         */
        public <T> Param<T> param(Input<T> input) {
            ParamSpec<T> spec = Params.of(input.name(), input.type()).withDescription(input.description());
            if (input.defaultValue().isPresent()) spec = spec.withDefault(input.defaultValue().get());
            Param<T> param = new Param<>(spec, Callers.userCallSite(), this);
            params.add(param);
            return param;
        }

        /** Declares an output of this pipeline, for when it is used as a step of another (or of itself). */
        public <T> Builder output(Output<T> output, Ref<? extends T> value) {
            outputs.add(new Exported(output, value, Callers.userCallSite()));
            return this;
        }

        /** This pipeline as a component, to call itself recursively (under a condition). */
        public PipelineComponent self() {
            return PipelineComponent.self(this);
        }

        /** A reference by name to an output of a step of this pipeline, which may be added later. */
        public OutputRef<?> ref(String step, String output) {
            return new OutputRef<>(step, output, null, this);
        }

        @Override
        public Branch when(Cond condition, Consumer<Scope> body) {
            return branch(null, Objects.requireNonNull(condition, "condition"), body);
        }

        @Override
        public <T> ForEach<T> loop(List<T> items) {
            return new ForEach<>(this, List.copyOf(items), null, null, 0);
        }

        @Override
        public <T> ForEach<T> loop(Ref<? extends List<T>> items) {
            return new ForEach<>(this, Objects.requireNonNull(items, "items"), null, null, 0);
        }

        @Override
        public Group exitHandler(Function<RunStatus, Call> handler, Consumer<Scope> body) {
            Group group = open(Group.Kind.EXIT_HANDLER, null, null, null, null, 0);
            group.handler(Objects.requireNonNull(handler.apply(RunStatus.of(group)), "handler call"));
            inside(group, () -> body.accept(this));
            return group;
        }

        @Override
        public <T> Collected<T> collect(OutputRef<T> output) {
            return new Collected<>(output);
        }

        /**
         * Runs the step {@code handler} makes after the whole pipeline, whatever its outcome (Argo's
         * {@code onExit}); it may bind the run's status and failures, parameters and literals.
         */
        public Builder onExit(Function<RunStatus, Call> handler) {
            this.exitHandler = Objects.requireNonNull(handler.apply(RunStatus.ofRun()), "handler call");
            this.exitLocation = Callers.userCallSite();
            return this;
        }

        /** Settings every step starts from; a step's own settings win. */
        public Builder defaults(Settings settings) {
            this.defaults = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Fails the whole run when it has not finished within {@code timeout}. */
        public Builder timeout(Duration timeout) {
            options = options.with("timeout", timeout);
            return this;
        }

        /** Deletes the run this long after it finished. */
        public Builder ttl(Duration afterCompletion) {
            options = options.with("ttl", afterCompletion);
            return this;
        }

        /** Deletes pods per Argo's {@code podGC} strategy, e.g. {@code OnPodSuccess}. */
        public Builder podGc(String strategy) {
            options = options.with("podGc", strategy);
            return this;
        }

        /** Runs at most {@code pods} pods at once. */
        public Builder parallelism(int pods) {
            options = options.with("parallelism", pods);
            return this;
        }

        /** The service account of the run's pods. */
        public Builder serviceAccount(String name) {
            options = options.with("serviceAccount", name);
            return this;
        }

        /** A secret used to pull images. */
        public Builder imagePullSecret(String secret) {
            options = options.add("imagePullSecrets", secret);
            return this;
        }

        /** A volume claim each run creates; steps mount it with {@link Mount#runClaim}. */
        public Builder volumeClaim(String name, String size, String accessMode) {
            options = options.add("volumeClaims", new RunOptions.VolumeClaim(name, size, accessMode, ""));
            return this;
        }

        /** The run's priority in Argo's queues (higher first). */
        public Builder priority(int priority) {
            options = options.with("priority", priority);
            return this;
        }

        /** A mutex the whole run holds: at most one run with it at a time. */
        public Builder mutex(String name) {
            options = options.add("mutexes", name);
            return this;
        }

        /** A semaphore slot the whole run holds; the size is key {@code key} of config map {@code configMap}. */
        public Builder semaphore(String configMap, String key) {
            options = options.add("semaphores", configMap + "/" + key);
            return this;
        }

        /** Whether a failed step stops new steps from starting (default true). */
        public Builder failFast(boolean failFast) {
            options = options.with("failFast", failFast);
            return this;
        }

        /** A pod spec patch for every pod of the run. */
        public Builder podSpecPatch(String patch) {
            options = options.with("podSpecPatch", patch);
            return this;
        }

        /** The schedule used when compiling as a CronWorkflow. */
        public Builder schedule(Schedule schedule) {
            options = options.with("schedule", schedule);
            return this;
        }

        /** The pipeline as built so far. */
        public Pipeline build() {
            return new Pipeline(this);
        }

        Branch branch(Cond previous, Cond condition, Consumer<Scope> body) {
            Cond notBefore = previous == null ? null : Cond.not(previous);
            Cond effective = notBefore == null ? condition
                    : condition == null ? notBefore : Cond.and(notBefore, condition);
            Group group = open(Group.Kind.CONDITION, null, effective, null, null, 0);
            inside(group, () -> body.accept(this));
            Cond seen = previous == null ? condition
                    : condition == null ? previous : Cond.or(previous, condition);
            return new Branch(this, seen, group);
        }

        Group loopGroup(Object items, DataType<?> itemType, String loopName, int parallelism,
                        BiFunction<Scope, Item<?>, Void> body) {
            List<?> literal = items instanceof List<?> l ? l : null;
            Ref<?> ref = items instanceof Ref<?> r ? r : null;
            Group group = open(Group.Kind.LOOP, loopName, null, literal, ref, parallelism);
            Item<?> item = new Item<>(group, List.of(), itemType);
            inside(group, () -> body.apply(this, item));
            return group;
        }

        private Group open(Group.Kind kind, String groupName, Cond condition, List<?> literal, Ref<?> ref, int parallelism) {
            Group group = new Group(kind, groupName, current, Callers.userCallSite(), condition, literal, ref, parallelism, this);
            groups.add(group);
            return group;
        }

        private void inside(Group group, Runnable body) {
            Group outer = current;
            current = group;
            try {
                body.run();
            } finally {
                current = outer;
            }
        }
    }
}

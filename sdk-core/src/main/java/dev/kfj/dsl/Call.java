package dev.kfj.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An inert, immutable use of a component: which inputs get which values, which steps must finish
 * first, and an optional step name. Nothing happens until {@link Pipeline.Builder#step(Call)}
 * applies it.
 *
 * <pre>{@code
 * Step train = p.step(TRAIN.with(DATA, split.output(TRAIN_SET))
 *         .with(EPOCHS, epochs)
 *         .named("train"));
 * }</pre>
 */
public final class Call {
    private final Component component;
    private final String name;
    private final Map<String, Binding> bindings;
    private final List<After> after;
    private final Settings settings;
    private final Trigger trigger;

    /**
     * A dependency on another step that is not expressed by data.
     *
     * @param step the step's name
     * @param owner the pipeline builder the step handle came from, or null when named by text
     */
    public record After(String step, Object owner) {
        /** Checks the name. */
        public After {
            Objects.requireNonNull(step, "step");
        }
    }

    private Call(Component component, String name, Map<String, Binding> bindings, List<After> after,
                 Settings settings, Trigger trigger) {
        this.component = component;
        this.name = name;
        this.bindings = Collections.unmodifiableMap(bindings);
        this.after = List.copyOf(after);
        this.settings = settings;
        this.trigger = trigger;
    }

    /** A call of {@code component} with nothing bound. */
    public static Call of(Component component) {
        return new Call(Objects.requireNonNull(component, "component"), null, new LinkedHashMap<>(), List.of(),
                Settings.none(), Trigger.ALL_SUCCEEDED);
    }

    /** A copy with {@code input} bound to a run-time value. */
    public <T> Call with(Input<T> input, Ref<? extends T> value) {
        return bind(input.name(), new Binding.Reference(Objects.requireNonNull(value, "value")));
    }

    /** A copy with {@code input} bound to a literal value. */
    public <T> Call with(Input<T> input, T value) {
        return bind(input.name(), new Binding.Literal(Objects.requireNonNull(value, "value")));
    }

    /**
     * A copy with the input named {@code input} bound to {@code value}, checked only when the
     * pipeline is compiled: for pipelines assembled from data rather than Java types. A
     * {@link Ref} binds a run-time value; anything else is a literal.
     */
    public Call withValue(String input, Object value) {
        Objects.requireNonNull(value, "value");
        return bind(input, value instanceof Ref<?> ref ? new Binding.Reference(ref) : new Binding.Literal(value));
    }

    /** A copy that runs only after these steps finish successfully. */
    public Call after(Step... steps) {
        List<After> all = new ArrayList<>(after);
        for (Step step : steps) {
            all.add(new After(step.name(), step.owner()));
        }
        return new Call(component, name, new LinkedHashMap<>(bindings), all, settings, trigger);
    }

    /** A copy that runs only after the steps with these names finish; they may be declared later. */
    public Call after(String... steps) {
        List<After> all = new ArrayList<>(after);
        for (String step : steps) {
            all.add(new After(step, null));
        }
        return new Call(component, name, new LinkedHashMap<>(bindings), all, settings, trigger);
    }

    /** A copy with an explicit step name (the default is the component's name). */
    public Call named(String stepName) {
        return new Call(component, Objects.requireNonNull(stepName, "stepName"), new LinkedHashMap<>(bindings), after,
                settings, trigger);
    }

    /**
     * A copy with these operational settings (retries, timeout, resources, ...) on top of those
     * already set; they also win over the pipeline's {@link Pipeline.Builder#defaults defaults}.
     */
    public Call configure(Settings more) {
        return new Call(component, name, new LinkedHashMap<>(bindings), after, settings.overriddenBy(more), trigger);
    }

    /** A copy that runs when its upstream steps end as {@code trigger} says; default {@link Trigger#ALL_SUCCEEDED}. */
    public Call trigger(Trigger when) {
        return new Call(component, name, new LinkedHashMap<>(bindings), after, settings, Objects.requireNonNull(when, "trigger"));
    }

    /** The step's own settings. */
    public Settings settings() {
        return settings;
    }

    /** When the step runs, given how its upstream steps ended. */
    public Trigger trigger() {
        return trigger;
    }

    /** The component called. */
    public Component component() {
        return component;
    }

    /** The explicit step name, if one was given. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The bound inputs by name, in binding order. */
    public Map<String, Binding> bindings() {
        return bindings;
    }

    /** The explicit dependencies, in order. */
    public List<After> after() {
        return after;
    }

    private Call bind(String input, Binding binding) {
        Map<String, Binding> copy = new LinkedHashMap<>(bindings);
        copy.put(Objects.requireNonNull(input, "input"), binding);
        return new Call(component, name, copy, after, settings, trigger);
    }
}

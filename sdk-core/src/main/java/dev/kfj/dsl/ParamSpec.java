package dev.kfj.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The declaration of a pipeline parameter: its name, type, default, description and allowed
 * values. Make one with {@link Params}, refine it with the {@code with} methods, and register it
 * with {@link Pipeline.Builder#param(ParamSpec)}.
 *
 * <p>A parameter without a default is required when the pipeline is submitted.
 *
 * @param <T> the Java type of the parameter's value
 */
public final class ParamSpec<T> {
    private final String name;
    private final DataType<T> type;
    private final T defaultValue;
    private final String description;
    private final List<T> allowed;

    ParamSpec(String name, DataType<T> type, T defaultValue, String description, List<T> allowed) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        if (!type.isParameter()) {
            throw new IllegalArgumentException("pipeline parameter '" + name + "' cannot be an artifact (" + type + ")");
        }
        this.defaultValue = defaultValue;
        this.description = Objects.requireNonNull(description, "description");
        this.allowed = Collections.unmodifiableList(new ArrayList<>(allowed));
    }

    /** A copy with this default value (the value used when the run does not set one). */
    public ParamSpec<T> withDefault(T value) {
        return new ParamSpec<>(name, type, Objects.requireNonNull(value, "default"), description, allowed);
    }

    /** A copy with this description, shown in Argo's UI and in {@code kfj} help. */
    public ParamSpec<T> withDescription(String text) {
        return new ParamSpec<>(name, type, defaultValue, text, allowed);
    }

    /** A copy that accepts only these values (Argo's {@code enum}). Enum parameters allow all their constants by default. */
    @SafeVarargs
    public final ParamSpec<T> withAllowed(T... values) {
        return new ParamSpec<>(name, type, defaultValue, description, List.of(values));
    }

    /** The parameter's name, as written in Argo ({@code [-a-zA-Z0-9_]+}). */
    public String name() {
        return name;
    }

    /** The parameter's type. */
    public DataType<T> type() {
        return type;
    }

    /** The default value, if any. */
    public Optional<T> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** The description, or {@code ""}. */
    public String description() {
        return description;
    }

    /** The allowed values, in declaration order; empty means any value of the type. */
    public List<T> allowed() {
        return allowed;
    }
}

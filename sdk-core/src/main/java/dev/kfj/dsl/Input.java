package dev.kfj.dsl;

import dev.kfj.dsl.artifact.Artifact;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed input of a component. A step must bind every input that has no default and is not
 * optional, either to a literal or to a {@link Ref} of a compatible type.
 *
 * <p>Inside a container component's command, args and env, an input stands for its value
 * (parameters) or for the local path where its file is placed (artifacts).
 *
 * @param <T> the Java type of the input
 */
public final class Input<T> {
    private final String name;
    private final DataType<T> type;
    private final T defaultValue;
    private final String description;
    private final boolean optional;

    private Input(String name, DataType<T> type, T defaultValue, String description, boolean optional) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = defaultValue;
        this.description = Objects.requireNonNull(description, "description");
        this.optional = optional;
    }

    /** An input of any type. */
    public static <T> Input<T> of(String name, DataType<T> type) {
        return new Input<>(name, type, null, "", false);
    }

    /** A text input. */
    public static Input<String> string(String name) {
        return of(name, DataType.STRING);
    }

    /** A 32-bit whole-number input. */
    public static Input<Integer> integer(String name) {
        return of(name, DataType.INT);
    }

    /** A floating-point input. */
    public static Input<Double> number(String name) {
        return of(name, DataType.DOUBLE);
    }

    /** A boolean input. */
    public static Input<Boolean> bool(String name) {
        return of(name, DataType.BOOLEAN);
    }

    /** A list input, carried as a JSON array. */
    public static <E> Input<List<E>> list(String name, Class<E> element) {
        return of(name, DataType.listOf(element));
    }

    /** A map input, carried as a JSON object. */
    public static <V> Input<Map<String, V>> map(String name, Class<V> value) {
        return of(name, DataType.mapOf(value));
    }

    /** An artifact input: a file or directory placed in the step's container. */
    public static <A extends Artifact> Input<A> artifact(String name, Class<A> type) {
        return of(name, DataType.artifact(type));
    }

    /** A copy with a default value, which makes the input optional to bind. */
    public Input<T> withDefault(T value) {
        if (type.isArtifact()) {
            throw new IllegalArgumentException("artifact input '" + name + "' cannot have a default value; use optional()");
        }
        return new Input<>(name, type, Objects.requireNonNull(value, "default"), description, optional);
    }

    /** A copy with a description. */
    public Input<T> withDescription(String text) {
        return new Input<>(name, type, defaultValue, text, optional);
    }

    /** A copy that steps need not bind; an unbound optional artifact is simply absent. */
    public Input<T> optional() {
        return new Input<>(name, type, defaultValue, description, true);
    }

    /** The input's name, as written in Argo ({@code [-a-zA-Z0-9_]+}). */
    public String name() {
        return name;
    }

    /** The input's type. */
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

    /** Whether a step may leave this input unbound. */
    public boolean isOptional() {
        return optional || defaultValue != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Input<?> other && name.equals(other.name) && type.equals(other.type)
                && Objects.equals(defaultValue, other.defaultValue) && description.equals(other.description)
                && optional == other.optional;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, defaultValue, description, optional);
    }

    @Override
    public String toString() {
        return "input '" + name + "' (" + type.describe() + ")";
    }
}

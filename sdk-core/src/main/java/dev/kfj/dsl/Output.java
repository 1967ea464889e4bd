package dev.kfj.dsl;

import dev.kfj.dsl.artifact.Artifact;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A typed output of a component. A parameter output is read from a file the step writes; an
 * artifact output is the file or directory the step writes. Inside a container component's
 * command, args and env, an output stands for the local path the step must write.
 *
 * @param name the output's name, as written in Argo ({@code [-a-zA-Z0-9_]+})
 * @param type the output's type
 * @param description a description, or {@code ""}
 * @param <T> the Java type of the output
 */
public record Output<T>(String name, DataType<T> type, String description) {
    /** Checks the parts. */
    public Output {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    /** An output of any type. */
    public static <T> Output<T> of(String name, DataType<T> type) {
        return new Output<>(name, type, "");
    }

    /** A text output. */
    public static Output<String> string(String name) {
        return of(name, DataType.STRING);
    }

    /** A 32-bit whole-number output. */
    public static Output<Integer> integer(String name) {
        return of(name, DataType.INT);
    }

    /** A floating-point output. */
    public static Output<Double> number(String name) {
        return of(name, DataType.DOUBLE);
    }

    /** A boolean output. */
    public static Output<Boolean> bool(String name) {
        return of(name, DataType.BOOLEAN);
    }

    /** A list output, written as a JSON array. */
    public static <E> Output<List<E>> list(String name, Class<E> element) {
        return of(name, DataType.listOf(element));
    }

    /** A map output, written as a JSON object. */
    public static <V> Output<Map<String, V>> map(String name, Class<V> value) {
        return of(name, DataType.mapOf(value));
    }

    /** An artifact output: a file or directory the step writes. */
    public static <A extends Artifact> Output<A> artifact(String name, Class<A> type) {
        return of(name, DataType.artifact(type));
    }

    /** A copy with a description. */
    public Output<T> withDescription(String text) {
        return new Output<>(name, type, text);
    }

    @Override
    public String toString() {
        return "output '" + name + "' (" + type.describe() + ")";
    }
}

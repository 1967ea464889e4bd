package dev.kfj.dsl;

import dev.kfj.dsl.artifact.Artifact;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The type of a value that flows through a pipeline: a parameter (text, numbers, booleans, enums,
 * lists and maps carried as JSON) or an artifact (a file or directory: {@code Dataset},
 * {@code Model}, {@code Metrics}, ... and user subtypes).
 *
 * <p>Parameters become Argo parameters; artifacts become Argo artifacts. Two types are compatible
 * when an output of the first may feed an input of the second, see {@link #accepts(DataType)}.
 *
 * @param kind what sort of value this is
 * @param javaType the Java class of values (for lists and maps, {@code List} or {@code Map})
 * @param elementType the element (list) or value (map) class; {@code Object.class} otherwise
 * @param <T> the Java type of values
 */
public record DataType<T>(Kind kind, Class<?> javaType, Class<?> elementType) {

    /** The sorts of values kfj carries. */
    public enum Kind {
        /** Text, passed as is. */
        STRING,
        /** A whole number ({@code Integer} or {@code Long}). */
        INTEGER,
        /** A floating-point number ({@code Double} or {@code Float}). */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** One constant of a Java enum, passed by name. */
        ENUM,
        /** A JSON array. */
        LIST,
        /** A JSON object. */
        MAP,
        /** A file or directory. */
        ARTIFACT
    }

    /** Text. */
    public static final DataType<String> STRING = new DataType<>(Kind.STRING, String.class, Object.class);
    /** A 32-bit whole number. */
    public static final DataType<Integer> INT = new DataType<>(Kind.INTEGER, Integer.class, Object.class);
    /** A 64-bit whole number. */
    public static final DataType<Long> LONG = new DataType<>(Kind.INTEGER, Long.class, Object.class);
    /** A double-precision number. */
    public static final DataType<Double> DOUBLE = new DataType<>(Kind.NUMBER, Double.class, Object.class);
    /** A boolean. */
    public static final DataType<Boolean> BOOLEAN = new DataType<>(Kind.BOOLEAN, Boolean.class, Object.class);

    /** Checks the parts fit together. */
    public DataType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(elementType, "elementType");
    }

    /**
     * The type for a Java class: {@code String}, boxed or primitive numbers and booleans, an enum,
     * or an {@link Artifact} subclass.
     *
     * @throws IllegalArgumentException for any other class (use {@link #listOf} or {@link #mapOf} for collections)
     */
    @SuppressWarnings("unchecked")
    public static <T> DataType<T> of(Class<T> type) {
        Class<?> t = box(type);
        if (t == String.class) return (DataType<T>) STRING;
        if (t == Integer.class || t == Short.class || t == Byte.class) return (DataType<T>) new DataType<>(Kind.INTEGER, t, Object.class);
        if (t == Long.class) return (DataType<T>) LONG;
        if (t == Double.class || t == Float.class) return (DataType<T>) new DataType<>(Kind.NUMBER, t, Object.class);
        if (t == Boolean.class) return (DataType<T>) BOOLEAN;
        if (t.isEnum()) return new DataType<>(Kind.ENUM, t, Object.class);
        if (Artifact.class.isAssignableFrom(t)) return new DataType<>(Kind.ARTIFACT, t, Object.class);
        if (List.class.isAssignableFrom(t)) return new DataType<>(Kind.LIST, List.class, Object.class);
        if (Map.class.isAssignableFrom(t)) return new DataType<>(Kind.MAP, Map.class, Object.class);
        throw new IllegalArgumentException("kfj cannot carry values of type " + type.getName()
                + ": use String, a number, Boolean, an enum, List, Map or an Artifact type");
    }

    /** A list of elements, carried as a JSON array. */
    @SuppressWarnings("unchecked")
    public static <E> DataType<List<E>> listOf(Class<E> element) {
        return (DataType<List<E>>) (DataType<?>) new DataType<>(Kind.LIST, List.class, box(element));
    }

    /** A map from text keys to values, carried as a JSON object. */
    @SuppressWarnings("unchecked")
    public static <V> DataType<Map<String, V>> mapOf(Class<V> value) {
        return (DataType<Map<String, V>>) (DataType<?>) new DataType<>(Kind.MAP, Map.class, box(value));
    }

    /** An artifact of the given class. */
    public static <A extends Artifact> DataType<A> artifact(Class<A> type) {
        return new DataType<>(Kind.ARTIFACT, type, Object.class);
    }

    /** Whether values of this type travel as Argo parameters (everything but artifacts). */
    public boolean isParameter() {
        return kind != Kind.ARTIFACT;
    }

    /** Whether values of this type travel as Argo artifacts. */
    public boolean isArtifact() {
        return kind == Kind.ARTIFACT;
    }

    /**
     * Whether an output of type {@code source} may feed an input of this type: the same kind, the
     * same enum, an artifact subclass, or lists and maps whose elements agree (an {@code Object}
     * element accepts any).
     */
    public boolean accepts(DataType<?> source) {
        if (source.kind != kind) return false;
        return switch (kind) {
            case ENUM -> javaType == source.javaType;
            case ARTIFACT -> javaType.isAssignableFrom(source.javaType);
            case LIST, MAP -> elementType == Object.class || source.elementType == Object.class
                    || elementType.isAssignableFrom(source.elementType);
            default -> true;
        };
    }

    /** The type as a Java programmer writes it: {@code String}, {@code List<Double>}, {@code Dataset}. */
    public String describe() {
        return switch (kind) {
            case LIST -> "List<" + elementType.getSimpleName() + ">";
            case MAP -> "Map<String, " + elementType.getSimpleName() + ">";
            default -> javaType.getSimpleName();
        };
    }

    /** Whether {@code value} is a legal value of this type. */
    public boolean isInstance(Object value) {
        if (value == null) return false;
        return switch (kind) {
            case INTEGER -> value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
            case NUMBER -> value instanceof Number;
            default -> box(javaType).isInstance(value);
        };
    }

    @Override
    public String toString() {
        return describe();
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) return type;
        if (type == int.class) return Integer.class;
        if (type == long.class) return Long.class;
        if (type == double.class) return Double.class;
        if (type == float.class) return Float.class;
        if (type == boolean.class) return Boolean.class;
        if (type == short.class) return Short.class;
        if (type == byte.class) return Byte.class;
        throw new IllegalArgumentException("kfj cannot carry values of type " + type);
    }
}

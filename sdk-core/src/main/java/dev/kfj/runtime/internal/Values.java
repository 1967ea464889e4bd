package dev.kfj.runtime.internal;

import dev.kfj.dsl.DataType;
import dev.kfj.dsl.artifact.Artifact;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/** Maps the Java types of step parameters and results to kfj's {@link DataType}s. */
public final class Values {
    private Values() {}

    /** The data type of a parameter or result declared as {@code type}. */
    public static DataType<?> typeOf(Type type) {
        if (type instanceof Class<?> c) {
            return DataType.of(c);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw) && args.length == 1) {
                return DataType.listOf(rawClass(args[0]));
            }
            if (Map.class.isAssignableFrom(raw) && args.length == 2) {
                return DataType.mapOf(rawClass(args[1]));
            }
            return DataType.of(raw);
        }
        throw new IllegalArgumentException("kfj cannot carry values of type " + type.getTypeName());
    }

    /**
     * {@code value} as an instance of {@code target} when both are numbers of different widths
     * (a decoded {@code Long} for an {@code int} parameter, say); anything else unchanged.
     */
    public static Object coerce(Object value, Class<?> target) {
        if (!(value instanceof Number n)) return value;
        if (target == int.class || target == Integer.class) return Math.toIntExact(n.longValue());
        if (target == long.class || target == Long.class) return n.longValue();
        if (target == double.class || target == Double.class) return n.doubleValue();
        if (target == float.class || target == Float.class) return n.floatValue();
        return value;
    }

    /** A new artifact object of {@code type} for {@code path}, through its public {@code (Path)} constructor. */
    public static Artifact newArtifact(Class<?> type, java.nio.file.Path path) throws ReflectiveOperationException {
        return (Artifact) type.getConstructor(java.nio.file.Path.class).newInstance(path);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) return c;
        return Object.class;
    }
}

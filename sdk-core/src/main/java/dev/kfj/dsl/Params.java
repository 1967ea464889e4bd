package dev.kfj.dsl;

import java.util.List;
import java.util.Map;

/**
 * Factories for pipeline parameter declarations.
 *
 * <pre>{@code
 * Param<Double> rate = p.param(Params.number("learning_rate").withDefault(0.01)
 *         .withDescription("Step size of the optimiser"));
 * }</pre>
 */
public final class Params {
    private Params() {}

    /** A text parameter. */
    public static ParamSpec<String> string(String name) {
        return of(name, DataType.STRING);
    }

    /** A 32-bit whole-number parameter. */
    public static ParamSpec<Integer> integer(String name) {
        return of(name, DataType.INT);
    }

    /** A 64-bit whole-number parameter. */
    public static ParamSpec<Long> longInteger(String name) {
        return of(name, DataType.LONG);
    }

    /** A floating-point parameter. */
    public static ParamSpec<Double> number(String name) {
        return of(name, DataType.DOUBLE);
    }

    /** A boolean parameter. */
    public static ParamSpec<Boolean> bool(String name) {
        return of(name, DataType.BOOLEAN);
    }

    /** An enum parameter; its allowed values are the enum's constants. */
    public static <E extends Enum<E>> ParamSpec<E> enumeration(String name, Class<E> type) {
        return new ParamSpec<>(name, DataType.of(type), null, "", List.of(type.getEnumConstants()));
    }

    /** A list parameter, carried as a JSON array. */
    public static <E> ParamSpec<List<E>> list(String name, Class<E> element) {
        return of(name, DataType.listOf(element));
    }

    /** A map parameter, carried as a JSON object. */
    public static <V> ParamSpec<Map<String, V>> map(String name, Class<V> value) {
        return of(name, DataType.mapOf(value));
    }

    /** A parameter of any parameter type. */
    public static <T> ParamSpec<T> of(String name, DataType<T> type) {
        return new ParamSpec<>(name, type, null, "", List.of());
    }
}

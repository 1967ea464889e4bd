package dev.kfj.argo.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Map normalisation for the Argo records: immutable, in a deterministic order. */
public final class Maps {

    private Maps() {}

    /**
     * Returns an immutable copy of {@code map} ({@code null} gives an empty map). Maps with a
     * defined order (such as {@link LinkedHashMap} or {@link java.util.SortedMap}) keep it; maps
     * whose order varies between runs ({@link HashMap}, {@code Map.of(...)}) are sorted by key, so
     * the written YAML never depends on hashing.
     */
    public static <V> Map<String, V> ordered(Map<String, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        boolean unordered = map instanceof HashMap && !(map instanceof LinkedHashMap)
                || map instanceof Hashtable
                || map.getClass().getName().startsWith("java.util.ImmutableCollections$")
                || map.getClass().getName().startsWith("java.util.concurrent.ConcurrentHashMap");
        Map<String, V> copy = unordered ? new TreeMap<>(map) : map;
        return Collections.unmodifiableMap(new LinkedHashMap<>(copy));
    }

    /**
     * Returns an immutable deep copy of a list of plain JSON values (strings, numbers, booleans,
     * maps with string keys, lists), with every map ordered as by {@link #ordered(Map)}.
     *
     * @throws IllegalArgumentException if an element is {@code null} or not a plain JSON value
     */
    public static List<Object> jsonList(List<?> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().map(Maps::json).toList();
    }

    @SuppressWarnings("unchecked")
    private static Object json(Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof List<?> list) {
            return jsonList(list);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ordered((Map<String, Object>) map).forEach((k, v) -> copy.put(k, json(v)));
            return Collections.unmodifiableMap(copy);
        }
        throw new IllegalArgumentException("not a plain JSON value: " + value);
    }
}

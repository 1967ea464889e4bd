package dev.kfj.compiler.internal;

import dev.kfj.dsl.internal.ValueCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Armors the strings inside JSON-like values (loop items) that Argo could not carry as written. */
final class Armor {
    private Armor() {}

    /** A copy of {@code value} with every string that needs it armored. */
    static Object apply(Object value) {
        if (value instanceof String s) return ValueCodec.armor(s);
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) out.add(apply(o));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, apply(v)));
            return out;
        }
        return value;
    }

    /** Whether any string inside {@code value} needs armor. */
    static boolean needed(Object value) {
        return first(value).isPresent();
    }

    /** The first string inside {@code value} that needs armor, or {@code ""}. */
    static String firstNeeding(Object value) {
        return first(value).orElse("");
    }

    private static Optional<String> first(Object value) {
        if (value instanceof String s) return ValueCodec.needsArmor(s) ? Optional.of(s) : Optional.empty();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                Optional<String> f = first(o);
                if (f.isPresent()) return f;
            }
        }
        if (value instanceof Map<?, ?> map) {
            for (Object o : map.values()) {
                Optional<String> f = first(o);
                if (f.isPresent()) return f;
            }
        }
        if (value instanceof Record r) return first(Armor.json(r));
        return Optional.empty();
    }

    private static Object json(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (var c : r.getClass().getRecordComponents()) {
            try {
                out.put(c.getName(), c.getAccessor().invoke(r));
            } catch (ReflectiveOperationException e) {
                return Map.of();
            }
        }
        return out;
    }
}

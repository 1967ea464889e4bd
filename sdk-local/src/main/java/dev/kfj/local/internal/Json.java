package dev.kfj.local.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON for values (parameters, items, aggregates) and for the run's records. */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {}

    /** Compact JSON of {@code value}. */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Indented JSON of {@code value}, for files people read. */
    public static String writePretty(Object value) {
        return PRETTY.writeValueAsString(value);
    }

    /** {@code json} as plain values: maps, lists, strings, longs, doubles, booleans or null. */
    public static Object parse(String json) {
        return normalise(MAPPER.readValue(json, Object.class));
    }

    /** {@code json} as a {@code type}. */
    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    /** Whether {@code text} is a JSON number, object, array or boolean (not a bare string). */
    public static Object parseOrString(String text) {
        String t = text.trim();
        if (t.isEmpty()) return text;
        char c = t.charAt(0);
        if (c == '{' || c == '[' || c == '-' || Character.isDigit(c) || t.equals("true") || t.equals("false")) {
            try {
                return parse(t);
            } catch (RuntimeException notJson) {
                return text;
            }
        }
        return text;
    }

    private static Object normalise(Object v) {
        if (v instanceof Integer i) return i.longValue();
        if (v instanceof java.math.BigInteger b) return b.longValue();
        if (v instanceof java.math.BigDecimal d) return d.doubleValue();
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(e -> out.add(normalise(e)));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, e) -> out.put(String.valueOf(k), normalise(e)));
            return out;
        }
        return v;
    }
}

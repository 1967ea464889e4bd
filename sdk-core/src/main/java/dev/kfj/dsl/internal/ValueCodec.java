package dev.kfj.dsl.internal;

import dev.kfj.dsl.DataType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text form of parameter values, the one contract between the compiler (which writes
 * defaults and literals into Argo YAML) and the step runtime (which reads them back): text as
 * is, numbers in plain decimal, booleans as {@code true}/{@code false}, enums by constant name,
 * lists and maps as compact JSON with map keys sorted. Text that Argo would not pass through
 * unchanged (it contains {@code {{}) travels armored, see {@link #armor}; {@link #decode} accepts
 * both forms.
 */
public final class ValueCodec {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /** The prefix of an armored value: the rest is the value's UTF-8 bytes in base64. */
    public static final String ARMOR_PREFIX = "kfj:b64:";

    private ValueCodec() {}

    /**
     * The form of {@code text} that passes through Argo unchanged: text containing {@code {{}
     * (which Argo would read as a template tag, with no escape) or starting with
     * {@link #ARMOR_PREFIX} becomes the prefix plus base64; any other text is returned as is.
     * {@link #unarmor} reverses it.
     */
    public static String armor(String text) {
        if (!needsArmor(text)) return text;
        return ARMOR_PREFIX + java.util.Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Whether {@link #armor} would change {@code text}. */
    public static boolean needsArmor(String text) {
        return text.contains("{{") || text.startsWith(ARMOR_PREFIX);
    }

    /** The text {@link #armor} was given; text without the prefix is returned as is. */
    public static String unarmor(String text) {
        if (!text.startsWith(ARMOR_PREFIX)) return text;
        byte[] bytes = java.util.Base64.getDecoder().decode(text.substring(ARMOR_PREFIX.length()));
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The text form of {@code value}, a legal value of a parameter type. */
    public static String encode(Object value) {
        if (value instanceof String s) return s;
        if (value instanceof Double d) return encodeDouble(d);
        if (value instanceof Float f) return encodeDouble(f.doubleValue());
        if (value instanceof Number || value instanceof Boolean) return String.valueOf(value);
        if (value instanceof Enum<?> e) return e.name();
        if (value instanceof List<?> || value instanceof Map<?, ?>) return JSON.writeValueAsString(value);
        throw new IllegalArgumentException("not a parameter value: " + value.getClass().getName());
    }

    /**
     * Reads the text form back as a value of {@code type}.
     *
     * @throws IllegalArgumentException when {@code text} is not a value of the type; the message
     *     says what was expected
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Object decode(String raw, DataType<?> type) {
        String text = unarmor(raw);
        try {
            return switch (type.kind()) {
                case STRING -> text;
                case INTEGER -> type.javaType() == Long.class
                        ? (Object) Long.parseLong(text.trim())
                        : (Object) Integer.parseInt(text.trim());
                case NUMBER -> type.javaType() == Float.class
                        ? (Object) Float.parseFloat(text.trim())
                        : (Object) Double.parseDouble(text.trim());
                case BOOLEAN -> parseBoolean(text.trim());
                case ENUM -> Enum.valueOf((Class<? extends Enum>) type.javaType(), text.trim());
                case LIST -> JSON.readValue(text, JSON.getTypeFactory().constructCollectionType(List.class, type.elementType()));
                case MAP -> JSON.readValue(text, JSON.getTypeFactory().constructMapType(Map.class, String.class, type.elementType()));
                case ARTIFACT -> throw new IllegalArgumentException("artifacts have no text form");
            };
        } catch (NumberFormatException | JacksonException e) {
            throw new IllegalArgumentException("expected " + type.describe() + " but got '" + abbreviate(text) + "'");
        }
    }

    private static String encodeDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
        String s = Double.toString(d);
        return s.indexOf('E') >= 0 ? BigDecimal.valueOf(d).toPlainString() : s;
    }

    private static Boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true")) return Boolean.TRUE;
        if (text.equalsIgnoreCase("false")) return Boolean.FALSE;
        throw new NumberFormatException(text);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}

package dev.kfj.client.internal;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** The JSON and YAML mappers of the client, configured once, and small tree helpers. */
public final class Json {
    /** Reads and writes request and response bodies. */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER, YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES, YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS,
                    YAMLWriteFeature.LITERAL_BLOCK_STYLE, YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private Json() {}

    /**
     * Reads one Kubernetes object from YAML or JSON text. A multi-document YAML file yields its
     * first non-empty document.
     *
     * @throws IllegalArgumentException when the text is not an object
     */
    public static ObjectNode readManifest(String text) {
        List<ObjectNode> all = readManifests(text);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no object found: the text is empty");
        }
        return all.get(0);
    }

    /**
     * Reads every Kubernetes object from YAML (documents separated by {@code ---}) or JSON text.
     *
     * @throws IllegalArgumentException when a document is not an object or does not parse
     */
    public static List<ObjectNode> readManifests(String text) {
        String trimmed = text.strip();
        try {
            if (trimmed.startsWith("{")) {
                return List.of(asObject(MAPPER.readTree(trimmed)));
            }
            List<ObjectNode> out = new java.util.ArrayList<>();
            try (var values = YAML.readValues(YAML.createParser(trimmed), JsonNode.class)) {
                while (values.hasNext()) {
                    JsonNode doc = values.next();
                    if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                        out.add(asObject(doc));
                    }
                }
            }
            return List.copyOf(out);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid YAML or JSON: " + firstLine(e.getOriginalMessage()));
        }
    }

    private static ObjectNode asObject(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("expected an object with apiVersion, kind and metadata, found "
                    + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return object;
    }

    /** Parses JSON text. */
    public static JsonNode parse(String text) {
        return MAPPER.readTree(text);
    }

    /** Compact JSON text. */
    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** Indented JSON text. */
    public static String pretty(JsonNode node) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    /** YAML text for people: no document marker, quotes only where a value would read as another type. */
    public static String yaml(JsonNode node) {
        return YAML.writeValueAsString(node);
    }

    /** A new empty object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The text of a scalar node; empty for missing, null and container nodes. */
    public static String str(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainer()) {
            return "";
        }
        return node.asString();
    }

    /** The first line of {@code text}, for one-line messages. */
    public static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}

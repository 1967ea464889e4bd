package dev.kfj.argo.yaml;

import dev.kfj.argo.ArgoObject;
import dev.kfj.argo.ClusterWorkflowTemplate;
import dev.kfj.argo.CronWorkflow;
import dev.kfj.argo.Workflow;
import dev.kfj.argo.WorkflowTemplate;
import dev.kfj.argo.yaml.internal.FastYamlWriter;
import dev.kfj.argo.yaml.internal.Mappers;
import dev.kfj.argo.yaml.internal.TreePruner;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one reader and writer of Argo YAML and JSON in kfj.
 *
 * <p>Writing is deterministic: the same value gives the same bytes. Keys follow the record
 * component order, which is Argo's conventional order ({@code apiVersion, kind, metadata, spec};
 * {@code name} first in templates and tasks; {@code templates} last in a spec); map entries keep
 * their insertion order. Fields that are {@code null}, empty lists or empty maps are left out;
 * empty strings are kept ({@code value: ""} differs from no value); empty objects are kept
 * ({@code emptyDir: {}}). Multi-line strings are literal blocks ({@code |}), lines never wrap,
 * and strings a YAML 1.1 reader would take for a boolean, null or number are quoted. A single
 * document has no {@code ---} marker and ends with a newline; {@link #writeAll(List)} separates
 * documents with {@code ---} lines.
 *
 * <p>Reading comes in two modes: {@code read*} is strict (unknown fields fail with
 * {@link ArgoFormatException#UNKNOWN_FIELD}; use it for kfj's own files), {@code read*Lenient}
 * ignores unknown Argo fields and keeps unknown Kubernetes fields (use it for server responses).
 * Every failure is an {@link ArgoFormatException} with a one-line, located message.
 *
 * <pre>{@code
 * String yaml = ArgoYaml.write(workflow);
 * Workflow back = ArgoYaml.read(yaml, Workflow.class);   // back.equals(workflow)
 * }</pre>
 */
public final class ArgoYaml {

    private ArgoYaml() {}

    /** @return {@code value} (an Argo record, fabric8 object, map or list) as one YAML document */
    public static String write(Object value) {
        JsonNode tree = tree(value);
        // The common shape is written directly; the result is the same bytes the mapper writes.
        return FastYamlWriter.write(tree).orElseGet(() -> Mappers.YAML_STRICT.writeValueAsString(tree));
    }

    /** @return the values as YAML documents separated by {@code ---} lines, in the given order */
    public static String writeAll(List<?> values) {
        StringBuilder out = new StringBuilder();
        for (Object value : values) {
            if (out.length() > 0) {
                out.append("---\n");
            }
            out.append(write(value));
        }
        return out.toString();
    }

    /** @return {@code value} as compact JSON, without a trailing newline */
    public static String toJson(Object value) {
        return Mappers.JSON_STRICT.writeValueAsString(tree(value));
    }

    /** @return {@code value} as indented JSON, without a trailing newline */
    public static String toPrettyJson(Object value) {
        return Mappers.JSON_STRICT.writerWithDefaultPrettyPrinter().writeValueAsString(tree(value));
    }

    /** @return {@code value} as a pruned JSON tree (no null or empty-list fields) */
    public static JsonNode tree(Object value) {
        return TreePruner.prune(Mappers.JSON_STRICT.valueToTree(value));
    }

    /**
     * Reads one YAML document strictly.
     *
     * @throws ArgoFormatException if the text is malformed or has a field Argo does not define
     */
    public static <T> T read(String yaml, Class<T> type) {
        return read(Mappers.YAML_STRICT, yaml, type);
    }

    /** Reads one YAML document, ignoring unknown fields. @throws ArgoFormatException if malformed */
    public static <T> T readLenient(String yaml, Class<T> type) {
        return read(Mappers.YAML_LENIENT, yaml, type);
    }

    /**
     * Reads one JSON document strictly.
     *
     * @throws ArgoFormatException if the text is malformed or has a field Argo does not define
     */
    public static <T> T readJson(String json, Class<T> type) {
        return read(Mappers.JSON_STRICT, json, type);
    }

    /** Reads one JSON document, ignoring unknown fields. @throws ArgoFormatException if malformed */
    public static <T> T readJsonLenient(String json, Class<T> type) {
        return read(Mappers.JSON_LENIENT, json, type);
    }

    /**
     * Reads every document of a (possibly multi-document) YAML text strictly, choosing the type from
     * each document's {@code kind}.
     *
     * @throws ArgoFormatException if a document is malformed or of a kind kfj does not read
     */
    public static List<ArgoObject> readAll(String yaml) {
        List<ArgoObject> result = new ArrayList<>();
        try (MappingIterator<JsonNode> docs =
                Mappers.YAML_STRICT.readerFor(JsonNode.class).readValues(yaml)) {
            while (docs.hasNextValue()) {
                TokenStreamLocation at = docs.currentLocation();
                JsonNode doc = docs.nextValue();
                if (doc == null || doc.isNull() || doc.isMissingNode()) {
                    continue;
                }
                String kind = doc.path("kind").asString("");
                Class<? extends ArgoObject> type =
                        switch (kind) {
                            case "Workflow" -> Workflow.class;
                            case "WorkflowTemplate" -> WorkflowTemplate.class;
                            case "ClusterWorkflowTemplate" -> ClusterWorkflowTemplate.class;
                            case "CronWorkflow" -> CronWorkflow.class;
                            default ->
                                throw new ArgoFormatException(
                                        ArgoFormatException.UNKNOWN_KIND,
                                        at == null ? 0 : at.getLineNr(),
                                        at == null ? 0 : at.getColumnNr(),
                                        "unsupported kind '" + kind + "'; expected Workflow, WorkflowTemplate,"
                                                + " ClusterWorkflowTemplate or CronWorkflow");
                        };
                result.add(Mappers.YAML_STRICT.treeToValue(doc, type));
            }
        } catch (JacksonException e) {
            throw translate(e);
        }
        return List.copyOf(result);
    }

    private static <T> T read(ObjectMapper mapper, String text, Class<T> type) {
        try {
            T value = mapper.readValue(text, type);
            if (value == null) {
                throw new ArgoFormatException(
                        ArgoFormatException.MALFORMED, 1, 1, "empty document; expected a " + type.getSimpleName());
            }
            return value;
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    private static ArgoFormatException translate(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        if (e instanceof UnrecognizedPropertyException u) {
            return new ArgoFormatException(
                    ArgoFormatException.UNKNOWN_FIELD,
                    line,
                    column,
                    "unknown field '" + u.getPropertyName() + "' at " + path(e) + " in "
                            + u.getReferringClass().getSimpleName());
        }
        String message = e.getOriginalMessage() == null
                ? e.getClass().getSimpleName()
                : e.getOriginalMessage().lines().findFirst().orElse("");
        return new ArgoFormatException(ArgoFormatException.MALFORMED, line, column, message + " (at " + path(e) + ")");
    }

    private static String path(JacksonException e) {
        StringBuilder out = new StringBuilder("$");
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                out.append('.').append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}

package dev.kfj.client.internal;

import dev.kfj.client.SubmitOptions;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Prepares Workflow objects for submission. */
public final class Manifests {
    /** The label that ties a created workflow to one submission, to find it after a lost answer. */
    public static final String SUBMISSION_LABEL = "kfj.dev/submission";

    private Manifests() {}

    /**
     * A copy of {@code workflow} ready to create in {@code namespace}: kind and apiVersion set,
     * naming, labels and parameter overrides of {@code options} applied.
     *
     * @throws IllegalArgumentException when the object is not a Workflow or has no name at all
     */
    public static ObjectNode prepareWorkflow(JsonNode workflow, String namespace, SubmitOptions options) {
        if (!(workflow instanceof ObjectNode)) {
            throw new IllegalArgumentException("a Workflow must be a JSON object");
        }
        ObjectNode wf = ((ObjectNode) workflow).deepCopy();
        String kind = Json.str(wf.path("kind"));
        if (!kind.isEmpty() && !kind.equals("Workflow")) {
            throw new IllegalArgumentException("expected kind Workflow, found " + kind
                    + (kind.equals("WorkflowTemplate") ? "; push it with 'kfj template push'"
                            : kind.equals("CronWorkflow") ? "; push it with 'kfj cron push'" : ""));
        }
        wf.put("apiVersion", "argoproj.io/v1alpha1");
        wf.put("kind", "Workflow");
        ObjectNode metadata = object(wf, "metadata");
        metadata.put("namespace", namespace);
        if (!options.name().isEmpty()) {
            metadata.put("name", options.name());
            metadata.remove("generateName");
        } else if (!options.generateName().isEmpty()) {
            metadata.put("generateName", options.generateName());
            metadata.remove("name");
        }
        if (Json.str(metadata.path("name")).isEmpty() && Json.str(metadata.path("generateName")).isEmpty()) {
            throw new IllegalArgumentException("the Workflow has neither metadata.name nor metadata.generateName");
        }
        if (!options.labels().isEmpty()) {
            ObjectNode labels = object(metadata, "labels");
            options.labels().forEach(labels::put);
        }
        if (!options.parameters().isEmpty()) {
            ObjectNode arguments = object(object(wf, "spec"), "arguments");
            JsonNode existing = arguments.get("parameters");
            ArrayNode parameters = existing instanceof ArrayNode array ? array : arguments.putArray("parameters");
            for (Map.Entry<String, String> override : options.parameters().entrySet()) {
                ObjectNode found = null;
                for (JsonNode parameter : parameters) {
                    if (parameter instanceof ObjectNode p && override.getKey().equals(Json.str(p.path("name")))) {
                        found = p;
                    }
                }
                if (found == null) {
                    found = parameters.addObject();
                    found.put("name", override.getKey());
                }
                found.remove("valueFrom");
                found.put("value", override.getValue());
            }
        }
        return wf;
    }

    /** The object at {@code field} of {@code parent}, created when missing. */
    public static ObjectNode object(ObjectNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(field);
    }

    /** {@code k=v,k=v} for a map, as the submit endpoint wants labels. */
    public static String joined(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> out.append(out.isEmpty() ? "" : ",").append(k).append('=').append(v));
        return out.toString();
    }
}

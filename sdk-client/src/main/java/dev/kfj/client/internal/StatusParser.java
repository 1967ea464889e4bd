package dev.kfj.client.internal;

import dev.kfj.client.NodeStatus;
import dev.kfj.client.Phase;
import dev.kfj.client.WorkflowStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads {@link WorkflowStatus} and {@link NodeStatus} leniently from Workflow objects. */
public final class StatusParser {
    private StatusParser() {}

    /** The status of a whole Workflow object; anything missing reads as empty. */
    public static WorkflowStatus workflow(JsonNode wf) {
        JsonNode metadata = wf.path("metadata");
        JsonNode status = wf.path("status");
        List<NodeStatus> nodes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : status.path("nodes").properties()) {
            nodes.add(node(entry.getKey(), entry.getValue()));
        }
        return new WorkflowStatus(
                Json.str(metadata.path("name")),
                Json.str(metadata.path("namespace")),
                Json.str(metadata.path("uid")),
                Json.str(metadata.path("resourceVersion")),
                strings(metadata.path("labels")),
                Phase.parse(Json.str(status.path("phase"))),
                Json.str(status.path("message")),
                time(status.path("startedAt")),
                time(status.path("finishedAt")),
                Json.str(status.path("progress")),
                nodes,
                parameters(status.path("outputs").path("parameters")),
                Json.str(wf.path("spec").path("shutdown")));
    }

    /** One node of {@code status.nodes}; {@code key} is its map key, used when {@code id} is absent. */
    public static NodeStatus node(String key, JsonNode node) {
        String id = Json.str(node.path("id"));
        String templateName = Json.str(node.path("templateRef").path("template"));
        if (templateName.isEmpty()) {
            templateName = Json.str(node.path("templateName"));
        }
        List<String> children = new ArrayList<>();
        for (JsonNode child : node.path("children")) {
            children.add(Json.str(child));
        }
        return new NodeStatus(
                id.isEmpty() ? key : id,
                Json.str(node.path("name")),
                Json.str(node.path("displayName")),
                Json.str(node.path("type")),
                templateName,
                Phase.parse(Json.str(node.path("phase"))),
                Json.str(node.path("boundaryID")),
                children,
                Json.str(node.path("message")),
                time(node.path("startedAt")),
                time(node.path("finishedAt")),
                parameters(node.path("outputs").path("parameters")));
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            out.put(entry.getKey(), Json.str(entry.getValue()));
        }
        return out;
    }

    private static Map<String, String> parameters(JsonNode list) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode parameter : list) {
            String name = Json.str(parameter.path("name"));
            if (!name.isEmpty()) {
                out.put(name, Json.str(parameter.path("value")));
            }
        }
        return out;
    }

    private static Instant time(JsonNode node) {
        String text = Json.str(node);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

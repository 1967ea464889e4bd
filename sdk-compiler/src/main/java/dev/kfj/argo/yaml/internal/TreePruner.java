package dev.kfj.argo.yaml.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Removes, recursively, object fields whose value is {@code null} or an empty array. Empty objects
 * stay: {@code emptyDir: {}} and {@code archive: {none: {}}} carry meaning.
 */
public final class TreePruner {

    private TreePruner() {}

    /** Prunes {@code node} in place and returns it. */
    public static JsonNode prune(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> drop = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                JsonNode v = prune(e.getValue());
                if (v.isNull() || v.isArray() && v.isEmpty()) {
                    drop.add(e.getKey());
                }
            }
            drop.forEach(object::remove);
        } else if (node instanceof ArrayNode array) {
            array.forEach(TreePruner::prune);
        }
        return node;
    }
}

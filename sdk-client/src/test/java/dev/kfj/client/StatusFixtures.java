package dev.kfj.client;

import java.util.List;
import java.util.Map;

/** Small statuses for tests. */
final class StatusFixtures {
    private StatusFixtures() {}

    static NodeStatus node(String name, String templateName) {
        return new NodeStatus("id", name, name, "Pod", templateName, Phase.RUNNING, "", List.of(), "", null, null, Map.of());
    }
}

package dev.kfj.client.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What happens to a workflow after it is created on a {@link FakeArgoServer}: a list of steps,
 * each one status change, applied one at a time while a client watches. Times come from a fake
 * clock that starts at {@link #EPOCH} and advances one second per step, so output is repeatable.
 */
public final class Script {
    /** The fake clock's start. */
    public static final Instant EPOCH = Instant.parse("2026-01-01T10:00:00Z");

    /** One step: changes the workflow at {@code now}; {@link #DELETE} removes it instead. */
    public interface Step extends BiConsumer<ObjectNode, Instant> {}

    /** The step that deletes the workflow. */
    public static final Step DELETE = (wf, now) -> {};

    /** A step in which nothing changes: the server sends a keepalive (SSE) or nothing (NDJSON). */
    public static final Step QUIET = (wf, now) -> {};

    private final List<Step> steps = new ArrayList<>();

    private Script() {}

    /** An empty script: the workflow never changes. */
    public static Script start() {
        return new Script();
    }

    /** The steps. */
    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** The workflow enters {@code phase} (Pending, Running, Succeeded, ...). */
    public Script phase(String phase) {
        steps.add((wf, now) -> {
            ObjectNode status = status(wf);
            status.put("phase", phase);
            if (!status.has("startedAt") || status.get("startedAt").isNull()) {
                status.put("startedAt", now.toString());
            }
            if (phase.equals("Succeeded") || phase.equals("Failed") || phase.equals("Error")) {
                status.put("finishedAt", now.toString());
            } else {
                status.putNull("finishedAt");
            }
            status.put("progress", progress(status));
        });
        return this;
    }

    /** The workflow ends in {@code phase} with {@code message}, in one change. */
    public Script finish(String phase, String message) {
        phase(phase);
        Step setPhase = steps.remove(steps.size() - 1);
        steps.add((wf, now) -> {
            status(wf).put("message", message);
            setPhase.accept(wf, now);
        });
        return this;
    }

    /** Step {@code displayName} (a Pod node in the root DAG) enters {@code phase}. */
    public Script node(String displayName, String phase) {
        return node(displayName, phase, "");
    }

    /** Step {@code displayName} enters {@code phase}, with an output parameter {@code out=value} if not empty. */
    public Script node(String displayName, String phase, String outputValue) {
        steps.add((wf, now) -> {
            String name = wf.path("metadata").path("name").asString();
            ObjectNode nodes = status(wf).has("nodes") ? (ObjectNode) status(wf).get("nodes") : status(wf).putObject("nodes");
            ObjectNode root = nodes.has(name) ? (ObjectNode) nodes.get(name) : nodes.putObject(name);
            root.put("id", name).put("name", name).put("displayName", name).put("type", "DAG")
                    .put("templateName", wf.path("spec").path("entrypoint").asString("main"))
                    .put("phase", "Running");
            if (!root.has("startedAt")) {
                root.put("startedAt", now.toString());
            }
            String id = name + "-" + displayName;
            ObjectNode node = nodes.has(id) ? (ObjectNode) nodes.get(id) : nodes.putObject(id);
            if (!node.has("id")) {
                root.withArray("children").add(id);
            }
            node.put("id", id).put("name", name + "." + displayName).put("displayName", displayName)
                    .put("type", "Pod").put("templateName", displayName).put("phase", phase)
                    .put("boundaryID", name);
            if (!node.has("startedAt")) {
                node.put("startedAt", now.toString());
            }
            if (phase.equals("Succeeded") || phase.equals("Failed") || phase.equals("Error")) {
                node.put("finishedAt", now.toString());
                if (!phase.equals("Succeeded")) {
                    node.put("message", phase.equals("Failed") ? "failed with exit code 1" : "pod deleted");
                }
            }
            if (!outputValue.isEmpty()) {
                node.putObject("outputs").putArray("parameters").addObject().put("name", "out").put("value", outputValue);
            }
            status(wf).put("progress", progress(status(wf)));
        });
        return this;
    }

    /** A moment in which nothing changes; the server keeps the stream alive meanwhile. */
    public Script quiet() {
        steps.add(QUIET);
        return this;
    }

    /** The workflow is deleted. */
    public Script delete() {
        steps.add(DELETE);
        return this;
    }

    /** Any change. */
    public Script step(Step step) {
        steps.add(step);
        return this;
    }

    private static ObjectNode status(ObjectNode wf) {
        JsonNode status = wf.get("status");
        return status instanceof ObjectNode object ? object : wf.putObject("status");
    }

    private static String progress(ObjectNode status) {
        int done = 0;
        int total = 0;
        for (JsonNode node : status.path("nodes")) {
            if (node.path("type").asString().equals("Pod")) {
                total++;
                String phase = node.path("phase").asString();
                if (phase.equals("Succeeded") || phase.equals("Failed") || phase.equals("Error")) {
                    done++;
                }
            }
        }
        return done + "/" + total;
    }
}

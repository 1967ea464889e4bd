package dev.kfj.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to submit a workflow: parameter overrides, extra labels, naming and dry runs.
 *
 * @param parameters values for {@code spec.arguments.parameters} by name, overriding the
 *     workflow's own; default none
 * @param labels labels added to the workflow's metadata; default none
 * @param name an explicit name; empty (the default) keeps the workflow's own name or
 *     {@code generateName}
 * @param generateName a name prefix for the server to complete; empty keeps the workflow's own
 * @param serverDryRun whether the server should validate and default the workflow without
 *     creating it; default false
 */
public record SubmitOptions(
        Map<String, String> parameters,
        Map<String, String> labels,
        String name,
        String generateName,
        boolean serverDryRun) {

    /** Copies the maps, keeping their order, and normalises absent names to empty. */
    public SubmitOptions {
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        labels = labels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        name = Objects.requireNonNullElse(name, "");
        generateName = Objects.requireNonNullElse(generateName, "");
    }

    /** No overrides, no extra labels, a real submission. */
    public static SubmitOptions defaults() {
        return new SubmitOptions(Map.of(), Map.of(), "", "", false);
    }

    /** A copy with one more parameter override. */
    public SubmitOptions withParameter(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(parameters);
        copy.put(key, value);
        return new SubmitOptions(copy, labels, name, generateName, serverDryRun);
    }

    /** A copy with one more label. */
    public SubmitOptions withLabel(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(labels);
        copy.put(key, value);
        return new SubmitOptions(parameters, copy, name, generateName, serverDryRun);
    }

    /** A copy with an explicit name. */
    public SubmitOptions withName(String value) {
        return new SubmitOptions(parameters, labels, value, generateName, serverDryRun);
    }

    /** A copy with a name prefix for the server to complete. */
    public SubmitOptions withGenerateName(String value) {
        return new SubmitOptions(parameters, labels, name, value, serverDryRun);
    }

    /** A copy that only validates on the server, or really submits. */
    public SubmitOptions withServerDryRun(boolean value) {
        return new SubmitOptions(parameters, labels, name, generateName, value);
    }
}

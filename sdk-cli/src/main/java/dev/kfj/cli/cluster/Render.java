package dev.kfj.cli.cluster;

import dev.kfj.client.NodeStatus;
import dev.kfj.client.NodeTransition;
import dev.kfj.client.WorkflowStatus;
import dev.kfj.client.internal.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** How cluster commands print runs, nodes and tables. */
final class Render {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private Render() {}

    /** One progress line: {@code 10:00:05  train            Succeeded  2s  message}. */
    static String transition(NodeTransition t) {
        NodeStatus node = t.node();
        StringBuilder line = new StringBuilder();
        line.append(t.at().map(CLOCK::format).orElse("--:--:--")).append("  ")
                .append(pad(node.displayName(), 24)).append(' ').append(pad(t.to().toString(), 10));
        if (t.to().completed()) {
            node.duration(Instant.EPOCH).filter(d -> node.finishedAt() != null)
                    .ifPresent(d -> line.append(' ').append(duration(d)));
        }
        if (!node.message().isEmpty() && t.to().completed()) {
            line.append("  ").append(node.message());
        }
        return line.toString().stripTrailing();
    }

    /** The summary after a run: phase, duration, progress, message, failed steps, outputs. */
    static List<String> summary(WorkflowStatus status) {
        List<String> lines = new ArrayList<>();
        StringBuilder head = new StringBuilder("Workflow ").append(status.name()).append(' ').append(status.phase());
        if (status.shutDown()) {
            head.append(status.shutdown().equals("Stop") ? " (stopped)" : " (terminated)");
        }
        status.duration(Instant.EPOCH).filter(d -> status.finishedAt() != null)
                .ifPresent(d -> head.append(" in ").append(duration(d)));
        if (!status.progress().isEmpty() && !status.progress().endsWith("/0")) {
            head.append(", progress ").append(status.progress());
        }
        lines.add(head.toString());
        if (!status.message().isEmpty()) {
            lines.add("  message: " + status.message());
        }
        for (NodeStatus node : status.nodes()) {
            if (node.isStep() && (node.phase() == dev.kfj.client.Phase.FAILED || node.phase() == dev.kfj.client.Phase.ERROR)) {
                lines.add("  " + node.phase().toString().toLowerCase(java.util.Locale.ROOT) + ": " + node.displayName()
                        + (node.message().isEmpty() ? "" : ": " + node.message()));
            }
        }
        List<String> outputs = new ArrayList<>();
        for (NodeStatus node : status.nodes()) {
            if (node.isStep()) {
                node.outputParameters().forEach((k, v) -> outputs.add("  " + node.displayName() + "." + k + " = " + oneLine(v)));
            }
        }
        status.outputParameters().forEach((k, v) -> outputs.add("  " + k + " = " + oneLine(v)));
        if (!outputs.isEmpty()) {
            lines.add("Outputs:");
            lines.addAll(outputs);
        }
        return lines;
    }

    /** The status for {@code kfj get}. */
    static List<String> details(WorkflowStatus status, boolean wide) {
        List<String> lines = new ArrayList<>();
        lines.add(pad("Name:", 12) + status.name());
        lines.add(pad("Namespace:", 12) + status.namespace());
        lines.add(pad("Phase:", 12) + status.phase() + (status.shutDown() ? " (" + status.shutdown() + ")" : ""));
        if (!status.message().isEmpty()) {
            lines.add(pad("Message:", 12) + status.message());
        }
        lines.add(pad("Started:", 12) + time(status.startedAt()));
        lines.add(pad("Finished:", 12) + time(status.finishedAt()));
        status.duration(Instant.EPOCH).filter(d -> status.finishedAt() != null)
                .ifPresent(d -> lines.add(pad("Duration:", 12) + duration(d)));
        if (!status.progress().isEmpty()) {
            lines.add(pad("Progress:", 12) + status.progress());
        }
        if (wide) {
            status.labels().forEach((k, v) -> lines.add(pad("Label:", 12) + k + "=" + v));
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(wide ? List.of("STEP", "TYPE", "PHASE", "DURATION", "ID", "MESSAGE") : List.of("STEP", "PHASE", "DURATION", "MESSAGE"));
        for (NodeStatus node : status.nodes()) {
            if (!wide && !node.isStep()) {
                continue;
            }
            String d = node.finishedAt() != null ? node.duration(Instant.EPOCH).map(Render::duration).orElse("") : "";
            rows.add(wide ? List.of(node.displayName(), node.type(), node.phase().toString(), d, node.id(), node.message())
                    : List.of(node.displayName(), node.phase().toString(), d, node.message()));
        }
        if (rows.size() > 1) {
            lines.add("");
            lines.addAll(table(rows));
        }
        return lines;
    }

    /** Rows aligned in columns, trailing blanks removed. */
    static List<String> table(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? row.get(i) : pad(row.get(i), widths[i] + 2));
            }
            out.add(line.toString().stripTrailing());
        }
        return out;
    }

    /** {@code json}, {@code yaml} or {@code name} output of an object; empty when the format is a table one. */
    /**
     * Prints a list of cluster objects as {@code format} asks: a JSON or YAML array, their names,
     * or a table of {@code header} and one {@code row} per object ({@code none} when empty).
     */
    static void objects(List<JsonNode> items, String format, String none, List<String> header,
                        java.util.function.Function<JsonNode, List<String>> row, java.io.PrintWriter out) {
        if (format.equals("json") || format.equals("yaml")) {
            var array = Json.MAPPER.createArrayNode();
            items.forEach(array::add);
            out.println(data(array, format).stripTrailing());
        } else if (format.equals("name")) {
            items.forEach(item -> out.println(Json.str(item.path("metadata").path("name"))));
        } else if (items.isEmpty()) {
            out.println(none);
        } else {
            List<List<String>> rows = new ArrayList<>();
            rows.add(header);
            items.forEach(item -> rows.add(row.apply(item)));
            table(rows).forEach(out::println);
        }
        out.flush();
    }

    static String data(JsonNode object, String format) {
        return switch (format) {
            case "json" -> Json.pretty(object);
            case "yaml" -> Json.yaml(object);
            case "name" -> Json.str(object.path("metadata").path("name"));
            default -> "";
        };
    }

    static String time(Instant instant) {
        return instant == null ? "-" : instant.toString();
    }

    static String duration(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + String.format("%02d", s % 60) + "s";
        }
        return (s / 3600) + "h" + String.format("%02d", (s % 3600) / 60) + "m";
    }

    static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }

    private static String oneLine(String value) {
        String line = value.replace("\n", "\\n");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}

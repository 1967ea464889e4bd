package dev.kfj.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results ({@code -rf json}) into the Markdown table of
 * {@code docs/performance.md}: time per pipeline and per step, bytes allocated per step, and how
 * time grows from 1,000 to 10,000 steps.
 *
 * <pre>{@code java -cp ... dev.kfj.bench.Report target/bench/jmh.json}</pre>
 */
public final class Report {
    private Report() {}

    /** One measured benchmark, shape and size. */
    record Row(String method, String shape, int steps, double millis, double error, double bytes) {}

    /** Prints the table for the JMH results file named by {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Report JMH_RESULTS.json");
            System.exit(2);
        }
        System.out.print(table(rows(Files.readString(Path.of(args[0])))));
    }

    static List<Row> rows(String json) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode result : JsonMapper.builder().build().readTree(json)) {
            String benchmark = result.path("benchmark").asString();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            JsonNode params = result.path("params");
            JsonNode primary = result.path("primaryMetric");
            double bytes = result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN);
            rows.add(new Row(method, params.path("shape").asString(), Integer.parseInt(params.path("steps").asString()),
                    primary.path("score").asDouble(), primary.path("scoreError").asDouble(Double.NaN), bytes));
        }
        return rows;
    }

    static String table(List<Row> rows) {
        Map<String, Row> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.put(r.method() + "/" + r.shape() + "/" + r.steps(), r));
        StringBuilder out = new StringBuilder();
        out.append("| benchmark | shape | steps | ms / pipeline | ± | µs / step | KiB allocated / step | ×time vs 10× fewer steps |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            Row smaller = byKey.get(r.method() + "/" + r.shape() + "/" + r.steps() / 10);
            String growth = smaller == null ? "" : format("%.1f", r.millis() / smaller.millis());
            out.append("| ").append(r.method())
                    .append(" | ").append(r.shape().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .append(" | ").append(format("%,d", r.steps()))
                    .append(" | ").append(format("%.3f", r.millis()))
                    .append(" | ").append(Double.isNaN(r.error()) ? "" : format("%.3f", r.error()))
                    .append(" | ").append(format("%.1f", r.millis() * 1000 / r.steps()))
                    .append(" | ").append(Double.isNaN(r.bytes()) ? "" : format("%.1f", r.bytes() / 1024 / r.steps()))
                    .append(" | ").append(growth).append(" |\n");
        }
        return out.toString();
    }

    private static String format(String pattern, Object value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}

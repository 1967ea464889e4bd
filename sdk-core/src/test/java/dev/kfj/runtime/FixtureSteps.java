package dev.kfj.runtime;

import dev.kfj.dsl.artifact.Dataset;
import dev.kfj.dsl.artifact.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Step methods the runtime tests call through {@link StepMain}. */
public final class FixtureSteps {
    private FixtureSteps() {}

    /** How to round. */
    public enum Rounding { UP, DOWN }

    /** Two outputs of {@link #summarize}. @param mean the mean @param model the written model */
    public record Summary(double mean, Model model) {}

    /** Scales numbers. */
    public static List<Double> scale(List<Double> values, double factor, Rounding rounding, String label) {
        return values.stream().map(v -> rounding == Rounding.UP ? Math.ceil(v * factor) : Math.floor(v * factor))
                .toList();
    }

    /** Counts the lines of a data set, returning an artifact with metadata. */
    public static Model countLines(Dataset data, Map<String, Integer> weights) {
        try {
            long lines = Files.readAllLines(data.path()).size();
            Path out = Files.createTempFile("model", ".txt");
            Files.writeString(out, "lines=" + lines + " weight=" + weights.get("a"));
            Model model = new Model(out);
            model.withMetadata("lines", lines).withMetadata("framework", "none");
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a record with a parameter and a directory artifact. */
    public static Summary summarize(List<Integer> values) {
        try {
            Path dir = Files.createTempDirectory("model");
            Files.writeString(dir.resolve("weights.txt"), values.toString());
            Files.createDirectories(dir.resolve("sub"));
            Files.writeString(dir.resolve("sub/info.txt"), "n=" + values.size());
            double mean = values.stream().mapToInt(Integer::intValue).average().orElse(0);
            return new Summary(mean, new Model(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns its text unchanged. */
    public static String echo(String text) {
        return text;
    }

    /** Does nothing visible. */
    public static void nothing(boolean flag) {}

    /** Adds whole numbers of both widths and a float. */
    public static long add(int a, long b, float c) {
        return a + b + (long) c;
    }

    /** Always fails. */
    public static int fail(String why) {
        throw new IllegalStateException(why + "\nsecond line");
    }
}

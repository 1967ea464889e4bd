package dev.kfj.local.internal;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Argo's duration strings: plain seconds ({@code "30"}) or Go durations ({@code "1m30s"}, {@code "500ms"}). */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

    private Durations() {}

    /** {@code text} as a duration; throws {@link IllegalArgumentException} naming it when malformed. */
    public static Duration parse(String text) {
        String t = text.trim();
        if (t.matches("\\d+(\\.\\d+)?")) return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
        Matcher m = PART.matcher(t);
        int at = 0;
        double nanos = 0;
        while (m.find() && m.start() == at) {
            double v = Double.parseDouble(m.group(1));
            nanos += v * switch (m.group(2)) {
                case "ns" -> 1d;
                case "us", "µs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                default -> 3600e9;
            };
            at = m.end();
        }
        if (at != t.length() || t.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (e.g. 30, 30s, 1m30s, 2h)");
        }
        return Duration.ofNanos((long) nanos);
    }
}

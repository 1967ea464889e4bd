package dev.kfj.compiler.internal;

import java.time.Duration;

/** Java durations as Go duration strings, the form Argo parses ({@code 1h30m}, {@code 45s}, {@code 500ms}). */
final class Durations {
    private Durations() {}

    static String go(Duration d) {
        long ms = d.toMillis();
        if (ms == 0) return "0s";
        StringBuilder out = new StringBuilder();
        long h = ms / 3_600_000;
        long m = ms / 60_000 % 60;
        long s = ms / 1000 % 60;
        long rest = ms % 1000;
        if (h > 0) out.append(h).append('h');
        if (m > 0) out.append(m).append('m');
        if (s > 0) out.append(s).append('s');
        if (rest > 0) out.append(rest).append("ms");
        return out.toString();
    }
}

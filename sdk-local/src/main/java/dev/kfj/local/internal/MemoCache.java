package dev.kfj.local.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Memoized step outputs, kept across runs under {@code <cache>/<cache name>/<key>/}: an
 * {@code entry.json} with the output parameters and the time it was saved, and the artifacts.
 * An entry appears in one rename, so a killed run never leaves half an entry.
 */
final class MemoCache {
    static final Pattern KEY = Pattern.compile("[a-zA-Z0-9][-a-zA-Z0-9]*");

    private final Path root;

    MemoCache(Path root) {
        this.root = root;
    }

    /** A saved entry. */
    record Entry(String savedAt, Map<String, String> parameters, Map<String, String> artifacts) {
    }

    Optional<Entry> find(String cacheName, String key, String maxAge) {
        Path dir = root.resolve(RunFiles.safe(cacheName)).resolve(key);
        Path file = dir.resolve("entry.json");
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            Entry e = Json.read(Files.readString(file), Entry.class);
            if (maxAge != null && !maxAge.isBlank()) {
                Duration age = Duration.between(Instant.parse(e.savedAt()), Instant.now());
                if (age.compareTo(Durations.parse(maxAge)) > 0) return Optional.empty();
            }
            Map<String, String> arts = new LinkedHashMap<>();
            e.artifacts().forEach((k, v) -> arts.put(k, dir.resolve(v).toString()));
            return Optional.of(new Entry(e.savedAt(), e.parameters(), arts));
        } catch (IOException | RuntimeException ex) {
            return Optional.empty();
        }
    }

    void save(String cacheName, String key, Map<String, String> parameters, Map<String, Path> artifacts) throws IOException {
        Path base = root.resolve(RunFiles.safe(cacheName));
        Files.createDirectories(base);
        Path tmp = Files.createTempDirectory(base, "." + key + "-");
        try {
            Map<String, String> arts = new LinkedHashMap<>();
            for (Map.Entry<String, Path> a : artifacts.entrySet()) {
                RunFiles.copy(a.getValue(), tmp.resolve("artifacts").resolve(a.getKey()));
                arts.put(a.getKey(), "artifacts/" + a.getKey());
            }
            Files.writeString(tmp.resolve("entry.json"), Json.writePretty(new Entry(Instant.now().toString(), parameters, arts)));
            RunFiles.move(tmp, base.resolve(key));
        } finally {
            RunFiles.delete(tmp);
        }
    }
}

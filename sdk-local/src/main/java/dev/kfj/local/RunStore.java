package dev.kfj.local;

import dev.kfj.local.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The local runs recorded in a runs directory, newest first. A run still marked running whose
 * process is gone was killed; it is reported as {@link Phase#STOPPED}.
 */
public final class RunStore {
    private final Path runs;

    private RunStore(Path runs) {
        this.runs = runs;
    }

    /** The runs under {@code runsDirectory}. */
    public static RunStore at(Path runsDirectory) {
        return new RunStore(runsDirectory.toAbsolutePath());
    }

    /** The directory holding the runs. */
    public Path directory() {
        return runs;
    }

    /** Every readable run, newest first. */
    public List<RunRecord> list() {
        if (!Files.isDirectory(runs)) return List.of();
        List<RunRecord> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(runs)) {
            dirs.filter(Files::isDirectory).forEach(d -> read(d).ifPresent(out::add));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(RunRecord::startedAt).reversed().thenComparing(RunRecord::id));
        return out;
    }

    /** The run {@code id}, or the newest run when {@code id} is {@code latest}. */
    public Optional<RunRecord> get(String id) {
        if ("latest".equals(id) || "@latest".equals(id)) return list().stream().findFirst();
        if (id.contains("/") || id.contains("\\") || id.startsWith(".")) return Optional.empty();
        return read(runs.resolve(id));
    }

    /** The run directory of {@code record}. */
    public Path directoryOf(RunRecord record) {
        return runs.resolve(record.id());
    }

    private static Optional<RunRecord> read(Path dir) {
        Path f = dir.resolve("run.json");
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            RunRecord r = Json.read(Files.readString(f), RunRecord.class);
            if (!r.phase().isDone() && !alive(r.pid())) {
                r = r.abandoned("the process running it ended before the run finished");
            }
            return Optional.of(r);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}

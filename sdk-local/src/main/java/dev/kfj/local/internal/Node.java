package dev.kfj.local.internal;

import dev.kfj.local.NodeRecord;
import dev.kfj.local.Phase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One node of a run while it runs; the engine's threads change it under its own lock. */
final class Node {
    final String id;
    final String name;
    final String templateName;
    String type;
    Phase phase = Phase.PENDING;
    int attempts;
    Instant startedAt;
    Instant finishedAt;
    String message = "";
    /** Output parameters; written by the step's thread while the recorder may read them. */
    final Map<String, String> parameters = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    /** Output artifacts; written by the step's thread while the recorder may read them. */
    final Map<String, Path> artifacts = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    String result;
    String exitCode;
    Path logFile;
    boolean cached;
    int loopTotal;
    final List<Node> children = new ArrayList<>();

    Node(String id, String name, String type, String templateName) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.templateName = templateName;
    }

    synchronized void start() {
        if (startedAt == null) startedAt = Instant.now();
        phase = Phase.RUNNING;
    }

    synchronized void finish(Phase p, String why) {
        phase = p;
        message = why == null ? "" : why;
        if (startedAt == null && (p == Phase.SUCCEEDED || p.isFailure())) startedAt = Instant.now();
        finishedAt = Instant.now();
    }

    synchronized List<Phase> childPhases() {
        return children.stream().map(c -> c.phase).toList();
    }

    synchronized NodeRecord toRecord(Path runDirectory) {
        Map<String, String> arts = new LinkedHashMap<>();
        artifacts.forEach((k, v) -> arts.put(k, runDirectory.relativize(v.toAbsolutePath()).toString()));
        Map<String, String> params;
        synchronized (parameters) {
            params = new LinkedHashMap<>(parameters);
        }
        return new NodeRecord(id, name, type, templateName, phase, attempts,
                startedAt == null ? "" : startedAt.toString(), finishedAt == null ? "" : finishedAt.toString(),
                message, params, arts, logFile == null ? "" : runDirectory.relativize(logFile).toString(), cached,
                loopTotal);
    }
}

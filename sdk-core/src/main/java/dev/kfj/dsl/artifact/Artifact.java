package dev.kfj.dsl.artifact;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A file or directory that one step produces and others consume, with free-form metadata.
 *
 * <p>In a pipeline definition an artifact type only labels a port ({@code Output<Model>}), so that
 * javac rejects a {@code Model} wired into a {@code Dataset} input. Inside a running step an
 * artifact object names the local path the step reads or writes; metadata it puts here travels
 * with the artifact.
 *
 * <p>Subclass it (or one of {@link Dataset}, {@link Model}, {@link Metrics}, {@link HTML},
 * {@link Markdown}) to make a type of your own; a subclass needs a public constructor taking a
 * {@link Path}.
 */
public abstract class Artifact {
    private final Path path;
    private final Map<String, Object> metadata = new LinkedHashMap<>();

    /** An artifact at {@code path}. */
    protected Artifact(Path path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    /** The local file or directory of this artifact. */
    public Path path() {
        return path;
    }

    /** The artifact's metadata, in insertion order; steps may add entries to their outputs. */
    public Map<String, Object> metadata() {
        return metadata;
    }

    /** Adds one metadata entry and returns this artifact. */
    public Artifact withMetadata(String key, Object value) {
        metadata.put(Objects.requireNonNull(key, "key"), value);
        return this;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + path + "]";
    }
}

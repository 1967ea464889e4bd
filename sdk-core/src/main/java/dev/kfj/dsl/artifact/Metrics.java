package dev.kfj.dsl.artifact;

import java.nio.file.Path;

/** Scalar measurements of a step's result (accuracy, loss, ...), written as a JSON object. */
public class Metrics extends Artifact {
    /** A Metrics at {@code path}. */
    public Metrics(Path path) {
        super(path);
    }
}

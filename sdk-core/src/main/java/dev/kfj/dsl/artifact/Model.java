package dev.kfj.dsl.artifact;

import java.nio.file.Path;

/** A trained model, in whatever format the training step writes. */
public class Model extends Artifact {
    /** A Model at {@code path}. */
    public Model(Path path) {
        super(path);
    }
}

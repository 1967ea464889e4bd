package dev.kfj.dsl.artifact;

import java.nio.file.Path;

/** A Markdown document to show a person. */
public class Markdown extends Artifact {
    /** A Markdown at {@code path}. */
    public Markdown(Path path) {
        super(path);
    }
}

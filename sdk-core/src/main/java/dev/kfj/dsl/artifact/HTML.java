package dev.kfj.dsl.artifact;

import java.nio.file.Path;

/** An HTML page to show a person, such as a report or a chart. */
public class HTML extends Artifact {
    /** A HTML at {@code path}. */
    public HTML(Path path) {
        super(path);
    }
}

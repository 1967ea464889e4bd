package dev.kfj.dsl.artifact;

import java.nio.file.Path;

/** A data set: a table, a folder of files, a split of one. */
public class Dataset extends Artifact {
    /** A Dataset at {@code path}. */
    public Dataset(Path path) {
        super(path);
    }
}

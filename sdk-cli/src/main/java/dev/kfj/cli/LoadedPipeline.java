package dev.kfj.cli;

import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A pipeline loaded from user code, with what is needed to report on it and to run its Java steps.
 *
 * @param pipeline the defined pipeline
 * @param definitionClass the class whose {@code define()} built it
 * @param classPath the class path the pipeline's classes load from (compiled output, module
 *     classes and dependencies, and kfj's own jars), for child JVMs that run its steps
 * @param sourceFiles user-visible paths of the sources, by file name, to print locations as the
 *     user knows them
 */
public record LoadedPipeline(Pipeline pipeline, String definitionClass, List<String> classPath,
                             Map<String, String> sourceFiles) {

    /** {@code location} with the file name replaced by the path the user typed, when known. */
    public String where(SourceLocation location) {
        String file = sourceFiles.getOrDefault(location.file(), location.file());
        return location.isKnown() ? file + ":" + location.line() : file;
    }

    /** The directory of the pipeline's main source file, or the working directory. */
    public Path baseDirectory() {
        return sourceFiles.values().stream().findFirst().map(p -> Path.of(p).toAbsolutePath().getParent())
                .orElse(Path.of("").toAbsolutePath());
    }
}

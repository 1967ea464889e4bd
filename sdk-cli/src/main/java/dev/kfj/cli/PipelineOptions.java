package dev.kfj.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that takes a pipeline shares: a {@code .java} file, or a class name with {@code --classpath}. */
public final class PipelineOptions {
    @Parameters(index = "0", paramLabel = "PIPELINE",
            description = "A .java file defining the pipeline, or with --classpath a class name.")
    String pipeline;

    @Option(names = {"--classpath", "-cp"}, paramLabel = "CP",
            description = "Load PIPELINE as a compiled class from this class path.")
    String classPath;

    /** Loads the pipeline these options name. */
    public LoadedPipeline load(PrintWriter err) {
        if (classPath != null) return PipelineLoader.fromClass(pipeline, classPath);
        return PipelineLoader.fromSource(Path.of(pipeline), err);
    }

    /** The pipeline argument as typed. */
    public String argument() {
        return pipeline;
    }
}

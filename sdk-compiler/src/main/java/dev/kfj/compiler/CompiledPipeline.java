package dev.kfj.compiler;

import dev.kfj.argo.ArgoObject;
import java.util.List;
import java.util.Objects;

/**
 * The result of compiling a pipeline.
 *
 * @param resource the Argo object
 * @param yaml the object as YAML, exactly as {@code kfj compile} prints it
 * @param warnings problems that did not stop compilation
 */
public record CompiledPipeline(ArgoObject resource, String yaml, List<Diagnostic> warnings) {
    /** Checks the parts and copies the warnings. */
    public CompiledPipeline {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(yaml, "yaml");
        warnings = List.copyOf(warnings);
    }
}

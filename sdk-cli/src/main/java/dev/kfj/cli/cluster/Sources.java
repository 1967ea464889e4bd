package dev.kfj.cli.cluster;

import dev.kfj.argo.yaml.ArgoFormatException;
import dev.kfj.argo.yaml.ArgoYaml;
import dev.kfj.cli.ExitCodes;
import dev.kfj.cli.LoadedPipeline;
import dev.kfj.cli.PipelineOptions;
import dev.kfj.cli.internal.UserError;
import dev.kfj.client.internal.Json;
import dev.kfj.compiler.CompilationException;
import dev.kfj.compiler.CompileOptions;
import dev.kfj.compiler.CompiledPipeline;
import dev.kfj.compiler.Diagnostic;
import dev.kfj.compiler.PipelineCompiler;
import dev.kfj.dsl.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * What cluster commands submit: a pipeline (a {@code .java} file or a class with
 * {@code --classpath}), compiled on the spot, or an already compiled {@code .yaml}/{@code .json}
 * file.
 */
final class Sources {
    private Sources() {}

    /** Whether the argument names a compiled manifest rather than a pipeline. */
    static boolean isManifest(String argument) {
        String lower = argument.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
    }

    /**
     * The object to send: the manifest file's first object, or the pipeline compiled to {@code kind}.
     *
     * @param strict whether to read a manifest strictly (unknown fields are errors), as lint does
     */
    static ObjectNode load(PipelineOptions pipeline, CompileOptions.Kind kind, boolean strict, PrintWriter err) {
        return load(pipeline, loaded -> kind, strict, err);
    }

    /** As {@link #load(PipelineOptions, CompileOptions.Kind, boolean, PrintWriter)}, the kind chosen per pipeline. */
    static ObjectNode load(PipelineOptions pipeline, Function<Pipeline, CompileOptions.Kind> kindOf, boolean strict,
            PrintWriter err) {
        String argument = pipeline.argument();
        if (isManifest(argument)) {
            String text = read(Path.of(argument));
            if (strict) {
                try {
                    ArgoYaml.readAll(text);
                } catch (ArgoFormatException e) {
                    throw new UserError(ExitCodes.INVALID_PIPELINE, "error: " + argument + ": " + Json.firstLine(e.getMessage()));
                }
            }
            try {
                return Json.readManifest(text);
            } catch (IllegalArgumentException e) {
                throw Failures.invalid(argument, e);
            }
        }
        LoadedPipeline loaded = pipeline.load(err);
        CompiledPipeline compiled;
        try {
            compiled = PipelineCompiler.compile(loaded.pipeline(),
                    CompileOptions.DEFAULTS.withKind(kindOf.apply(loaded.pipeline())));
        } catch (CompilationException e) {
            report(e.diagnostics(), loaded, err);
            long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
            throw new UserError(ExitCodes.INVALID_PIPELINE, errors + (errors == 1 ? " error" : " errors"));
        }
        report(compiled.warnings(), loaded, err);
        return (ObjectNode) ArgoYaml.tree(compiled.resource());
    }

    private static void report(List<Diagnostic> diagnostics, LoadedPipeline loaded, PrintWriter err) {
        diagnostics.forEach(d -> err.println(d.format(loaded::where)));
        err.flush();
    }

    private static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserError(ExitCodes.USAGE, "error: file not found: " + file);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "error: cannot read " + file + ": " + e.getMessage());
        }
    }
}

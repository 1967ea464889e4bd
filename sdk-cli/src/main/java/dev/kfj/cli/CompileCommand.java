package dev.kfj.cli;

import dev.kfj.cli.internal.OutputFile;
import dev.kfj.cli.internal.UserError;
import dev.kfj.compiler.CompilationException;
import dev.kfj.compiler.CompileOptions;
import dev.kfj.compiler.CompiledPipeline;
import dev.kfj.compiler.Diagnostic;
import dev.kfj.compiler.PipelineCompiler;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kfj compile}: a pipeline in, Argo YAML out. */
@Command(name = "compile", mixinStandardHelpOptions = true,
        description = {"Compile a pipeline to Argo Workflow YAML.",
                "PIPELINE is a .java file (its sibling sources, and inside a Maven module the module's classes"
                        + " and dependencies, are on its path), or a class name with --classpath."})
final class CompileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the YAML to FILE (only if compilation succeeds) instead of standard output.")
    Path output;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "workflow",
            description = "What to produce: workflow (default), workflow-template, cluster-workflow-template"
                    + " or cron-workflow (needs a schedule on the pipeline).")
    String kind;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CompileOptions options = CompileOptions.DEFAULTS.withKind(parseKind(kind));
        LoadedPipeline loaded = pipeline.load(err);
        CompiledPipeline compiled;
        try {
            compiled = PipelineCompiler.compile(loaded.pipeline(), options);
        } catch (CompilationException e) {
            report(e.diagnostics(), loaded, err);
            return ExitCodes.INVALID_PIPELINE;
        }
        report(compiled.warnings(), loaded, err);
        if (output == null) {
            out.print(compiled.yaml());
            out.flush();
        } else {
            OutputFile.write(output, compiled.yaml(),
                    loaded.sourceFiles().values().stream().map(Path::of).toList());
        }
        return ExitCodes.OK;
    }

    static CompileOptions.Kind parseKind(String kind) {
        return switch (kind) {
            case "workflow" -> CompileOptions.Kind.WORKFLOW;
            case "workflow-template" -> CompileOptions.Kind.WORKFLOW_TEMPLATE;
            case "cluster-workflow-template" -> CompileOptions.Kind.CLUSTER_WORKFLOW_TEMPLATE;
            case "cron-workflow" -> CompileOptions.Kind.CRON_WORKFLOW;
            default -> throw new UserError(ExitCodes.USAGE, "error: unknown --kind '" + kind
                    + "'; expected workflow, workflow-template, cluster-workflow-template or cron-workflow");
        };
    }

    /** Prints diagnostics javac-style, then a count of errors and warnings. */
    static void report(List<Diagnostic> diagnostics, LoadedPipeline loaded, PrintWriter err) {
        if (diagnostics.isEmpty()) return;
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        diagnostics.forEach(d -> err.println(d.format(loaded::where)));
        StringBuilder summary = new StringBuilder();
        if (errors > 0) summary.append(errors).append(errors == 1 ? " error" : " errors");
        if (warnings > 0) {
            if (summary.length() > 0) summary.append(", ");
            summary.append(warnings).append(warnings == 1 ? " warning" : " warnings");
        }
        err.println(summary);
        err.flush();
    }
}

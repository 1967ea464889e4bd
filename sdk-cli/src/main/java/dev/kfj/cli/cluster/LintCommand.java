package dev.kfj.cli.cluster;

import dev.kfj.cli.ExitCodes;
import dev.kfj.cli.PipelineOptions;
import dev.kfj.cli.internal.UserError;
import dev.kfj.client.ArgoClient;
import dev.kfj.client.ArgoClientException;
import dev.kfj.client.ErrorKind;
import dev.kfj.compiler.CompileOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code kfj lint}: kfj's own checks, then the Argo Server's lint when a server is configured. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check a pipeline, or a compiled .yaml/.json file: kfj's checks (compilation, or a strict read of"
                + " the file), then the Argo Server's lint when a server is configured."})
public final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "workflow",
            description = "For a pipeline, what to check it as: workflow (default) or workflow-template.")
    String kind;

    @Option(names = "--offline", description = "Only kfj's own checks, even when a server is configured.")
    boolean offline;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CompileOptions.Kind compileKind = switch (kind) {
            case "workflow" -> CompileOptions.Kind.WORKFLOW;
            case "workflow-template" -> CompileOptions.Kind.WORKFLOW_TEMPLATE;
            default -> throw new UserError(ExitCodes.USAGE,
                    "error: unknown --kind '" + kind + "'; expected workflow or workflow-template");
        };
        ObjectNode manifest = Sources.load(pipeline, compileKind, true, spec.commandLine().getErr());
        String checks = "kfj's checks";
        if (!offline && connection.configured() && !connection.kube()) {
            try (ArgoClient client = connection.connect()) {
                client.lint(manifest);
                checks += " and the Argo Server's lint";
            } catch (ArgoClientException e) {
                if (e.kind() == ErrorKind.INVALID) {
                    throw new UserError(ExitCodes.INVALID_PIPELINE, "error: " + pipeline.argument() + ": " + e.diagnostic());
                }
                throw Failures.of(e);
            }
        }
        out.println(pipeline.argument() + ": no problems found (" + checks + ")");
        out.flush();
        return ExitCodes.OK;
    }
}

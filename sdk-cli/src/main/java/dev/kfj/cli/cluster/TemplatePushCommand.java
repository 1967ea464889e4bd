package dev.kfj.cli.cluster;

import dev.kfj.cli.ExitCodes;
import dev.kfj.cli.PipelineOptions;
import dev.kfj.client.ArgoClient;
import dev.kfj.client.ArgoClientException;
import dev.kfj.client.internal.Json;
import dev.kfj.compiler.CompileOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kfj template push}: store a pipeline as a WorkflowTemplate, creating or updating it. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Compile a pipeline to a WorkflowTemplate (or read one from .yaml/.json) and create or update it.")
public final class TemplatePushCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--name", paramLabel = "NAME", description = "Store it under this name instead of the pipeline's.")
    String name;

    @Override
    public Integer call() {
        ObjectNode template = Sources.load(pipeline, CompileOptions.Kind.WORKFLOW_TEMPLATE, false,
                spec.commandLine().getErr());
        if (name != null) {
            template.withObject("/metadata").put("name", name);
        }
        try (ArgoClient client = connection.connect()) {
            JsonNode stored = client.applyTemplate(template);
            spec.commandLine().getOut().println("WorkflowTemplate " + Json.str(stored.path("metadata").path("name"))
                    + " pushed to namespace " + client.namespace());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (ArgoClientException e) {
            throw Failures.of(e);
        } catch (IllegalArgumentException e) {
            throw Failures.invalid(pipeline.argument(), e);
        }
    }
}

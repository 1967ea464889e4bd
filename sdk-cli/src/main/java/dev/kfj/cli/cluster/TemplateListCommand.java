package dev.kfj.cli.cluster;

import dev.kfj.cli.ExitCodes;
import dev.kfj.client.ArgoClient;
import dev.kfj.client.ArgoClientException;
import dev.kfj.client.ListOptions;
import dev.kfj.client.internal.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code kfj template list}: the WorkflowTemplates in a namespace. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List WorkflowTemplates.")
public final class TemplateListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR", description = "Label selector.")
    String labelSelector;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, yaml or name.")
    String output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<JsonNode> templates;
        try (ArgoClient client = connection.connect()) {
            templates = client.listTemplates(ListOptions.all().withLabelSelector(labelSelector));
        } catch (ArgoClientException e) {
            throw Failures.of(e);
        }
        Render.objects(templates, output, "No workflow templates found.", List.of("NAME", "ENTRYPOINT", "CREATED"),
                t -> List.of(Json.str(t.path("metadata").path("name")), Json.str(t.path("spec").path("entrypoint")),
                        Json.str(t.path("metadata").path("creationTimestamp"))),
                out);
        return ExitCodes.OK;
    }
}

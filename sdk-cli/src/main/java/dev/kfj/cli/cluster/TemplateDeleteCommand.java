package dev.kfj.cli.cluster;

import dev.kfj.client.ArgoClient;
import picocli.CommandLine.Command;

/** {@code kfj template delete}: remove WorkflowTemplates. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete WorkflowTemplates.")
public final class TemplateDeleteCommand extends WorkflowAction {
    @Override
    String apply(ArgoClient client, String name) {
        client.deleteTemplate(name);
        return "WorkflowTemplate " + name + " deleted";
    }
}

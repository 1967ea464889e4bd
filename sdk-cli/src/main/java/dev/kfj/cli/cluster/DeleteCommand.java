package dev.kfj.cli.cluster;

import dev.kfj.client.ArgoClient;
import picocli.CommandLine.Command;

/** {@code kfj delete}: Delete runs. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete runs.")
public final class DeleteCommand extends WorkflowAction {
    @Override
    String apply(ArgoClient client, String name) {
        client.delete(name);
        return "workflow " + name + " deleted";
    }
}

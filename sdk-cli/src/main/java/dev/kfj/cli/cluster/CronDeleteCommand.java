package dev.kfj.cli.cluster;

import dev.kfj.client.ArgoClient;
import picocli.CommandLine.Command;

/** {@code kfj cron delete}: remove CronWorkflows. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete CronWorkflows.")
public final class CronDeleteCommand extends WorkflowAction {
    @Override
    String apply(ArgoClient client, String name) {
        client.deleteCron(name);
        return "CronWorkflow " + name + " deleted";
    }
}

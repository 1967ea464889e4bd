package dev.kfj.cli.cluster;

import dev.kfj.client.ArgoClient;
import picocli.CommandLine.Command;

/** {@code kfj suspend}: Suspend runs. */
@Command(name = "suspend", mixinStandardHelpOptions = true, description = "Suspend runs.")
public final class SuspendCommand extends WorkflowAction {
    @Override
    String apply(ArgoClient client, String name) {
        client.suspend(name);
        return "workflow " + name + " suspended";
    }
}

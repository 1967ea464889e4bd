package dev.kfj.cli.cluster;

import dev.kfj.client.ArgoClient;
import picocli.CommandLine.Command;

/** {@code kfj terminate}: Terminate runs at once; exit handlers do not run. */
@Command(name = "terminate", mixinStandardHelpOptions = true, description = "Terminate runs at once; exit handlers do not run.")
public final class TerminateCommand extends WorkflowAction {
    @Override
    String apply(ArgoClient client, String name) {
        client.terminate(name);
        return "workflow " + name + " terminated";
    }
}

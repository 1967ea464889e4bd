package dev.kfj.cli.cluster;

import dev.kfj.client.ArgoClient;
import picocli.CommandLine.Command;

/** {@code kfj resume}: Resume suspended runs. */
@Command(name = "resume", mixinStandardHelpOptions = true, description = "Resume suspended runs.")
public final class ResumeCommand extends WorkflowAction {
    @Override
    String apply(ArgoClient client, String name) {
        client.resume(name);
        return "workflow " + name + " resumed";
    }
}

package dev.kfj.cli.cluster;

import dev.kfj.client.ArgoClient;
import dev.kfj.client.WorkflowStatus;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kfj resubmit}: submit a run again as a new run. */
@Command(name = "resubmit", mixinStandardHelpOptions = true, description = "Submit runs again, each as a new run.")
public final class ResubmitCommand extends WorkflowAction {
    @Option(names = "--memoized", description = "Reuse the results of steps that succeeded (Failed or Errored runs only).")
    boolean memoized;

    @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE", description = "Override a parameter.")
    List<String> parameters = new ArrayList<>();

    @Override
    String apply(ArgoClient client, String name) {
        WorkflowStatus created = client.resubmit(name, memoized, KeyValues.parse(parameters, "--parameter"));
        return "workflow " + name + " resubmitted as " + created.name();
    }
}

package dev.kfj.cli.cluster;

import dev.kfj.client.ArgoClient;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kfj retry}: run the failed steps of a Failed or Errored run again, under the same name. */
@Command(name = "retry", mixinStandardHelpOptions = true,
        description = "Retry Failed or Errored runs under the same name, re-running their failed steps.")
public final class RetryCommand extends WorkflowAction {
    @Option(names = "--restart-successful", description = "Also re-run succeeded steps the selector matches.")
    boolean restartSuccessful;

    @Option(names = "--node-field-selector", paramLabel = "SELECTOR",
            description = "Which steps to re-run, e.g. displayName=train.")
    String nodeFieldSelector;

    @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE", description = "Override a parameter.")
    List<String> parameters = new ArrayList<>();

    @Override
    String apply(ArgoClient client, String name) {
        client.retry(name, restartSuccessful, nodeFieldSelector == null ? "" : nodeFieldSelector,
                KeyValues.parse(parameters, "--parameter"));
        return "workflow " + name + " retried";
    }
}

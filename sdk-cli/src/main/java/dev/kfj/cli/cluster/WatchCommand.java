package dev.kfj.cli.cluster;

import dev.kfj.client.ArgoClient;
import dev.kfj.client.ArgoClientException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kfj watch}: follow a submitted run like {@code kfj run} does. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Follow a run to its end, one line per step transition, and exit with the run's code."})
public final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "NAME", description = "The workflow's name.")
    String name;

    @Option(names = "--logs", description = "Stream the steps' logs too.")
    boolean logs;

    @Override
    public Integer call() {
        try (ArgoClient client = connection.connect()) {
            return ClusterRun.follow(client, name, logs, spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (ArgoClientException e) {
            throw Failures.of(e);
        }
    }
}

package dev.kfj.cli.cluster;

import dev.kfj.cli.ExitCodes;
import dev.kfj.client.ArgoClient;
import dev.kfj.client.ArgoClientException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What stop, terminate, suspend, resume, retry, resubmit and delete (and the template and cron
 * deletes) share: names in, one line out per name; the first failure ends the command.
 */
public abstract class WorkflowAction implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "What to act on, by name; several are handled in order.")
    List<String> names = new ArrayList<>();

    /** Acts on one workflow and returns the line to print. */
    abstract String apply(ArgoClient client, String name);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ArgoClient client = connection.connect()) {
            for (String name : names) {
                out.println(apply(client, name));
                out.flush();
            }
            return ExitCodes.OK;
        } catch (ArgoClientException e) {
            throw Failures.of(e);
        }
    }
}

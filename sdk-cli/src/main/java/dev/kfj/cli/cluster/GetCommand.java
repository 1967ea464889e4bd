package dev.kfj.cli.cluster;

import dev.kfj.cli.ExitCodes;
import dev.kfj.cli.local.LocalRuns;
import dev.kfj.client.ArgoClient;
import dev.kfj.client.ArgoClientException;
import dev.kfj.client.WorkflowStatus;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code kfj get}: one run's status and steps. */
@Command(name = "get", mixinStandardHelpOptions = true, description = {"Show a run's status and its steps.",
        "Without a configured cluster, NAME is a local run (or 'latest') of this machine."})
public final class GetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "NAME", description = "The workflow's name, or a local run's id.")
    String name;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), wide, json, yaml or name.")
    String output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!connection.configured()) {
            return LocalRuns.get(LocalRuns.store(null), name, out);
        }
        try (ArgoClient client = connection.connect()) {
            JsonNode workflow = client.getWorkflow(name);
            String data = Render.data(workflow, output);
            if (!data.isEmpty()) {
                out.println(data.stripTrailing());
            } else {
                Render.details(WorkflowStatus.of(workflow), output.equals("wide")).forEach(out::println);
            }
            out.flush();
            return ExitCodes.OK;
        } catch (ArgoClientException e) {
            throw Failures.of(e);
        }
    }
}

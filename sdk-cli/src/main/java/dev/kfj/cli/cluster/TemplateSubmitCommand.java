package dev.kfj.cli.cluster;

import dev.kfj.cli.ExitCodes;
import dev.kfj.client.ArgoClient;
import dev.kfj.client.ArgoClientException;
import dev.kfj.client.ResourceKind;
import dev.kfj.client.SubmitOptions;
import dev.kfj.client.WorkflowStatus;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kfj template submit}: start a run from a stored WorkflowTemplate. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Start a run from a stored WorkflowTemplate.",
                "With --wait it follows the run like 'kfj run' and exits with its code."})
public final class TemplateSubmitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "TEMPLATE", description = "The WorkflowTemplate's name.")
    String template;

    @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE", description = "Set a template parameter.")
    List<String> parameters = new ArrayList<>();

    @Option(names = {"-l", "--label"}, paramLabel = "KEY=VALUE", description = "Add a label to the run.")
    List<String> labels = new ArrayList<>();

    @Option(names = "--generate-name", paramLabel = "PREFIX", description = "Name prefix (default: TEMPLATE-).")
    String generateName;

    @Option(names = {"-w", "--wait"}, description = "Follow the run to its end and exit with its code.")
    boolean waitForIt;

    @Option(names = "--logs", description = "With --wait, stream the steps' logs.")
    boolean logs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SubmitOptions options = new SubmitOptions(KeyValues.parse(parameters, "--parameter"), KeyValues.parse(labels, "--label"),
                "", generateName, false);
        try (ArgoClient client = connection.connect()) {
            WorkflowStatus created = client.submitFrom(ResourceKind.WORKFLOW_TEMPLATE, template, options);
            out.println("Submitted workflow " + created.name() + " in namespace " + client.namespace());
            out.flush();
            return waitForIt ? ClusterRun.follow(client, created.name(), logs, out, spec.commandLine().getErr())
                    : ExitCodes.OK;
        } catch (ArgoClientException e) {
            throw Failures.of(e);
        }
    }
}

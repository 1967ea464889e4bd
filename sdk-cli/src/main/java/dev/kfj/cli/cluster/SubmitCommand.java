package dev.kfj.cli.cluster;

import dev.kfj.cli.PipelineOptions;
import dev.kfj.client.SubmitOptions;
import dev.kfj.compiler.CompileOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code kfj submit}: send a pipeline to the cluster and return without waiting. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Submit a pipeline, or a compiled workflow .yaml/.json, to the cluster without waiting.",
                "With --wait it behaves like 'kfj run' on a cluster: it follows the run and exits with its code."})
public final class SubmitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Mixin
    ConnectionOptions connection;

    @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE", description = "Override a pipeline parameter.")
    List<String> parameters = new ArrayList<>();

    @Option(names = {"-l", "--label"}, paramLabel = "KEY=VALUE", description = "Add a label to the workflow.")
    List<String> labels = new ArrayList<>();

    @Option(names = "--name", paramLabel = "NAME", description = "Use this name instead of a generated one.")
    String name;

    @Option(names = "--generate-name", paramLabel = "PREFIX", description = "Let the server complete this name prefix.")
    String generateName;

    @Option(names = "--server-dry-run", description = "Have the server validate the workflow without creating it.")
    boolean serverDryRun;

    @Option(names = {"-w", "--wait"}, description = "Follow the run to its end and exit with its code.")
    boolean waitForIt;

    @Option(names = "--logs", description = "With --wait, stream the steps' logs.")
    boolean logs;

    @Override
    public Integer call() {
        ObjectNode workflow = Sources.load(pipeline, CompileOptions.Kind.WORKFLOW, false, spec.commandLine().getErr());
        Map<String, String> overrides = KeyValues.parse(parameters, "--parameter");
        SubmitOptions options = new SubmitOptions(overrides, KeyValues.parse(labels, "--label"), name, generateName, serverDryRun);
        return ClusterRun.run(workflow, options, connection, waitForIt, logs, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}

package dev.kfj.cli.cluster;

import dev.kfj.cli.ExitCodes;
import dev.kfj.cli.local.LocalRuns;
import dev.kfj.client.ArgoClient;
import dev.kfj.client.ArgoClientException;
import dev.kfj.client.EventStream;
import dev.kfj.client.LogEntry;
import dev.kfj.client.LogOptions;
import dev.kfj.cli.internal.UserError;
import dev.kfj.client.NodeStatus;
import dev.kfj.client.WorkflowStatus;
import dev.kfj.client.internal.Json;
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
import tools.jackson.databind.JsonNode;

/** {@code kfj logs}: the log lines of a run's steps. */
@Command(name = "logs", mixinStandardHelpOptions = true, description = {"Print the logs of a run's steps.",
        "Without a configured cluster, NAME is a local run (or 'latest') of this machine."})
public final class LogsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "NAME", description = "The workflow's name, or a local run's id.")
    String name;

    @Parameters(index = "1", paramLabel = "STEP", arity = "0..1", description = "Only this step (same as --step).")
    String stepArgument;

    @Option(names = "--pod", paramLabel = "POD", description = "Only this pod.")
    String pod;

    @Option(names = "--step", paramLabel = "STEP", description = "Only this step (its display name, e.g. train).")
    String step;

    @Option(names = {"-f", "--follow"}, description = "Keep printing until the run ends.")
    boolean follow;

    @Option(names = {"-c", "--container"}, paramLabel = "NAME", defaultValue = "main",
            description = "Container to read (default: main, the step's own code).")
    String container;

    @Option(names = "--tail", paramLabel = "N", defaultValue = "0", description = "Only the last N lines of each pod.")
    int tail;

    @Option(names = "--grep", paramLabel = "REGEX", description = "Only lines matching REGEX.")
    String grep;

    @Option(names = "--no-prefix", description = "Print lines without their pod name.")
    boolean noPrefix;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (stepArgument != null) step = stepArgument;
        if (!connection.configured()) {
            return LocalRuns.logs(LocalRuns.store(null), name, step, out);
        }
        LogOptions options = new LogOptions(pod, container, follow, tail, grep);
        try (ArgoClient client = connection.connect()) {
            List<String> pods = step == null ? List.of(pod == null ? "" : pod) : podsOf(client.getWorkflow(name));
            for (String podName : pods) {
                try (EventStream<LogEntry> lines = client.logs(name, options.withPodName(podName))) {
                    while (lines.hasNext()) {
                        LogEntry line = lines.next();
                        out.println(noPrefix ? line.content() : line.podName() + ": " + line.content());
                        out.flush();
                    }
                }
            }
            return ExitCodes.OK;
        } catch (ArgoClientException e) {
            throw Failures.of(e);
        }
    }

    /** The pods that ran the step, in node order; a usage error when no step has that name. */
    private List<String> podsOf(JsonNode workflow) {
        WorkflowStatus status = WorkflowStatus.of(workflow);
        boolean v1 = "v1".equals(Json.str(workflow.path("metadata").path("annotations")
                .path("workflows.argoproj.io/pod-name-format")));
        List<String> pods = new ArrayList<>();
        for (NodeStatus node : status.nodes()) {
            if (node.isStep() && node.type().equals("Pod") && node.displayName().equals(step)) {
                pods.add(v1 ? node.id() : node.podName(status.name()));
            }
        }
        if (pods.isEmpty()) {
            throw new UserError(ExitCodes.USAGE, "error: workflow " + name + " has no step '" + step + "' that ran a pod");
        }
        return pods;
    }
}

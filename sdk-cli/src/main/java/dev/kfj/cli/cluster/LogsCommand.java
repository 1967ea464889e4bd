package dev.kfj.cli.cluster;

import dev.kfj.cli.ExitCodes;
import dev.kfj.client.ArgoClient;
import dev.kfj.client.ArgoClientException;
import dev.kfj.client.EventStream;
import dev.kfj.client.LogEntry;
import dev.kfj.client.LogOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kfj logs}: the log lines of a run's steps. */
@Command(name = "logs", mixinStandardHelpOptions = true, description = "Print the logs of a run's steps.")
public final class LogsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "NAME", description = "The workflow's name.")
    String name;

    @Option(names = "--pod", paramLabel = "POD", description = "Only this pod (one step).")
    String pod;

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
        LogOptions options = new LogOptions(pod, container, follow, tail, grep);
        try (ArgoClient client = connection.connect(); EventStream<LogEntry> lines = client.logs(name, options)) {
            while (lines.hasNext()) {
                LogEntry line = lines.next();
                out.println(noPrefix ? line.content() : line.podName() + ": " + line.content());
                out.flush();
            }
            return ExitCodes.OK;
        } catch (ArgoClientException e) {
            throw Failures.of(e);
        }
    }
}

package dev.kfj.cli.local;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kfj runs logs RUN [STEP]}: the logs of a local run's steps. */
@Command(name = "logs", mixinStandardHelpOptions = true, description = "Print the logs of a local run's steps.")
final class RunsLogsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "The run's id, or 'latest'.")
    String run;

    @Parameters(index = "1", arity = "0..1", paramLabel = "STEP", description = "Only this step (all steps when absent).")
    String step;

    @Option(names = "--run-dir", paramLabel = "DIR", description = "Where runs are kept (default: $KFJ_HOME, else .kfj).")
    Path runDir;

    @Override
    public Integer call() {
        return LocalRuns.logs(LocalRuns.store(runDir), run, step, spec.commandLine().getOut());
    }
}

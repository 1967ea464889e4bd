package dev.kfj.cli.local;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kfj runs get RUN}: one local run with its steps and outputs. */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Show a local run: its phase, steps and outputs.")
final class RunsGetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "The run's id, or 'latest'.")
    String run;

    @Option(names = "--run-dir", paramLabel = "DIR", description = "Where runs are kept (default: $KFJ_HOME, else .kfj).")
    Path runDir;

    @Override
    public Integer call() {
        return LocalRuns.get(LocalRuns.store(runDir), run, spec.commandLine().getOut());
    }
}

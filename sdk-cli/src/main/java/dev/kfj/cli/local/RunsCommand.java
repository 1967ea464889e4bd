package dev.kfj.cli.local;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kfj runs}: the local runs, newest first; {@code get} and {@code logs} show one. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"List the runs made on this machine, newest first.",
                "'kfj runs get RUN' shows one with its steps and outputs; 'kfj runs logs RUN [STEP]' prints logs.",
                "RUN can be 'latest'."},
        subcommands = {RunsGetCommand.class, RunsLogsCommand.class})
public final class RunsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run-dir", paramLabel = "DIR", description = "Where runs are kept (default: $KFJ_HOME, else .kfj).")
    Path runDir;

    @Override
    public Integer call() {
        return LocalRuns.list(LocalRuns.store(runDir), spec.commandLine().getOut());
    }
}

package dev.kfj.cli.cluster;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kfj cron}: CronWorkflows, pipelines run on a schedule. */
@Command(name = "cron", mixinStandardHelpOptions = true,
        description = "Manage CronWorkflows: push a pipeline with a schedule, list them, delete them.",
        subcommands = {CronPushCommand.class, CronListCommand.class, CronDeleteCommand.class})
public final class CronCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: try 'kfj cron push FILE.java --schedule \"0 2 * * *\"'");
    }
}

package dev.kfj.cli.cluster;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kfj template}: WorkflowTemplates stored in the cluster. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Manage WorkflowTemplates: push a pipeline as one, start runs from them, list and delete them.",
        subcommands = {TemplatePushCommand.class, TemplateSubmitCommand.class, TemplateListCommand.class,
                TemplateDeleteCommand.class})
public final class TemplateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'kfj template push FILE.java'");
    }
}

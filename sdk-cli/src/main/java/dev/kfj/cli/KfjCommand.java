package dev.kfj.cli;

import dev.kfj.cli.internal.UserError;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code kfj} command; each subcommand lives in a class of its own. */
@Command(name = "kfj",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Kubeflow-style ML pipelines for Java, compiled to Argo Workflows.",
        subcommands = {CompileCommand.class,
                dev.kfj.cli.local.RunCommand.class,
                dev.kfj.cli.local.RunsCommand.class,
                dev.kfj.cli.cluster.SubmitCommand.class,
                dev.kfj.cli.cluster.GetCommand.class,
                dev.kfj.cli.cluster.ListCommand.class,
                dev.kfj.cli.cluster.LogsCommand.class,
                dev.kfj.cli.cluster.WatchCommand.class,
                dev.kfj.cli.cluster.StopCommand.class,
                dev.kfj.cli.cluster.TerminateCommand.class,
                dev.kfj.cli.cluster.SuspendCommand.class,
                dev.kfj.cli.cluster.ResumeCommand.class,
                dev.kfj.cli.cluster.RetryCommand.class,
                dev.kfj.cli.cluster.ResubmitCommand.class,
                dev.kfj.cli.cluster.DeleteCommand.class,
                dev.kfj.cli.cluster.LintCommand.class,
                dev.kfj.cli.cluster.TemplateCommand.class,
                dev.kfj.cli.cluster.CronCommand.class,
                CommandLine.HelpCommand.class})
public final class KfjCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'kfj compile FILE.java'");
    }

    /** Runs {@code kfj} on the process's standard streams and returns the exit code. */
    public static int execute(String... args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CommandLine cl = args.length > 0 && args[0].equals("compile") ? compileOnly(out, err) : commandLine(out, err);
        return cl.execute(args);
    }

    /**
     * A {@code kfj} that knows only {@code compile}: building the model of every subcommand is a
     * large part of a cold start, and compile, the command CI runs most, needs none of the others.
     * Its parsing, help and errors are those of {@link #commandLine}.
     */
    static CommandLine compileOnly(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(CommandSpec.create().name("kfj"));
        cl.addSubcommand("compile", new CompileCommand());
        return configure(cl, out, err);
    }

    /**
     * The configured command line writing to {@code out} and {@code err}: user errors print one
     * message and exit with their code, faults inside kfj print one line and exit 1, and every
     * command's help ends with the exit-code table.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return configure(new CommandLine(new KfjCommand()), out, err);
    }

    private static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError user) {
                commandLine.getErr().println(user.getMessage());
                commandLine.getErr().flush();
                return user.exitCode();
            }
            PrintWriter w = commandLine.getErr();
            w.println("kfj: internal error: " + e);
            if (System.getenv("KFJ_DEBUG") != null) {
                e.printStackTrace(w);
            } else {
                w.println("  set KFJ_DEBUG=1 to print the stack trace, and please report it");
            }
            w.flush();
            return ExitCodes.INTERNAL;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            PrintWriter w = failed.getErr();
            w.println("error: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, w);
            w.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            w.flush();
            return ExitCodes.USAGE;
        });
        addFooter(cl);
        return cl;
    }

    private static void addFooter(CommandLine cl) {
        cl.getCommandSpec().usageMessage().footer("", String.format(ExitCodes.TABLE));
        cl.getSubcommands().values().forEach(KfjCommand::addFooter);
    }
}

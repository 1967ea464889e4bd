package dev.kfj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The start-up shortcut for {@code kfj compile} behaves like the full command line. */
class CompileOnlyTest {

    private static Cli.Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KfjCommand.compileOnly(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Cli.Result(code, out.toString(), err.toString());
    }

    @Test
    void printsTheSameHelpAsTheFullCommandLine() {
        Cli.Result shortcut = run("compile", "--help");
        Cli.Result full = Cli.run("compile", "--help");
        assertThat(shortcut.exitCode()).isZero();
        assertThat(shortcut.out()).startsWith("Usage: kfj compile ").contains("Exit codes:").isEqualTo(full.out());
    }

    @Test
    void compilesTheSameYamlAsTheFullCommandLine() {
        String[] args = {"compile", "--classpath", "target/test-classes", "dev.kfj.cli.fixtures.TinyPipeline"};
        Cli.Result shortcut = run(args);
        Cli.Result full = Cli.run(args);
        assertThat(shortcut.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(shortcut.out()).startsWith("apiVersion: argoproj.io/v1alpha1\n").isEqualTo(full.out());
    }

    @Test
    void reportsUsageErrorsWithTheSameExitCode() {
        Cli.Result shortcut = run("compile", "--kind", "pod", "--classpath", "target/test-classes",
                "dev.kfj.cli.fixtures.TinyPipeline");
        assertThat(shortcut.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(shortcut.err()).startsWith("error: unknown --kind 'pod'");
    }
}

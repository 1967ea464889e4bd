package dev.kfj.runtime;

import dev.kfj.runtime.internal.StepArgs;
import dev.kfj.runtime.internal.StepFailure;
import dev.kfj.runtime.internal.StepRunner;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The entry point a Java step's container runs: reads the step's inputs, calls its
 * {@link dev.kfj.dsl.step.JavaStep} method and writes its outputs.
 *
 * <pre>
 * java -cp CLASSPATH dev.kfj.runtime.StepMain com.example.IrisSteps#train \
 *     --in data=/tmp/kfj/inputs/data --in epochs=10 \
 *     --out model=/tmp/kfj/outputs/model --metadata model=/tmp/kfj/outputs/model_metadata
 * </pre>
 *
 * <p>Arguments (see {@link dev.kfj.dsl.step.JavaStepComponent}): the target
 * {@code <binary class name>#<method>}, then {@code --in NAME=VALUE} once per method parameter in
 * order (a parameter's text form, or the path of an artifact), {@code --out NAME=PATH} once per
 * output and {@code --metadata NAME=PATH} once per artifact output.
 *
 * <p>Parameter outputs are written as their text form; an artifact the method returns is copied
 * (file or directory) to its {@code --out} path, and its metadata is written as a JSON object to
 * its {@code --metadata} path. Missing parent directories are created, and each output is written
 * under a temporary name beside its path and renamed into place, so that a killed step leaves no
 * half-written output.
 *
 * <p>Exit codes: {@value #OK} success; {@value #STEP_FAILED} the method threw;
 * {@value #USAGE} the arguments do not match the method (an image older or newer than the
 * pipeline); {@value #IO_FAILED} an input could not be read or an output written. On failure the
 * last line on stderr is one line saying why, after the stack trace if there is one; the same line
 * goes to {@code /dev/termination-log} when that file is writable, where Kubernetes and Argo show it.
 */
public final class StepMain {
    /** Exit code: the step succeeded and every output was written. */
    public static final int OK = 0;
    /** Exit code: the step's method threw. */
    public static final int STEP_FAILED = 1;
    /** Exit code: the arguments do not fit the method. */
    public static final int USAGE = 2;
    /** Exit code: an input could not be read or an output written. */
    public static final int IO_FAILED = 3;

    private static final Path TERMINATION_LOG = Path.of("/dev/termination-log");

    private StepMain() {}

    /** Runs the step described by {@code args} and exits with its code. */
    public static void main(String[] args) {
        int code = run(args, System.err);
        System.exit(code);
    }

    /**
     * Runs the step described by {@code args} in this JVM, reporting failures to {@code err};
     * returns the exit code {@link #main} would exit with.
     */
    public static int run(String[] args, PrintStream err) {
        try {
            StepRunner.run(StepArgs.parse(args), Thread.currentThread().getContextClassLoader());
            return OK;
        } catch (StepFailure failure) {
            if (failure.showTrace() && failure.getCause() != null) {
                StringWriter trace = new StringWriter();
                failure.getCause().printStackTrace(new PrintWriter(trace));
                err.print(trace);
            }
            String line = "kfj step: error: " + failure.getMessage();
            err.println(line);
            err.flush();
            writeTerminationMessage(line);
            return failure.exitCode();
        }
    }

    private static void writeTerminationMessage(String line) {
        if (!Files.isWritable(TERMINATION_LOG)) return;
        try {
            Files.writeString(TERMINATION_LOG, line + "\n", StandardCharsets.UTF_8);
        } catch (java.io.IOException | SecurityException ignored) {
            // the message is on stderr already
        }
    }
}

package dev.kfj.dsl.step;

import java.util.List;
import java.util.Objects;

/**
 * How a Java step starts in its container: the image and the command that runs
 * {@code dev.kfj.runtime.StepMain} there. The step's target and ports follow the command as
 * arguments (see {@link JavaStepComponent}).
 *
 * @param image the container image; {@code ""} when not set, which the compiler reports
 * @param command the launcher command, ending with the runtime's main class
 */
public record Launcher(String image, List<String> command) {

    /** The runtime's main class, the last word of every launcher command. */
    public static final String MAIN_CLASS = "dev.kfj.runtime.StepMain";

    /**
     * The default command: the JVM on the image's {@code PATH} with Jib's class path layout
     * ({@code /app/resources}, {@code /app/classes}, {@code /app/libs/*}).
     */
    public static final List<String> DEFAULT_COMMAND =
            List.of("java", "-cp", "/app/resources:/app/classes:/app/libs/*", MAIN_CLASS);

    /** Checks the parts; an empty command means {@link #DEFAULT_COMMAND}. */
    public Launcher {
        Objects.requireNonNull(image, "image");
        command = command.isEmpty() ? DEFAULT_COMMAND : List.copyOf(command);
    }

    /** A launcher for {@code image} with the default command. */
    public static Launcher of(String image) {
        return new Launcher(image, DEFAULT_COMMAND);
    }

    /** A copy running in another image. */
    public Launcher withImage(String image) {
        return new Launcher(image, command);
    }

    /** A copy with another command; it must start {@link #MAIN_CLASS}. */
    public Launcher withCommand(List<String> command) {
        return new Launcher(image, command);
    }
}

package dev.kfj.cli;

/** The {@code kfj} command's entry point. */
public final class Main {
    private Main() {}

    /** Runs {@code kfj} with {@code args} and exits with the command's exit code. */
    public static void main(String[] args) {
        System.exit(KfjCommand.execute(args));
    }
}

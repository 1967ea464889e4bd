package dev.kfj.cli;

/**
 * The exit codes of every {@code kfj} command, listed in each command's {@code --help} and in
 * {@code docs/cli.md}.
 */
public final class ExitCodes {
    /** The command did what was asked; for {@code run}, the run succeeded. */
    public static final int OK = 0;
    /** A fault inside kfj itself; the message names it and asks for a report. */
    public static final int INTERNAL = 1;
    /** The command line was wrong: unknown option, missing argument, unreadable input file. */
    public static final int USAGE = 2;
    /** The pipeline is invalid: Java compile errors or kfj validation errors, each reported with its location. */
    public static final int INVALID_PIPELINE = 3;
    /** The cluster could not be reached, refused the credentials, or rejected the request. */
    public static final int CLUSTER = 4;
    /** The run ended in phase Failed. */
    public static final int RUN_FAILED = 5;
    /** The run ended in phase Error. */
    public static final int RUN_ERROR = 6;
    /** The run was stopped or terminated before it finished (including Ctrl-C on a local run). */
    public static final int RUN_STOPPED = 7;
    /** The run's workflow was deleted while it was being followed. */
    public static final int RUN_DELETED = 8;

    private ExitCodes() {}

    /** The table printed at the end of {@code --help}. */
    public static final String TABLE = String.join("%n",
            "Exit codes:",
            "  0  success (for run: the run Succeeded)",
            "  1  internal error",
            "  2  usage error",
            "  3  invalid pipeline",
            "  4  cluster or submission failure",
            "  5  run Failed",
            "  6  run ended in Error",
            "  7  run stopped or terminated",
            "  8  run deleted while followed");
}

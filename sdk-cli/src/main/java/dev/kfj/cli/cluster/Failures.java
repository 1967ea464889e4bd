package dev.kfj.cli.cluster;

import dev.kfj.cli.ExitCodes;
import dev.kfj.cli.internal.UserError;
import dev.kfj.client.ArgoClientException;
import dev.kfj.client.ErrorKind;

/** Maps client failures to the CLI's exit codes and one-line messages. */
final class Failures {
    private Failures() {}

    /** The exit code for a failed cluster call. */
    static int exitCode(ArgoClientException e) {
        return e.kind() == ErrorKind.CONFIG ? ExitCodes.USAGE : ExitCodes.CLUSTER;
    }

    /** The one line printed for a failed cluster call. */
    static String line(ArgoClientException e) {
        return "error: " + e.diagnostic();
    }

    /** A failed cluster call as the error the command line reports. */
    static UserError of(ArgoClientException e) {
        return new UserError(exitCode(e), line(e));
    }

    /** An invalid manifest as the error the command line reports. */
    static UserError invalid(String source, IllegalArgumentException e) {
        return new UserError(ExitCodes.INVALID_PIPELINE, "error: " + source + ": " + e.getMessage());
    }
}

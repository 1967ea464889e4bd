package dev.kfj.cli.cluster;

import dev.kfj.argo.Workflow;
import dev.kfj.argo.yaml.ArgoYaml;
import dev.kfj.cli.ExitCodes;
import dev.kfj.client.ArgoClient;
import dev.kfj.client.ArgoClientException;
import dev.kfj.client.EventStream;
import dev.kfj.client.EventType;
import dev.kfj.client.LogEntry;
import dev.kfj.client.LogOptions;
import dev.kfj.client.NodeTransition;
import dev.kfj.client.RunTracker;
import dev.kfj.client.SubmitOptions;
import dev.kfj.client.WatchEvent;
import dev.kfj.client.WorkflowStatus;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/**
 * Runs a workflow on the configured cluster: submits it exactly once, then (unless told not to
 * wait) prints one line per node transition, streams logs when asked, prints a summary with the
 * outputs, and returns the run's exit code.
 *
 * <p>Exit codes ({@link ExitCodes}): 0 Succeeded, 5 Failed, 6 Error, 7 stopped or terminated,
 * 8 deleted while followed, 4 when the cluster cannot be reached or refuses the call (one line
 * on {@code err}, never the token), 2 when no cluster is configured, 3 when the workflow is not
 * a valid object.
 */
public final class ClusterRun {
    private ClusterRun() {}

    /** Runs a compiled workflow with default submit options; see {@link ClusterRun}. */
    public static int run(Workflow workflow, ConnectionOptions connection, boolean wait, boolean logs,
            PrintWriter out, PrintWriter err) {
        return run(ArgoYaml.tree(workflow), SubmitOptions.defaults(), connection, wait, logs, out, err);
    }

    /**
     * Runs a workflow given as a JSON tree; see {@link ClusterRun}.
     *
     * @param options parameter overrides, labels and naming for the submission
     */
    public static int run(JsonNode workflow, SubmitOptions options, ConnectionOptions connection, boolean wait,
            boolean logs, PrintWriter out, PrintWriter err) {
        try (ArgoClient client = connection.connect()) {
            WorkflowStatus created;
            try {
                created = client.create(workflow, options);
            } catch (IllegalArgumentException e) {
                err.println("error: invalid workflow: " + e.getMessage());
                err.flush();
                return ExitCodes.INVALID_PIPELINE;
            }
            out.println("Submitted workflow " + created.name() + " in namespace " + client.namespace()
                    + (options.serverDryRun() ? " (server dry run: nothing was created)" : ""));
            out.flush();
            if (!wait || options.serverDryRun()) {
                return ExitCodes.OK;
            }
            return follow(client, created.name(), logs, out, err);
        } catch (ArgoClientException e) {
            err.println(Failures.line(e));
            err.flush();
            return Failures.exitCode(e);
        }
    }

    /**
     * Follows a submitted run to its end, printing progress, and returns its exit code.
     *
     * @throws ArgoClientException when the cluster cannot be reached or refuses the watch
     */
    static int follow(ArgoClient client, String name, boolean logs, PrintWriter out, PrintWriter err) {
        Thread logThread = null;
        AtomicReference<EventStream<LogEntry>> logStream = new AtomicReference<>();
        if (logs) {
            logThread = new Thread(() -> streamLogs(client, name, logStream, out, err), "kfj-logs-" + name);
            logThread.setDaemon(true);
            logThread.start();
        }
        RunTracker tracker = new RunTracker();
        WorkflowStatus last = null;
        boolean deleted = false;
        boolean ended = false;
        Thread onCtrlC = new Thread(() -> {
            err.println("kfj: stopped following " + name + "; it keeps running on the cluster"
                    + " ('kfj watch " + name + "' to follow it again, 'kfj stop " + name + "' to stop it)");
            err.flush();
        }, "kfj-detach-" + name);
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try (EventStream<WatchEvent> events = client.watch(name)) {
            while (events.hasNext()) {
                WatchEvent event = events.next();
                last = event.status();
                for (NodeTransition t : tracker.update(event.status())) {
                    synchronized (out) {
                        out.println(Render.transition(t));
                        out.flush();
                    }
                }
                if (event.type() == EventType.DELETED) {
                    deleted = true;
                    break;
                }
                if (event.status().completed()) {
                    break;
                }
            }
            ended = true;
        } finally {
            finishLogs(logThread, logStream, ended);
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook says how to find the run again
            }
        }
        if (deleted) {
            err.println("error: workflow " + name + " was deleted while it was being followed");
            err.flush();
            return ExitCodes.RUN_DELETED;
        }
        if (last == null) {
            err.println("error: the watch of workflow " + name + " ended before reporting its state");
            err.flush();
            return ExitCodes.CLUSTER;
        }
        synchronized (out) {
            Render.summary(last).forEach(out::println);
            out.flush();
        }
        return exitCode(last);
    }

    /** The exit code for a finished run. */
    static int exitCode(WorkflowStatus status) {
        if (status.shutDown()) {
            return ExitCodes.RUN_STOPPED;
        }
        return switch (status.phase()) {
            case SUCCEEDED -> ExitCodes.OK;
            case ERROR -> ExitCodes.RUN_ERROR;
            default -> ExitCodes.RUN_FAILED;
        };
    }

    private static void streamLogs(ArgoClient client, String name, AtomicReference<EventStream<LogEntry>> holder,
            PrintWriter out, PrintWriter err) {
        try (EventStream<LogEntry> lines = client.logs(name, LogOptions.defaults().withFollow(true))) {
            holder.set(lines);
            while (lines.hasNext()) {
                LogEntry line = lines.next();
                synchronized (out) {
                    out.println(line.podName() + ": " + line.content());
                    out.flush();
                }
            }
        } catch (ArgoClientException e) {
            synchronized (out) {
                err.println("warning: logs stopped: " + e.diagnostic());
                err.flush();
            }
        }
    }

    /**
     * Lets the log stream drain (the server ends it once the run is over), up to 10 s after a run
     * ended, or stops it at once when following failed.
     */
    private static void finishLogs(Thread logThread, AtomicReference<EventStream<LogEntry>> logStream, boolean ended) {
        if (logThread == null) {
            return;
        }
        if (ended) {
            try {
                logThread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        EventStream<LogEntry> stream = logStream.get();
        if (stream != null) {
            stream.close();
        }
    }
}

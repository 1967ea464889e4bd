package dev.kfj.cli.local;

import dev.kfj.cli.ExitCodes;
import dev.kfj.cli.internal.UserError;
import dev.kfj.local.NodeRecord;
import dev.kfj.local.Phase;
import dev.kfj.local.RunRecord;
import dev.kfj.local.RunStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Shows local runs: the list, one run with its steps and outputs, a step's logs. The cluster
 * commands {@code kfj get} and {@code kfj logs} can call {@link #get} and {@link #logs} when no
 * cluster is configured.
 */
public final class LocalRuns {
    private LocalRuns() {}

    /** The runs directory: {@code --run-dir}'s when given, else {@code $KFJ_HOME/runs}, else {@code .kfj/runs}. */
    public static RunStore store(Path runDir) {
        if (runDir != null) return RunStore.at(runDir.resolve("runs"));
        return RunStore.at(dev.kfj.local.LocalRunOptions.defaults().runsDirectory());
    }

    /** Prints the runs in {@code store}, newest first. */
    public static int list(RunStore store, PrintWriter out) {
        List<RunRecord> runs = store.list();
        if (runs.isEmpty()) {
            out.println("No local runs in " + shown(store.directory()));
        } else {
            out.println(String.format("%-40s %-10s %-22s %s", "RUN", "PHASE", "STARTED", "DURATION"));
            for (RunRecord r : runs) {
                out.println(String.format("%-40s %-10s %-22s %s", r.id(), r.phase().display(),
                        r.startedAt().replaceAll("\\.\\d+Z$", "Z"), r.durationMillis().map(LocalRuns::seconds).orElse("")).stripTrailing());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Prints run {@code id} (or {@code latest}): its phase, steps and outputs. */
    public static int get(RunStore store, String id, PrintWriter out) {
        RunRecord r = find(store, id);
        summary(r, store.directoryOf(r), true, out);
        return ExitCodes.OK;
    }

    /** Prints the logs of run {@code id}'s steps, or of the step named {@code step}. */
    public static int logs(RunStore store, String id, String step, PrintWriter out) {
        RunRecord r = find(store, id);
        Path dir = store.directoryOf(r);
        List<NodeRecord> nodes = r.nodes().stream().filter(n -> !n.logFile().isEmpty())
                .filter(n -> step == null || n.name().equals(step) || n.id().equals(step)
                        || n.name().startsWith(step + "("))
                .toList();
        if (nodes.isEmpty()) {
            throw new UserError(ExitCodes.USAGE, "error: run " + r.id() + " has no step '" + step + "' with logs; steps: "
                    + r.nodes().stream().filter(NodeRecord::isStep).map(NodeRecord::name).toList());
        }
        boolean headers = nodes.size() > 1 || step == null;
        for (NodeRecord n : nodes) {
            Path log = dir.resolve(n.logFile());
            if (headers) out.println("==> " + n.name() + " <==");
            try {
                if (Files.exists(log)) out.print(Files.readString(log));
            } catch (IOException e) {
                throw new UserError(ExitCodes.USAGE, "error: cannot read " + log + ": " + e.getMessage());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The exit code for a run that ended in {@code phase}. */
    public static int exitCode(Phase phase) {
        return switch (phase) {
            case SUCCEEDED -> ExitCodes.OK;
            case FAILED -> ExitCodes.RUN_FAILED;
            case STOPPED -> ExitCodes.RUN_STOPPED;
            default -> ExitCodes.RUN_ERROR;
        };
    }

    /** Prints a run's result, the steps when {@code steps}, and the outputs. */
    static void summary(RunRecord r, Path dir, boolean steps, PrintWriter out) {
        out.println("Run " + r.id() + " " + r.phase().display()
                + r.durationMillis().map(ms -> " in " + seconds(ms)).orElse("")
                + (r.message().isEmpty() || r.phase() == Phase.SUCCEEDED ? "" : ": " + r.message()));
        if (!r.parameters().isEmpty()) {
            out.println("Parameters:");
            r.parameters().forEach((k, v) -> out.println("  " + k + " = " + v));
        }
        if (steps) {
            out.println("Steps:");
            for (NodeRecord n : r.nodes()) {
                if (!n.isStep() && !"Skipped".equals(n.type()) && !"TaskGroup".equals(n.type())) continue;
                out.println(String.format("  %-28s %-10s %s", n.name(), n.phase().display(), detail(n)).stripTrailing());
            }
        }
        List<NodeRecord> withOutputs = r.nodes().stream().filter(n -> n.isStep() && n.phase() == Phase.SUCCEEDED)
                .filter(n -> !n.parameters().isEmpty() || !n.artifacts().isEmpty()).toList();
        if (!withOutputs.isEmpty()) {
            out.println("Outputs:");
            for (NodeRecord n : withOutputs) {
                n.parameters().forEach((k, v) -> out.println("  " + n.name() + "." + k + " = " + oneLine(v)));
                n.artifacts().forEach((k, v) -> out.println("  " + n.name() + "." + k + " -> " + shown(dir.resolve(v))));
            }
        }
        out.println("Logs: kfj runs logs " + r.id() + " [STEP]");
        out.flush();
    }

    private static RunRecord find(RunStore store, String id) {
        return store.get(id).orElseThrow(() -> new UserError(ExitCodes.USAGE, "error: no local run '" + id + "' in "
                + shown(store.directory()) + "; 'kfj runs' lists them"));
    }

    private static String oneLine(String v) {
        String s = v.replace("\n", "\\n");
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** A finished node's duration, attempts and why it did not succeed, e.g. {@code 1.2s, 3 attempts}. */
    static String detail(NodeRecord n) {
        if (n.phase() == Phase.SKIPPED) {
            int at = n.message().lastIndexOf("; not run: ");
            return "its condition was false" + (at < 0 ? "" : n.message().substring(at));
        }
        if (n.phase() == Phase.OMITTED) return "its dependencies did not allow it";
        StringBuilder b = new StringBuilder(n.cached() ? "cached" : duration(n));
        if (n.attempts() > 1) b.append(", ").append(n.attempts()).append(" attempts");
        if (!n.message().isEmpty() && n.phase() != Phase.SUCCEEDED) {
            b.append(b.length() == 0 ? "" : ": ").append(n.message());
        }
        return b.toString();
    }

    static String duration(NodeRecord n) {
        return n.durationMillis().map(LocalRuns::seconds).orElse("");
    }

    static String seconds(long ms) {
        return ms < 60_000 ? String.format(java.util.Locale.ROOT, "%.1fs", ms / 1000.0) : String.format(java.util.Locale.ROOT, "%dm%02ds", ms / 60_000, ms / 1000 % 60);
    }

    /** {@code p} relative to the working directory when it is inside it. */
    static String shown(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}

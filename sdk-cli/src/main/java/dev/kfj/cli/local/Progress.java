package dev.kfj.cli.local;

import dev.kfj.local.NodeRecord;
import dev.kfj.local.Phase;
import dev.kfj.local.RunListener;
import dev.kfj.local.RunRecord;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Prints a local run's progress: one line when a step starts (or starts another attempt), one
 * when it ends with its phase and duration. A loop prints its size, then a progress bar on a
 * terminal or a line per quarter otherwise; of its iterations only those that did not succeed get
 * a line, so that output piped to a file stays short and stable.
 */
final class Progress implements RunListener {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private boolean barShown;

    Progress(PrintWriter out, PrintWriter err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void runStarted(String runId, Path runDirectory) {
        line("Running " + runId + " locally (record, logs and artifacts in " + LocalRuns.shown(runDirectory) + ")");
    }

    @Override
    public synchronized void warning(String message) {
        clearBar();
        err.println("warning: " + message);
        err.flush();
    }

    @Override
    public synchronized void nodeChanged(NodeRecord node) {
        boolean loopChild = node.name().endsWith(")") && node.name().contains("(");
        if ("DAG".equals(node.type()) || "Steps".equals(node.type())) return;
        if ("TaskGroup".equals(node.type())) {
            if (node.phase() == Phase.RUNNING) line(row(node.name(), "Running", "loop of " + node.loopTotal()));
            else if (node.phase().isDone()) line(row(node.name(), node.phase().display(), LocalRuns.duration(node)));
            return;
        }
        if (node.phase() == Phase.RUNNING) {
            if (loopChild || node.attempts() == 0) return;
            line(row(node.name(), "Running", node.attempts() > 1 ? "attempt " + node.attempts() : ""));
            return;
        }
        if (!node.phase().isDone()) return;
        if (loopChild && node.phase() == Phase.SUCCEEDED) return;
        line(row(node.name(), node.phase().display(), LocalRuns.detail(node)));
    }

    @Override
    public synchronized void loopProgress(NodeRecord group, int done, int total) {
        if (terminal) {
            int width = 20;
            int filled = total == 0 ? width : done * width / total;
            out.print("\r\033[2K  " + group.name() + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
                    + done + "/" + total);
            out.flush();
            barShown = true;
        } else if (total >= 4 && done < total && done % Math.max(1, total / 4) == 0) {
            line(row(group.name(), "Running", done + "/" + total + " done"));
        }
    }

    @Override
    public synchronized void runFinished(RunRecord record) {
        clearBar();
    }

    private static String row(String name, String phase, String detail) {
        String s = String.format("  %-28s %-10s %s", name, phase, detail);
        return s.stripTrailing();
    }

    private void line(String text) {
        clearBar();
        out.println(text);
        out.flush();
    }

    private void clearBar() {
        if (barShown) {
            out.print("\r\033[2K");
            barShown = false;
        }
    }
}

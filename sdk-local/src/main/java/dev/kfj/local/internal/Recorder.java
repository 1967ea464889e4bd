package dev.kfj.local.internal;

import dev.kfj.local.NodeRecord;
import dev.kfj.local.Phase;
import dev.kfj.local.RunListener;
import dev.kfj.local.RunRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keeps the run's nodes, tells the listener about changes and rewrites {@code run.json} after each. */
final class Recorder {
    private final RunFiles files;
    private final RunListener listener;
    private final String runId;
    private final String workflow;
    private final Map<String, String> parameters;
    private final Instant startedAt = Instant.now();
    private final List<Node> nodes = new ArrayList<>();
    private Phase phase = Phase.RUNNING;
    private String message = "";
    private Instant finishedAt;

    Recorder(RunFiles files, RunListener listener, String runId, String workflow, Map<String, String> parameters) {
        this.files = files;
        this.listener = listener;
        this.runId = runId;
        this.workflow = workflow;
        this.parameters = parameters;
    }

    synchronized Node add(Node node) {
        nodes.add(node);
        return node;
    }

    /** Reports a change of {@code node} and saves the record. */
    synchronized void changed(Node node) {
        listener.nodeChanged(node.toRecord(files.root()));
        save();
    }

    synchronized void loopProgress(Node group, int done, int total) {
        listener.loopProgress(group.toRecord(files.root()), done, total);
    }

    synchronized void warning(String text) {
        listener.warning(text);
    }

    synchronized RunRecord finish(Phase finalPhase, String why) {
        phase = finalPhase;
        message = why == null ? "" : why;
        finishedAt = Instant.now();
        for (Node n : nodes) {
            synchronized (n) {
                if (!n.phase.isDone()) {
                    n.finish(finalPhase == Phase.STOPPED ? Phase.STOPPED : Phase.FAILED, message);
                }
            }
        }
        save();
        RunRecord r = snapshot();
        listener.runFinished(r);
        return r;
    }

    synchronized RunRecord snapshot() {
        List<NodeRecord> records = nodes.stream().map(n -> n.toRecord(files.root())).toList();
        return new RunRecord(runId, workflow, phase, startedAt.toString(),
                finishedAt == null ? "" : finishedAt.toString(), message, parameters, records,
                ProcessHandle.current().pid());
    }

    synchronized void save() {
        RunFiles.writeAtomically(files.record(), Json.writePretty(snapshot()));
    }

    synchronized List<Node> nodes() {
        return List.copyOf(nodes);
    }
}

package dev.kfj.local.internal;

import dev.kfj.argo.Parameter;
import dev.kfj.argo.Template;
import dev.kfj.local.Phase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One invocation of a DAG (or steps) template: schedules each task once everything its
 * {@code depends} names has finished, evaluates {@code depends} (false: Omitted) and {@code when}
 * (false: Skipped), expands loops, runs exit hooks, stops scheduling after a failure when
 * {@code failFast}, and decides the DAG's phase and outputs.
 */
final class DagRunner {
    private final Engine engine;
    private final Template template;
    private final List<TaskSpec> tasks;
    private final boolean failFast;
    private final Node node;
    private final Engine.Ctx ctx;
    private final Semaphore slots;
    private final Map<String, Object> scope = new LinkedHashMap<>();
    private final Map<String, Node> done = new LinkedHashMap<>();
    private final List<Node> hookFailures = new ArrayList<>();
    private final Object lock = new Object();

    DagRunner(Engine engine, Template template, List<TaskSpec> tasks, Boolean failFast, Engine.Given given, Node node,
              Engine.Ctx ctx) {
        this.engine = engine;
        this.template = template;
        this.tasks = tasks;
        this.failFast = failFast == null || failFast;
        this.node = node;
        this.ctx = ctx;
        this.slots = template.parallelism() != null && template.parallelism() > 0
                ? new Semaphore(template.parallelism(), true) : null;
        scope.putAll(StepRunner.inputScope(engine, given, ctx));
    }

    /** Runs every task and finishes {@link #node}. */
    void run() throws InterruptedException {
        node.start();
        engine.recorder.changed(node);
        Set<String> started = new HashSet<>();
        int running = 0;
        boolean anyFailed = false;
        synchronized (lock) {
            while (true) {
                boolean progressed = false;
                if (!engine.halted(ctx) && !(failFast && anyFailed)) {
                    for (TaskSpec ts : tasks) {
                        if (started.contains(ts.name())) continue;
                        Set<String> deps = ts.depends().isEmpty() ? Set.of() : Depends.names(ts.depends());
                        if (!done.keySet().containsAll(deps)) continue;
                        started.add(ts.name());
                        progressed = true;
                        if (!ts.depends().isEmpty() && !Depends.evaluate(ts.depends(), this::outcome)) {
                            Node omitted = engine.recorder.add(child(ts, "Skipped"));
                            omitted.finish(Phase.OMITTED, "depends '" + ts.depends() + "' is false");
                            engine.recorder.changed(omitted);
                            finished(ts, omitted);
                            continue;
                        }
                        running++;
                        Map<String, Object> snapshot = new LinkedHashMap<>(scope);
                        engine.submit(() -> {
                            Node n = runTask(ts, snapshot);
                            synchronized (lock) {
                                finished(ts, n);
                                lock.notifyAll();
                            }
                        });
                    }
                }
                anyFailed = unhandledFailure() != null;
                running = started.size() - done.size();
                if (progressed) continue;
                if (running == 0) break;
                lock.wait();
                anyFailed = unhandledFailure() != null;
            }
        }
        finish();
    }

    private Node child(TaskSpec ts, String type) {
        String tmpl = ts.inline() != null ? String.valueOf(ts.inline().name()) : String.valueOf(ts.template());
        return new Node(node.id + "." + ts.name(), ts.name(), type, tmpl);
    }

    private Depends.Outcome outcome(String task) {
        Node n = done.get(task);
        if (n == null) throw new IllegalStateException("depends names an unknown task '" + task + "'");
        return new Depends.Outcome(n.phase, n.childPhases());
    }

    private void finished(TaskSpec ts, Node n) {
        done.put(ts.name(), n);
        publish(scope, ts.name(), n);
    }

    /** Puts a finished task's status and outputs in scope as {@code tasks.<name>.…} (and {@code steps.<name>.…}). */
    static void publish(Map<String, Object> scope, String name, Node n) {
        for (String prefix : List.of("tasks.", "steps.")) {
            String p = prefix + name + ".";
            scope.put(p + "status", n.phase.display());
            scope.put(p + "id", n.id);
            if (n.startedAt != null) scope.put(p + "startedAt", n.startedAt.toString());
            if (n.finishedAt != null) scope.put(p + "finishedAt", n.finishedAt.toString());
            if ("TaskGroup".equals(n.type)) {
                Map<String, List<Object>> byName = new LinkedHashMap<>();
                List<Object> all = new ArrayList<>();
                List<Object> results = new ArrayList<>();
                for (Node c : n.children) {
                    c.parameters.forEach((k, v) -> byName.computeIfAbsent(k, x -> new ArrayList<>()).add(Json.parseOrString(v)));
                    all.add(new LinkedHashMap<>(c.parameters));
                    if (c.result != null) results.add(Json.parseOrString(c.result));
                }
                byName.forEach((k, v) -> scope.put(p + "outputs.parameters." + k, Json.write(v)));
                scope.put(p + "outputs.parameters", Json.write(all));
                scope.put(p + "outputs.result", Json.write(results));
            } else {
                n.parameters.forEach((k, v) -> scope.put(p + "outputs.parameters." + k, v));
                n.artifacts.forEach((k, v) -> scope.put(p + "outputs.artifacts." + k, v.toString()));
                if (n.result != null) scope.put(p + "outputs.result", n.result);
                if (n.exitCode != null) scope.put(p + "exitCode", n.exitCode);
            }
        }
    }

    private Node runTask(TaskSpec ts, Map<String, Object> taskScope) {
        Node n = engine.recorder.add(child(ts, "Pod"));
        try {
            if (ts.when() != null && !ts.when().isBlank() && !when(ts.when(), taskScope)) {
                n.type = "Skipped";
                Template t = resolve(ts);
                String notRun = t.dag() != null ? "; not run: " + String.join(", ",
                        t.dag().tasks().stream().map(dev.kfj.argo.DAGTask::name).toList()) : "";
                n.finish(Phase.SKIPPED, "when '" + ts.when() + "' evaluated false" + notRun);
                if (t.outputs() != null) {
                    for (Parameter p : t.outputs().parameters()) {
                        if (p.valueFrom() != null && p.valueFrom().defaultValue() != null) {
                            n.parameters.put(p.name(), p.valueFrom().defaultValue());
                        }
                    }
                }
                engine.recorder.changed(n);
            } else if (ts.isLoop()) {
                loop(ts, taskScope, n);
            } else {
                engine.call(resolve(ts), ts.arguments(), taskScope, n, slots, ctx);
            }
        } catch (RuntimeException e) {
            n.start();
            n.finish(Phase.ERROR, e.getMessage());
            engine.recorder.changed(n);
            engine.failed(n);
        }
        if (ts.exitHook() != null && !engine.cancelled) {
            Map<String, Object> hookScope = new LinkedHashMap<>(taskScope);
            publish(hookScope, ts.name(), n);
            Node hook = engine.recorder.add(new Node(n.id + ".onExit", ts.name() + ".onExit", "Pod",
                    ts.exitHook().template()));
            engine.call(engine.templates.get(ts.exitHook().template()), ts.exitHook().arguments(), hookScope, hook,
                    null, new Engine.Ctx(true, ctx.globals()));
            if (hook.phase.isFailure()) {
                synchronized (lock) {
                    hookFailures.add(hook);
                }
            }
        }
        return n;
    }

    private Template resolve(TaskSpec ts) {
        if (ts.inline() != null) return ts.inline();
        Template t = engine.templates.get(ts.template());
        if (t == null) throw new IllegalStateException("task '" + ts.name() + "' names no template '" + ts.template() + "'");
        return t;
    }

    private static boolean when(String when, Map<String, Object> scope) {
        String text = Templating.substitute(when, scope);
        try {
            return Expr.test(text, Map.of(), true);
        } catch (Expr.ExprException e) {
            throw new IllegalStateException("invalid 'when' expression '" + when + "': " + e.getMessage());
        }
    }

    private void loop(TaskSpec ts, Map<String, Object> taskScope, Node group) {
        List<Object> items = Loops.items(ts, taskScope);
        Template t = resolve(ts);
        group.type = "TaskGroup";
        group.loopTotal = items.size();
        group.start();
        engine.recorder.changed(group);
        List<Future<?>> futures = new ArrayList<>();
        AtomicInteger finished = new AtomicInteger();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String label = i + ":" + Loops.label(item);
            Node c = engine.recorder.add(new Node(group.id + "(" + label + ")", ts.name() + "(" + label + ")", "Pod",
                    t.name() == null ? "" : t.name()));
            synchronized (group) {
                group.children.add(c);
            }
            Map<String, Object> s = new LinkedHashMap<>(taskScope);
            Loops.bind(s, item);
            futures.add(engine.submit(() -> {
                engine.call(t, ts.arguments(), s, c, slots, ctx);
                engine.recorder.loopProgress(group, finished.incrementAndGet(), items.size());
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                throw new IllegalStateException(String.valueOf(e.getCause().getMessage()));
            }
        }
        Node bad = group.children.stream().filter(c -> c.phase.isFailure()).findFirst().orElse(null);
        if (engine.cancelled) {
            group.finish(Phase.STOPPED, "stopped");
        } else if (bad != null) {
            group.finish(bad.phase == Phase.ERROR ? Phase.ERROR : Phase.FAILED, "child '" + bad.name + "' failed");
        } else {
            group.finish(Phase.SUCCEEDED, "");
        }
        engine.recorder.changed(group);
    }

    private void finish() {
        if (engine.cancelled) {
            node.finish(Phase.STOPPED, "stopped");
            engine.recorder.changed(node);
            return;
        }
        Node failed = unhandledFailure();
        if (failed != null) {
            node.finish(failed.phase == Phase.ERROR ? Phase.ERROR : Phase.FAILED, "child '" + failed.name + "' failed");
        } else if (engine.halted(ctx)) {
            node.finish(Phase.FAILED, "Max duration reached");
        } else {
            try {
                outputs();
                node.finish(Phase.SUCCEEDED, "");
            } catch (RuntimeException e) {
                node.finish(Phase.ERROR, e.getMessage());
            }
        }
        engine.recorder.changed(node);
    }

    /**
     * The first failed task that no other task handles (by depending on its {@code .Failed},
     * {@code .Errored} or {@code .AllFailed}, or by {@code continueOn}), else the first failed exit hook.
     */
    private Node unhandledFailure() {
        Set<String> handled = new LinkedHashSet<>();
        for (TaskSpec ts : tasks) {
            if (!ts.depends().isEmpty()) handled.addAll(Depends.handledFailures(ts.depends()));
            if (ts.tolerateFailure()) handled.add(ts.name());
        }
        for (Map.Entry<String, Node> e : done.entrySet()) {
            if (e.getValue().phase.isFailure() && !handled.contains(e.getKey())) return e.getValue();
        }
        return hookFailures.isEmpty() ? null : hookFailures.get(0);
    }

    private void outputs() {
        if (template.outputs() == null) return;
        for (Parameter p : template.outputs().parameters()) {
            var vf = p.valueFrom();
            if (vf == null) continue;
            String value = null;
            try {
                if (vf.parameter() != null) value = Templating.substitute(vf.parameter(), scope);
                if (vf.expression() != null) value = Expr.str(Expr.eval(vf.expression(), Expr.nest(scope), false));
            } catch (RuntimeException e) {
                if (vf.defaultValue() == null) throw new IllegalStateException("output '" + p.name() + "': " + e.getMessage());
            }
            if (value == null) value = vf.defaultValue();
            if (value == null) throw new IllegalStateException("output '" + p.name() + "' has no value");
            node.parameters.put(p.name(), value);
        }
        for (dev.kfj.argo.Artifact a : template.outputs().artifacts()) {
            if (a.from() == null) continue;
            try {
                node.artifacts.put(a.name(), Path.of(Templating.substitute(a.from(), scope)));
            } catch (Templating.UnresolvedException e) {
                if (!Boolean.TRUE.equals(a.optional())) throw new IllegalStateException("output '" + a.name() + "': " + e.getMessage());
            }
        }
    }
}

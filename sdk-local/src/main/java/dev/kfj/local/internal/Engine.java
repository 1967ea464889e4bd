package dev.kfj.local.internal;

import dev.kfj.argo.Arguments;
import dev.kfj.argo.Artifact;
import dev.kfj.argo.LifecycleHook;
import dev.kfj.argo.Parameter;
import dev.kfj.argo.Template;
import dev.kfj.argo.Workflow;
import dev.kfj.argo.WorkflowSpec;
import dev.kfj.local.LocalRunOptions;
import dev.kfj.local.Phase;
import dev.kfj.local.RunListener;
import dev.kfj.local.RunRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs one workflow: the entrypoint template (DAGs, steps, loops, conditions, hooks), then the
 * exit handler, recording every node. Leaf steps go to {@link StepRunner}.
 */
public final class Engine {
    final WorkflowSpec spec;
    final Map<String, Template> templates;
    final LocalRunOptions options;
    final RunFiles files;
    final Recorder recorder;
    final Launcher launcher;
    final String runId;
    final Map<String, Object> globals = new LinkedHashMap<>();
    final Semaphore stepSlots;
    final List<Map<String, Object>> failures = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "kfj-local");
        t.setDaemon(true);
        return t;
    });
    private final StepRunner steps;
    volatile boolean cancelled;
    volatile boolean deadlineHit;

    /** What a call runs in: the main body, or the exit handler (which still runs after a deadline). */
    record Ctx(boolean exitHandler, Map<String, Object> globals) {
        static final Ctx MAIN = new Ctx(false, Map.of());
    }

    /** A template's resolved inputs. */
    record Given(Map<String, String> parameters, Map<String, Path> artifacts) {
    }

    /** Prepares a run of {@code workflow}; nothing runs until {@link #run()}. */
    public Engine(Workflow workflow, Map<String, String> parameters, LocalRunOptions options, RunListener listener,
                  String runId, Path runDirectory, Map<String, Template> templates) {
        this.spec = workflow.spec();
        this.templates = templates;
        this.options = options;
        this.runId = runId;
        this.files = new RunFiles(runDirectory);
        String name = workflow.metadata().getGenerateName() != null
                ? workflow.metadata().getGenerateName().replaceAll("-$", "") : workflow.metadata().getName();
        this.recorder = new Recorder(files, listener, runId, name == null ? runId : name, parameters);
        this.launcher = new Launcher(options.containerEngine());
        int limit = options.parallelism();
        if (spec.parallelism() != null && spec.parallelism() > 0) limit = Math.min(limit, spec.parallelism());
        this.stepSlots = new Semaphore(limit, true);
        this.steps = new StepRunner(this);
        globals.put("workflow.name", runId);
        globals.put("workflow.namespace", "local");
        globals.put("workflow.uid", java.util.UUID.nameUUIDFromBytes(runId.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        globals.put("workflow.mainEntrypoint", spec.entrypoint());
        globals.put("workflow.serviceAccountName", spec.serviceAccountName() == null ? "default" : spec.serviceAccountName());
        globals.put("workflow.creationTimestamp", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        parameters.forEach((k, v) -> globals.put("workflow.parameters." + k, v));
        globals.put("workflow.parameters.json", Json.write(parameters));
        if (workflow.metadata().getLabels() != null) workflow.metadata().getLabels().forEach((k, v) -> globals.put("workflow.labels." + k, v));
        if (workflow.metadata().getAnnotations() != null) {
            workflow.metadata().getAnnotations().forEach((k, v) -> globals.put("workflow.annotations." + k, v));
        }
        if (spec.priority() != null) globals.put("workflow.priority", String.valueOf(spec.priority()));
    }

    /** The run's directory. */
    public Path directory() {
        return files.root();
    }

    /** Stops the run: nothing new starts and running steps are killed. */
    public void cancel() {
        cancelled = true;
        launcher.killAll();
    }

    boolean halted(Ctx ctx) {
        return cancelled || (deadlineHit && !ctx.exitHandler());
    }

    /** Runs the workflow to the end and returns its final record. */
    public RunRecord run() {
        ScheduledExecutorService timer = null;
        try {
            recorder.save();
            if (spec.activeDeadlineSeconds() != null) {
                timer = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "kfj-deadline");
                    t.setDaemon(true);
                    return t;
                });
                timer.schedule(() -> {
                    deadlineHit = true;
                    launcher.killAll();
                }, spec.activeDeadlineSeconds(), TimeUnit.SECONDS);
            }
            Template entry = templates.get(spec.entrypoint());
            Node root = recorder.add(new Node(entry.name(), runId, "DAG", entry.name()));
            Map<String, String> inParams = new LinkedHashMap<>();
            if (entry.inputs() != null) {
                for (Parameter p : entry.inputs().parameters()) {
                    Object v = globals.get("workflow.parameters." + p.name());
                    if (v != null) inParams.put(p.name(), (String) v);
                }
            }
            Arguments rootArgs = new Arguments(inParams.entrySet().stream()
                    .map(e -> new Parameter(e.getKey(), e.getValue(), null, null, null, null, null)).toList(),
                    spec.arguments() == null ? List.of() : spec.arguments().artifacts());
            call(entry, rootArgs, globals, root, null, Ctx.MAIN);
            Phase main = root.phase;
            String message = root.message;
            if (deadlineHit && !cancelled) {
                main = Phase.FAILED;
                message = "Max duration reached";
            }
            if (!cancelled) {
                LifecycleHook exit = spec.hooks().get("exit");
                if (exit == null && spec.onExit() != null) exit = new LifecycleHook(spec.onExit(), null, null, null);
                if (exit != null) {
                    Map<String, Object> scope = new LinkedHashMap<>(globals);
                    scope.put("workflow.status", main == Phase.SUCCEEDED ? "Succeeded" : main == Phase.ERROR ? "Error" : "Failed");
                    scope.put("workflow.failures", Json.write(List.copyOf(failures)));
                    Node handler = recorder.add(new Node("onExit", runId + ".onExit", "Pod", exit.template()));
                    Map<String, Object> late = new LinkedHashMap<>();
                    late.put("workflow.status", scope.get("workflow.status"));
                    late.put("workflow.failures", scope.get("workflow.failures"));
                    call(templates.get(exit.template()), exit.arguments(), scope, handler, null, new Ctx(true, late));
                    if (handler.phase.isFailure() && main == Phase.SUCCEEDED && !cancelled) {
                        main = Phase.FAILED;
                        message = "exit handler '" + exit.template() + "' failed: " + handler.message;
                    }
                }
            }
            if (cancelled) return recorder.finish(Phase.STOPPED, "stopped before it finished");
            return recorder.finish(main, message);
        } catch (RuntimeException e) {
            return recorder.finish(cancelled ? Phase.STOPPED : Phase.ERROR, String.valueOf(e.getMessage()));
        } finally {
            if (timer != null) timer.shutdownNow();
            pool.shutdownNow();
        }
    }

    /** Resolves {@code args} in {@code scope} and runs {@code t} as {@code node}. */
    void call(Template t, Arguments args, Map<String, Object> scope, Node node, Semaphore slots, Ctx ctx) {
        node.type = t.dag() != null ? "DAG" : !t.steps().isEmpty() ? "Steps" : "Pod";
        if (halted(ctx)) {
            node.finish(cancelled ? Phase.STOPPED : Phase.FAILED, "not started: the run was stopped");
            recorder.changed(node);
            return;
        }
        Given given;
        try {
            given = resolveInputs(t, args == null ? new Arguments(null, null) : args, scope);
        } catch (RuntimeException e) {
            node.start();
            node.finish(Phase.ERROR, e.getMessage());
            recorder.changed(node);
            failed(node);
            return;
        }
        boolean acquired = false;
        try {
            if (slots != null) {
                slots.acquire();
                acquired = true;
            }
            if (t.dag() != null) {
                new DagRunner(this, t, TaskSpec.targeted(TaskSpec.ofDag(t.dag().tasks()), t.dag().target()), t.dag().failFast(),
                        given, node, ctx).run();
            } else if (!t.steps().isEmpty()) {
                new DagRunner(this, t, TaskSpec.ofSteps(t.steps()), true, given, node, ctx).run();
            } else {
                steps.run(t, given, node, ctx);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            node.finish(Phase.STOPPED, "interrupted");
            recorder.changed(node);
        } catch (RuntimeException e) {
            node.finish(Phase.ERROR, e.getMessage());
            recorder.changed(node);
            failed(node);
        } finally {
            if (acquired) slots.release();
        }
    }

    void failed(Node n) {
        if (!"Pod".equals(n.type)) return;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("displayName", n.name);
        f.put("message", n.message);
        f.put("templateName", n.templateName);
        f.put("phase", n.phase.display());
        f.put("podName", RunFiles.safe(n.id));
        f.put("finishedAt", n.finishedAt == null ? "" : n.finishedAt.toString());
        failures.add(f);
    }

    /** The template's input parameters and artifacts from {@code args} (resolved in {@code scope}) and its defaults. */
    Given resolveInputs(Template t, Arguments args, Map<String, Object> scope) {
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, Path> arts = new LinkedHashMap<>();
        Map<String, Parameter> given = new LinkedHashMap<>();
        args.parameters().forEach(p -> given.put(p.name(), p));
        Map<String, Artifact> givenArts = new LinkedHashMap<>();
        args.artifacts().forEach(a -> givenArts.put(a.name(), a));
        if (t.inputs() == null) return new Given(params, arts);
        for (Parameter p : t.inputs().parameters()) {
            String value = null;
            Parameter a = given.get(p.name());
            if (a != null && a.value() != null) {
                try {
                    value = Templating.substitute(a.value(), scope);
                } catch (Templating.UnresolvedException e) {
                    if (p.value() == null && p.defaultValue() == null) {
                        throw new IllegalStateException("input parameter '" + p.name() + "': " + e.getMessage());
                    }
                }
            }
            if (value == null && p.value() != null) value = Templating.substitute(p.value(), scope);
            if (value == null && p.defaultValue() != null) value = Templating.substitute(p.defaultValue(), scope);
            if (value == null) throw new IllegalStateException("input parameter '" + p.name() + "' has no value");
            if (!p.enumValues().isEmpty() && !p.enumValues().contains(value)) {
                throw new IllegalStateException("input parameter '" + p.name() + "' is '" + value + "', not one of "
                        + p.enumValues());
            }
            params.put(p.name(), value);
        }
        for (Artifact in : t.inputs().artifacts()) {
            Artifact a = givenArts.getOrDefault(in.name(), in);
            Path path = artifactSource(a, scope, in.name());
            if (path == null && a != in) path = artifactSource(in, scope, in.name());
            if (path == null) {
                if (Boolean.TRUE.equals(in.optional())) continue;
                throw new IllegalStateException("input artifact '" + in.name() + "' has no source");
            }
            arts.put(in.name(), path);
        }
        return new Given(params, arts);
    }

    private Path artifactSource(Artifact a, Map<String, Object> scope, String name) {
        try {
            if (a.from() != null) {
                String p = Templating.substitute(a.from(), scope);
                Path path = Path.of(p);
                if (!Files.exists(path)) throw new IllegalStateException("input artifact '" + name + "': " + p + " does not exist");
                return path;
            }
            if (a.fromExpression() != null) {
                Object v = Expr.eval(a.fromExpression(), Expr.nest(scope), false);
                return v == null ? null : Path.of(Expr.str(v));
            }
            if (a.raw() != null) {
                Path dir = files.root().resolve("raw");
                Files.createDirectories(dir);
                Path f = Files.createTempFile(dir, name, ".txt");
                Files.writeString(f, Templating.substitute(a.raw().data(), scope));
                return f;
            }
        } catch (Templating.UnresolvedException e) {
            if (Boolean.TRUE.equals(a.optional())) return null;
            throw new IllegalStateException("input artifact '" + name + "': " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("input artifact '" + name + "': " + e.getMessage());
        }
        return null;
    }

    /** Runs {@code task} on the pool. */
    Future<?> submit(Runnable task) {
        return pool.submit(task);
    }
}

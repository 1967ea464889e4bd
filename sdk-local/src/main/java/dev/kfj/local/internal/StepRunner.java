package dev.kfj.local.internal;

import dev.kfj.argo.Artifact;
import dev.kfj.argo.Memoize;
import dev.kfj.argo.Parameter;
import dev.kfj.argo.RetryStrategy;
import dev.kfj.argo.Template;
import dev.kfj.local.Phase;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a container or script template as one step: the memo cache, attempts with retries and
 * backoff, deadlines, staged inputs, outputs collected only from a successful attempt and moved
 * into place whole.
 */
final class StepRunner {
    private final Engine engine;
    private final MemoCache cache;

    StepRunner(Engine engine) {
        this.engine = engine;
        this.cache = new MemoCache(engine.options.cacheDirectory());
    }

    /** The scope every template sees: globals and its inputs. */
    static Map<String, Object> inputScope(Engine engine, Engine.Given given, Engine.Ctx ctx) {
        Map<String, Object> s = new LinkedHashMap<>(engine.globals);
        s.putAll(ctx.globals());
        given.parameters().forEach((k, v) -> s.put("inputs.parameters." + k, v));
        List<Map<String, String>> all = new ArrayList<>();
        given.parameters().forEach((k, v) -> all.add(Map.of("name", k, "value", v)));
        s.put("inputs.parameters", Json.write(all));
        given.artifacts().forEach((k, v) -> s.put("inputs.artifacts." + k, v.toString()));
        return s;
    }

    private record Attempt(Phase phase, String message, String exitCode) {
    }

    void run(Template t, Engine.Given given, Node node, Engine.Ctx ctx) throws InterruptedException {
        Path dir = engine.files.nodeDirectory(node.id);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + dir + ": " + e.getMessage());
        }
        node.logFile = dir.resolve("main.log");
        node.start();
        Map<String, Object> base = inputScope(engine, given, ctx);
        base.put("node.name", node.id);
        base.put("pod.name", RunFiles.safe(node.id));
        Memoize memo = t.memoize();
        String key = null;
        if (memo != null) {
            key = Templating.substitute(memo.key(), base);
            if (!MemoCache.KEY.matcher(key).matches()) {
                fail(node, Phase.ERROR, "invalid cache key '" + key + "': it must match " + MemoCache.KEY.pattern());
                return;
            }
            if (engine.options.caching() && restore(t, memo, key, node)) return;
        }
        engine.recorder.changed(node);
        RetryStrategy retry = t.retryStrategy();
        Instant first = Instant.now();
        for (int attempt = 0; ; attempt++) {
            if (engine.halted(ctx)) {
                fail(node, engine.cancelled ? Phase.STOPPED : Phase.FAILED, "stopped");
                return;
            }
            while (!engine.stepSlots.tryAcquire(200, TimeUnit.MILLISECONDS)) {
                if (engine.halted(ctx)) {
                    fail(node, engine.cancelled ? Phase.STOPPED : Phase.FAILED, "stopped");
                    return;
                }
            }
            Attempt a;
            Instant started = Instant.now();
            try {
                synchronized (node) {
                    node.attempts = attempt + 1;
                }
                engine.recorder.changed(node);
                Map<String, Object> scope = new LinkedHashMap<>(base);
                scope.put("retries", String.valueOf(attempt));
                a = attempt(t, given, node, dir, scope, ctx);
            } finally {
                engine.stepSlots.release();
            }
            if (a.phase() == Phase.SUCCEEDED) {
                if (key != null) saveToCache(memo, key, node);
                node.finish(Phase.SUCCEEDED, "");
                engine.recorder.changed(node);
                return;
            }
            if (engine.halted(ctx)) {
                fail(node, engine.cancelled ? Phase.STOPPED : Phase.FAILED, engine.cancelled ? "stopped" : "Max duration reached");
                return;
            }
            Optional<Duration> wait = retry == null ? Optional.empty() : retryAfter(retry, attempt, a, base, first,
                    Duration.between(started, Instant.now()));
            if (wait.isEmpty()) {
                fail(node, a.phase(), a.message() + (retry != null && attempt > 0 ? " (no more retries left)" : ""));
                return;
            }
            long until = System.nanoTime() + wait.get().toNanos();
            while (System.nanoTime() < until) {
                if (engine.halted(ctx)) break;
                Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            }
        }
    }

    private void fail(Node node, Phase phase, String message) {
        node.finish(phase, message);
        engine.recorder.changed(node);
        if (phase != Phase.STOPPED) engine.failed(node);
    }

    private Optional<Duration> retryAfter(RetryStrategy r, int attempt, Attempt a, Map<String, Object> scope,
                                          Instant first, Duration took) {
        if (r.limit() != null) {
            String limit = r.limit().getIntVal() != null ? String.valueOf(r.limit().getIntVal())
                    : Templating.substitute(r.limit().getStrVal(), scope);
            if (attempt >= Integer.parseInt(limit.trim())) return Optional.empty();
        }
        String policy = r.retryPolicy() != null ? r.retryPolicy() : r.expression() != null ? "Always" : "OnFailure";
        boolean matches = switch (policy) {
            case "Always" -> a.phase() == Phase.FAILED || a.phase() == Phase.ERROR;
            case "OnError", "OnTransientError" -> a.phase() == Phase.ERROR;
            default -> a.phase() == Phase.FAILED;
        };
        if (!matches) return Optional.empty();
        if (r.expression() != null) {
            Map<String, Object> last = new LinkedHashMap<>();
            last.put("lastRetry.exitCode", a.exitCode() == null ? "-1" : a.exitCode());
            last.put("lastRetry.status", a.phase() == Phase.ERROR ? "Error" : "Failed");
            last.put("lastRetry.duration", String.valueOf(took.toSeconds()));
            last.put("lastRetry.message", a.message());
            if (!Expr.test(r.expression(), Expr.nest(last), false)) return Optional.empty();
        }
        Duration wait = Duration.ZERO;
        if (r.backoff() != null && r.backoff().duration() != null) {
            Duration d = Durations.parse(Templating.substitute(r.backoff().duration(), scope));
            IntOrString f = r.backoff().factor();
            double factor = f == null ? 1 : f.getIntVal() != null ? f.getIntVal() : Double.parseDouble(f.getStrVal());
            wait = Duration.ofMillis((long) (d.toMillis() * Math.pow(factor, attempt)));
            if (r.backoff().cap() != null) {
                Duration cap = Durations.parse(r.backoff().cap());
                if (wait.compareTo(cap) > 0) wait = cap;
            }
            if (r.backoff().maxDuration() != null) {
                Duration max = Durations.parse(r.backoff().maxDuration());
                if (Duration.between(first, Instant.now()).plus(wait).compareTo(max) > 0) return Optional.empty();
            }
        }
        return Optional.of(wait);
    }

    private boolean restore(Template t, Memoize memo, String key, Node node) {
        String name = memo.cache() != null && memo.cache().configMap() != null
                ? memo.cache().configMap().getName() : "default";
        Optional<MemoCache.Entry> hit = cache.find(name, key, memo.maxAge());
        if (hit.isEmpty()) return false;
        try {
            for (Map.Entry<String, String> a : hit.get().artifacts().entrySet()) {
                Path to = engine.files.artifact(node.id, a.getKey());
                RunFiles.copy(Path.of(a.getValue()), to);
                node.artifacts.put(a.getKey(), to);
            }
        } catch (IOException e) {
            return false;
        }
        node.parameters.putAll(hit.get().parameters());
        node.cached = true;
        node.finish(Phase.SUCCEEDED, "cached: key '" + key + "'");
        engine.recorder.changed(node);
        return true;
    }

    private void saveToCache(Memoize memo, String key, Node node) {
        String name = memo.cache() != null && memo.cache().configMap() != null
                ? memo.cache().configMap().getName() : "default";
        try {
            cache.save(name, key, node.parameters, node.artifacts);
        } catch (IOException e) {
            engine.recorder.warning("could not cache the outputs of '" + node.name + "': " + e.getMessage());
        }
    }

    private Attempt attempt(Template t, Engine.Given given, Node node, Path dir, Map<String, Object> scope,
                            Engine.Ctx ctx) throws InterruptedException {
        Path staging = dir.resolve("outputs");
        Path work = dir.resolve("work");
        try {
            RunFiles.delete(staging);
            Files.createDirectories(staging.resolve("parameters"));
            Files.createDirectories(staging.resolve("artifacts"));
            Files.createDirectories(work);
            Files.writeString(node.logFile, node.attempts > 1 ? "--- attempt " + node.attempts + " ---\n" : "",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Invocation inv = Invocation.prepare(engine, t, given, node, dir, scope);
            Launcher.Exit exit = engine.launcher.run(inv.argv(), work, inv.env(), node.logFile, deadline(t, scope),
                    inv.containerName());
            node.exitCode = String.valueOf(exit.code());
            if (engine.cancelled) return new Attempt(Phase.STOPPED, "stopped", node.exitCode);
            if (exit.timedOut()) {
                return new Attempt(Phase.FAILED, "Pod was active on the node longer than the specified deadline",
                        node.exitCode);
            }
            if (exit.killed()) return new Attempt(Phase.FAILED, "stopped: Max duration reached", node.exitCode);
            if (exit.code() != 0) return new Attempt(Phase.FAILED, "Error (exit code " + exit.code() + ")", node.exitCode);
            String out = exit.stdout();
            node.result = out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
            collect(t, node, inv);
            return new Attempt(Phase.SUCCEEDED, "", node.exitCode);
        } catch (IOException | RuntimeException e) {
            return new Attempt(Phase.ERROR, String.valueOf(e.getMessage()), null);
        } finally {
            try {
                RunFiles.delete(staging);
            } catch (IOException ignored) {
                // best effort: a leftover staging directory holds no finished artifact
            }
        }
    }

    private static Optional<Duration> deadline(Template t, Map<String, Object> scope) {
        Duration d = null;
        IntOrString ads = t.activeDeadlineSeconds();
        if (ads != null) {
            String s = ads.getIntVal() != null ? String.valueOf(ads.getIntVal()) : Templating.substitute(ads.getStrVal(), scope);
            d = Duration.ofSeconds(Long.parseLong(s.trim()));
        }
        if (t.timeout() != null) {
            Duration to = Durations.parse(Templating.substitute(t.timeout(), scope));
            if (d == null || to.compareTo(d) < 0) d = to;
        }
        return Optional.ofNullable(d);
    }

    /** Reads output parameters and moves output artifacts into the run's artifacts directory. */
    private void collect(Template t, Node node, Invocation inv) throws IOException {
        if (t.outputs() == null) return;
        Map<String, String> params = new LinkedHashMap<>();
        for (Parameter p : t.outputs().parameters()) {
            var vf = p.valueFrom();
            if (vf == null) continue;
            String value = null;
            if (vf.path() != null) {
                Path f = inv.hostPath(vf.path());
                if (Files.isRegularFile(f)) {
                    value = Files.readString(f, StandardCharsets.UTF_8);
                    if (value.endsWith("\n")) value = value.substring(0, value.length() - 1);
                }
            } else if (vf.expression() != null) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("outputs.result", node.result);
                s.put("exitCode", node.exitCode);
                value = Expr.str(Expr.eval(vf.expression(), Expr.nest(s), false));
            }
            if (value == null) value = vf.defaultValue();
            if (value == null) {
                throw new IOException("output parameter '" + p.name() + "' was not written to " + vf.path());
            }
            params.put(p.name(), value);
        }
        Map<String, Path> staged = new LinkedHashMap<>();
        for (Artifact a : t.outputs().artifacts()) {
            if (a.path() == null) continue;
            Path f = inv.hostPath(a.path());
            if (!Files.exists(f)) {
                if (Boolean.TRUE.equals(a.optional())) continue;
                throw new IOException("output artifact '" + a.name() + "' was not written to " + a.path());
            }
            staged.put(a.name(), f);
        }
        Map<String, Path> moved = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : staged.entrySet()) {
            Path to = engine.files.artifact(node.id, e.getKey());
            RunFiles.move(e.getValue(), to);
            moved.put(e.getKey(), to);
        }
        node.parameters.putAll(params);
        node.artifacts.putAll(moved);
    }

    /** A step's command line, environment and the mapping between its declared paths and files here. */
    record Invocation(List<String> argv, Map<String, String> env, Map<String, Path> paths, String containerName) {

        Path hostPath(String declared) {
            Path exact = paths.get(declared);
            if (exact != null) return exact;
            return paths.entrySet().stream().filter(e -> declared.startsWith(e.getKey() + "/"))
                    .max(Comparator.comparingInt(e -> e.getKey().length()))
                    .map(e -> e.getValue().resolve(declared.substring(e.getKey().length() + 1)))
                    .orElse(Path.of(declared));
        }

        static Invocation prepare(Engine engine, Template t, Engine.Given given, Node node, Path dir,
                                  Map<String, Object> scope) throws IOException {
            return Invocations.prepare(engine, t, given, node, dir, scope);
        }
    }

    static List<String> rawArgv(Template t) {
        List<String> argv = new ArrayList<>();
        if (t.container() != null) {
            argv.addAll(t.container().getCommand());
            argv.addAll(t.container().getArgs());
        } else if (t.script() != null) {
            argv.addAll(t.script().command());
            argv.addAll(t.script().args());
        }
        return argv;
    }

    static List<EnvVar> envOf(Template t) {
        return t.container() != null ? t.container().getEnv() : t.script() != null ? t.script().env() : List.of();
    }

    static List<VolumeMount> mountsOf(Template t) {
        return t.container() != null ? t.container().getVolumeMounts()
                : t.script() != null ? t.script().volumeMounts() : List.of();
    }
}

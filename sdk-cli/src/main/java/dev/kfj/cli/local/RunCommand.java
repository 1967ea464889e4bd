package dev.kfj.cli.local;

import dev.kfj.argo.Workflow;
import dev.kfj.cli.ExitCodes;
import dev.kfj.cli.LoadedPipeline;
import dev.kfj.cli.PipelineOptions;
import dev.kfj.cli.cluster.ClusterRun;
import dev.kfj.cli.cluster.ConnectionOptions;
import dev.kfj.cli.internal.UserError;
import dev.kfj.compiler.CompilationException;
import dev.kfj.compiler.CompiledPipeline;
import dev.kfj.compiler.Diagnostic;
import dev.kfj.compiler.PipelineCompiler;
import dev.kfj.local.LocalRunException;
import dev.kfj.local.LocalRunOptions;
import dev.kfj.local.LocalRunner;
import dev.kfj.local.RunHandle;
import dev.kfj.local.RunRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kfj run}: runs a pipeline to its end and exits with its outcome. On the cluster when one
 * is configured ({@code ARGO_SERVER}, {@code --argo-server} or {@code --kube}), else on this
 * machine with the local engine: Java steps in child JVMs, container steps in Docker/Podman or,
 * with {@code --host}, as commands on this machine.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a pipeline and wait for it: on the cluster when one is configured, else on this machine.",
                "PIPELINE is a .java file, a class name with --classpath, or a compiled workflow .yaml/.json.",
                "Local runs are recorded under .kfj/runs (or $KFJ_HOME/runs, or --run-dir); see 'kfj runs'.",
                "Ctrl-C stops a local run: running steps are killed and the run is recorded as Stopped."})
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Mixin
    ConnectionOptions connection;

    @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE", description = "Set a pipeline parameter.")
    List<String> parameters = new ArrayList<>();

    @Option(names = "--local", description = "Run on this machine even when a cluster is configured.")
    boolean local;

    @Option(names = "--host", description = "Run container steps' commands directly on this machine, without their"
            + " images, instead of in Docker or Podman.")
    boolean host;

    @Option(names = "--parallelism", paramLabel = "N",
            description = "Run at most N steps at once (default: the number of processors, at least 2).")
    Integer parallelism;

    @Option(names = "--run-dir", paramLabel = "DIR",
            description = "Keep runs under DIR/runs and the step cache under DIR/cache (default: $KFJ_HOME, else .kfj).")
    Path runDir;

    @Option(names = "--no-cache", description = "Run memoized steps even when an earlier run cached their outputs.")
    boolean noCache;

    @Option(names = "--logs", description = "On a cluster: stream the steps' logs while following the run.")
    boolean logs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> params = pairs(parameters);
        boolean manifest = isManifest(pipeline.argument());
        LoadedPipeline loaded = manifest ? null : pipeline.load(err);
        Workflow workflow = manifest ? readManifest(Path.of(pipeline.argument())) : compile(loaded, err);
        if (loaded != null) checkTypes(loaded.pipeline(), params);
        if (!local && connection.configured()) {
            // The cluster path: submit, follow, exit with the run's code.
            Workflow withParams = workflow;
            if (!params.isEmpty()) {
                return ClusterRun.run(dev.kfj.argo.yaml.ArgoYaml.tree(withParams),
                        new dev.kfj.client.SubmitOptions(params, Map.of(), null, null, false), connection, true, logs,
                        out, err);
            }
            return ClusterRun.run(withParams, connection, true, logs, out, err);
        }
        LocalRunOptions options = LocalRunOptions.defaults().withHostExecution(host).withCaching(!noCache);
        if (runDir != null) options = options.withHome(runDir);
        if (parallelism != null) {
            if (parallelism < 1) throw new UserError(ExitCodes.USAGE, "error: --parallelism must be at least 1");
            options = options.withParallelism(parallelism);
        }
        if (loaded != null) {
            options = options.withClassPath(loaded.classPath());
        } else if (spec.findOption("--classpath") != null && spec.findOption("--classpath").getValue() != null) {
            // A compiled workflow: its Java steps run with --classpath, then kfj's own (the step runtime).
            String cp = spec.findOption("--classpath").getValue();
            List<String> entries = new ArrayList<>(List.of(cp.split(java.io.File.pathSeparator)));
            entries.addAll(options.classPath());
            options = options.withClassPath(entries);
        }
        return runLocally(workflow, params, options, out, err);
    }

    static int runLocally(Workflow workflow, Map<String, String> params, LocalRunOptions options, PrintWriter out,
                          PrintWriter err) {
        Progress progress = new Progress(out, err, System.console() != null);
        RunHandle handle;
        try {
            handle = LocalRunner.create(options).start(workflow, params, progress);
        } catch (LocalRunException e) {
            e.problems().forEach(err::println);
            err.flush();
            boolean usage = e.problems().stream().allMatch(p -> p.contains("[KFJ-711]") || p.contains("[KFJ-720]"));
            return usage ? ExitCodes.USAGE : ExitCodes.INVALID_PIPELINE;
        }
        Thread onCtrlC = new Thread(() -> {
            handle.cancel();
            try {
                RunRecord r = handle.await();
                LocalRuns.summary(r, handle.directory(), false, out);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.flush();
            Runtime.getRuntime().halt(ExitCodes.RUN_STOPPED);
        }, "kfj-stop");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        RunRecord record;
        try {
            record = handle.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.cancel();
            return ExitCodes.RUN_STOPPED;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onCtrlC);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook prints the summary and exits with the stopped code.
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ExitCodes.RUN_STOPPED;
        }
        LocalRuns.summary(record, handle.directory(), false, out);
        return LocalRuns.exitCode(record.phase());
    }

    /**
     * Checks {@code -p} values against the pipeline's parameter types and allowed values, so a
     * run never starts with {@code start=abc} for a whole number (Argo itself carries only text).
     */
    static void checkTypes(dev.kfj.dsl.Pipeline pipeline, Map<String, String> params) {
        for (dev.kfj.dsl.Param<?> param : pipeline.params()) {
            String value = params.get(param.name());
            if (value == null) continue;
            Object decoded;
            try {
                decoded = dev.kfj.dsl.internal.ValueCodec.decode(value, param.type());
            } catch (IllegalArgumentException e) {
                throw new UserError(ExitCodes.USAGE, "error: [KFJ-711] -p " + param.name() + ": " + e.getMessage());
            }
            List<?> allowed = param.spec().allowed();
            if (!allowed.isEmpty() && !allowed.contains(decoded)) {
                throw new UserError(ExitCodes.USAGE, "error: [KFJ-711] -p " + param.name() + ": '" + value
                        + "' is not one of " + allowed.stream().map(dev.kfj.dsl.internal.ValueCodec::encode).toList());
            }
        }
    }

    private static Workflow compile(LoadedPipeline loaded, PrintWriter err) {
        CompiledPipeline compiled;
        try {
            compiled = PipelineCompiler.compile(loaded.pipeline());
        } catch (CompilationException e) {
            report(e.diagnostics(), loaded, err);
            throw new UserError(ExitCodes.INVALID_PIPELINE, "error: the pipeline has errors; nothing ran");
        }
        report(compiled.warnings(), loaded, err);
        if (compiled.resource() instanceof Workflow w) return w;
        throw new UserError(ExitCodes.INVALID_PIPELINE, "error: the pipeline did not compile to a Workflow");
    }

    private static void report(List<Diagnostic> diagnostics, LoadedPipeline loaded, PrintWriter err) {
        diagnostics.forEach(d -> err.println(d.format(loaded::where)));
        err.flush();
    }

    private static boolean isManifest(String argument) {
        String lower = argument.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
    }

    private static Workflow readManifest(Path file) {
        try {
            return LocalRunner.read(Files.readString(file));
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "error: cannot read " + file + ": " + e.getMessage());
        } catch (LocalRunException e) {
            throw new UserError(ExitCodes.INVALID_PIPELINE, String.join(System.lineSeparator(), e.problems()));
        } catch (RuntimeException e) {
            throw new UserError(ExitCodes.INVALID_PIPELINE, file + ": " + e.getMessage());
        }
    }

    private static Map<String, String> pairs(List<String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq <= 0) throw new UserError(ExitCodes.USAGE, "error: -p expects NAME=VALUE, got '" + v + "'");
            out.put(v.substring(0, eq), v.substring(eq + 1));
        }
        return out;
    }
}

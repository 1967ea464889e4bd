package dev.kfj.local;

import dev.kfj.argo.ArgoObject;
import dev.kfj.argo.Parameter;
import dev.kfj.argo.Template;
import dev.kfj.argo.Workflow;
import dev.kfj.argo.yaml.ArgoYaml;
import dev.kfj.compiler.PipelineCompiler;
import dev.kfj.dsl.Pipeline;
import dev.kfj.local.internal.Engine;
import dev.kfj.local.internal.Support;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a compiled workflow on this machine with Argo's semantics, e.g. in a unit test:
 *
 * <pre>{@code
 * RunRecord run = LocalRunner.create(LocalRunOptions.defaults().withHome(tempDir))
 *         .run(new MyPipeline().define(), Map.of("epochs", "5"));
 * assertThat(run.phase()).isEqualTo(Phase.SUCCEEDED);
 * assertThat(run.node("evaluate").orElseThrow().parameters()).containsKey("accuracy");
 * }</pre>
 *
 * <p>Before anything runs, the workflow is checked for constructs that cannot run locally; they
 * are reported together in a {@link LocalRunException}. Every run is recorded under
 * {@link LocalRunOptions#runsDirectory()} and can be read back with {@link RunStore}.
 */
public final class LocalRunner {
    private final LocalRunOptions options;

    private LocalRunner(LocalRunOptions options) {
        this.options = options;
    }

    /** A runner with these options. */
    public static LocalRunner create(LocalRunOptions options) {
        return new LocalRunner(options);
    }

    /** The runs recorded under this runner's home. */
    public RunStore store() {
        return RunStore.at(options.runsDirectory());
    }

    /** Compiles {@code pipeline} and runs it to the end. */
    public RunRecord run(Pipeline pipeline, Map<String, String> parameters) {
        return run(compile(pipeline), parameters, RunListener.NONE);
    }

    /** Runs {@code workflow} to the end. */
    public RunRecord run(Workflow workflow, Map<String, String> parameters) {
        return run(workflow, parameters, RunListener.NONE);
    }

    /** Runs the workflow in {@code yaml} to the end. */
    public RunRecord run(String yaml, Map<String, String> parameters) {
        return run(read(yaml), parameters, RunListener.NONE);
    }

    /** Runs {@code workflow} to the end, reporting progress to {@code listener}. */
    public RunRecord run(Workflow workflow, Map<String, String> parameters, RunListener listener) {
        try {
            return start(workflow, parameters, listener).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the run", e);
        }
    }

    /** The workflow in {@code yaml}; a WorkflowTemplate's spec runs as a workflow. */
    public static Workflow read(String yaml) {
        List<ArgoObject> all = ArgoYaml.readAll(yaml);
        if (all.size() != 1) {
            throw new LocalRunException("error: [KFJ-701] expected one Workflow, found " + all.size() + " documents");
        }
        ArgoObject o = all.get(0);
        if (o instanceof Workflow w) return w;
        if (o instanceof dev.kfj.argo.WorkflowTemplate t) return new Workflow(null, null, t.metadata(), t.spec());
        throw new LocalRunException("error: [KFJ-701] only Workflows and WorkflowTemplates run locally, not "
                + o.getClass().getSimpleName());
    }

    /** Compiles {@code pipeline} to a workflow; compile errors become a {@link LocalRunException}. */
    public static Workflow compile(Pipeline pipeline) {
        ArgoObject o;
        try {
            o = PipelineCompiler.compile(pipeline).resource();
        } catch (dev.kfj.compiler.CompilationException e) {
            throw new LocalRunException(e.diagnostics().stream().map(d -> d.format(l -> l.file() + ":" + l.line())).toList());
        }
        if (o instanceof Workflow w) return w;
        throw new LocalRunException("error: [KFJ-701] the pipeline did not compile to a Workflow");
    }

    /**
     * Checks {@code workflow}, then starts running it on background threads and returns at once.
     *
     * @throws LocalRunException if the workflow cannot run here, listing every reason
     */
    public RunHandle start(Workflow workflow, Map<String, String> parameters, RunListener listener) {
        Map<String, Template> templates = new LinkedHashMap<>();
        workflow.spec().templates().forEach(t -> templates.put(t.name(), t));
        Support.Report report = Support.check(workflow.spec(), templates);
        List<String> problems = new ArrayList<>(report.problems());
        Map<String, String> resolved = resolveParameters(workflow, parameters, problems);
        if (problems.isEmpty()) problems.addAll(Support.launchProblems(templates, options));
        if (!problems.isEmpty()) throw new LocalRunException(problems);
        String runId = newRunId(workflow);
        Path dir = options.runsDirectory().resolve(runId);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("workflow.yaml"), ArgoYaml.write(workflow));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run directory " + dir + ": " + e.getMessage(), e);
        }
        Engine engine = new Engine(workflow, resolved, options, listener, runId, dir, templates);
        listener.runStarted(runId, dir);
        report.ignored().forEach(i -> listener.warning("ignored locally: " + i + " (only meaningful on a cluster)"));
        CountDownLatch done = new CountDownLatch(1);
        RunRecord[] result = new RunRecord[1];
        Thread t = new Thread(() -> {
            try {
                result[0] = engine.run();
            } finally {
                done.countDown();
            }
        }, "kfj-run-" + runId);
        t.start();
        return new RunHandle() {
            @Override
            public String id() {
                return runId;
            }

            @Override
            public Path directory() {
                return dir;
            }

            @Override
            public void cancel() {
                engine.cancel();
            }

            @Override
            public RunRecord await() throws InterruptedException {
                done.await();
                return result[0];
            }
        };
    }

    private static Map<String, String> resolveParameters(Workflow workflow, Map<String, String> given,
                                                         List<String> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        List<Parameter> declared = workflow.spec().arguments() == null ? List.of()
                : workflow.spec().arguments().parameters();
        for (String name : given.keySet()) {
            if (declared.stream().noneMatch(p -> p.name().equals(name))) {
                problems.add("error: [KFJ-711] unknown parameter '" + name + "'; the workflow declares "
                        + declared.stream().map(Parameter::name).toList());
            }
        }
        for (Parameter p : declared) {
            String v = given.containsKey(p.name()) ? given.get(p.name()) : p.value() != null ? p.value() : p.defaultValue();
            if (v == null) {
                problems.add("error: [KFJ-711] parameter '" + p.name() + "' needs a value: -p " + p.name() + "=VALUE");
                continue;
            }
            if (!p.enumValues().isEmpty() && !p.enumValues().contains(v)) {
                problems.add("error: [KFJ-711] parameter '" + p.name() + "' is '" + v + "'; expected one of " + p.enumValues());
            }
            out.put(p.name(), v);
        }
        return out;
    }

    private String newRunId(Workflow workflow) {
        String base = workflow.metadata().getGenerateName() != null ? workflow.metadata().getGenerateName()
                : workflow.metadata().getName() != null ? workflow.metadata().getName() + "-" : "run-";
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String id = base + stamp;
        Path runs = options.runsDirectory();
        for (int i = 2; Files.exists(runs.resolve(id)); i++) id = base + stamp + "-" + i;
        return id;
    }
}

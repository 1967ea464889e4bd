package dev.kfj.bench;

import dev.kfj.argo.Workflow;
import dev.kfj.argo.WorkflowSpec;
import dev.kfj.argo.yaml.ArgoYaml;
import dev.kfj.compiler.CompilationException;
import dev.kfj.compiler.PipelineCompiler;
import dev.kfj.compiler.internal.Analyzer;
import dev.kfj.compiler.internal.Plan;
import dev.kfj.compiler.internal.Problems;
import dev.kfj.compiler.internal.WorkflowLowering;
import dev.kfj.dsl.Pipeline;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole in-process cost of a pipeline: build it with the DSL, validate and name it, lower it
 * to an Argo Workflow and write the YAML, for each {@link Shapes.Shape} and size.
 *
 * <p>{@link #compile} goes through the public {@link PipelineCompiler}; {@link #stages} runs the
 * same stages (analysis, lowering with DAG splitting, writing) without the checks of Argo's and
 * Kubernetes' limits, so that pipelines the compiler rightly refuses can still be measured:
 * 10,000 steps make a workflow of about 3 MB, over Kubernetes' 1 MiB, and each loop is a template
 * of its own, so 1,000 loops pass Argo's 200 templates. JMH reports those trials of
 * {@link #compile} as failed and goes on. Run both with {@code scripts/bench.sh}; {@code -prof gc}
 * gives the bytes allocated per operation, which the report divides by the number of steps.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CompileBenchmark {

    /** The size and shape measured. */
    @State(Scope.Benchmark)
    public static class Size {
        /** The number of steps. */
        @Param({"10", "100", "1000", "10000"})
        public int steps;

        /** The shape of the graph. */
        @Param({"CHAIN", "FAN_OUT", "LAYERED", "LOOPS"})
        public Shapes.Shape shape;
    }

    /** Checks, before measuring {@link #compile}, that the compiler accepts this shape and size. */
    @State(Scope.Benchmark)
    public static class Accepted {
        /** Fails the trial (JMH goes on with the next one) when the compiler rejects the pipeline. */
        @Setup(Level.Trial)
        public void compilesOnce(Size size) throws CompilationException {
            PipelineCompiler.compile(Shapes.build(size.shape, size.steps));
        }
    }

    /** Builds, validates, compiles and writes one pipeline; returns the YAML so nothing is optimised away. */
    @Benchmark
    public String compile(Size size, Accepted accepted) throws CompilationException {
        Pipeline pipeline = Shapes.build(size.shape, size.steps);
        return PipelineCompiler.compile(pipeline).yaml();
    }

    /** The same stages as {@link #compile}, without the checks of Argo's template limit and the 1 MiB size limit. */
    @Benchmark
    public String stages(Size size) {
        Pipeline pipeline = Shapes.build(size.shape, size.steps);
        Problems problems = new Problems();
        Plan plan = Analyzer.analyze(pipeline, problems);
        if (problems.hasErrors()) throw new IllegalStateException(problems.all().toString());
        WorkflowSpec spec = WorkflowLowering.spec(plan);
        return ArgoYaml.write(Workflow.of(WorkflowLowering.metadata(plan, true), spec));
    }
}

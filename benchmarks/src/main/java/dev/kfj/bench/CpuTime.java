package dev.kfj.bench;

import dev.kfj.argo.Workflow;
import dev.kfj.argo.yaml.ArgoYaml;
import dev.kfj.compiler.internal.Analyzer;
import dev.kfj.compiler.internal.Plan;
import dev.kfj.compiler.internal.Problems;
import dev.kfj.compiler.internal.WorkflowLowering;
import dev.kfj.dsl.Pipeline;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * The CPU time and allocation of {@link CompileBenchmark#stages} measured on the running thread,
 * a companion to JMH's wall-clock numbers: on a machine shared with other work, the time a
 * thread spends on the CPU barely changes with the load, while the wall-clock time does.
 *
 * <pre>{@code java -cp ... dev.kfj.bench.CpuTime [SECONDS_OF_WARM_UP_PER_CASE]}</pre>
 *
 * <p>Prints a Markdown table: median CPU milliseconds per pipeline, microseconds per step, KiB
 * allocated per step, and how the time grows from 1,000 to 10,000 steps.
 */
public final class CpuTime {
    private static final int[] SIZES = {10, 100, 1_000, 10_000};
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private CpuTime() {}

    /** Measures every shape and size and prints the table. */
    public static void main(String[] args) {
        double warmUpSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        System.out.println("| shape | steps | cpu ms / pipeline | µs / step | KiB allocated / step | ×time vs 10× fewer steps |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Shapes.Shape shape : Shapes.Shape.values()) {
            double previous = Double.NaN;
            for (int steps : SIZES) {
                long[] cpu = measure(shape, steps, warmUpSeconds);
                double millis = cpu[0] / 1e6;
                System.out.printf(Locale.ROOT, "| %s | %,d | %.2f | %.1f | %.1f | %s |%n",
                        shape.name().toLowerCase(Locale.ROOT).replace('_', '-'), steps, millis, millis * 1000 / steps,
                        cpu[1] / 1024.0 / steps, Double.isNaN(previous) ? "" : String.format(Locale.ROOT, "%.1f", millis / previous));
                previous = millis;
            }
        }
    }

    /** The median CPU nanoseconds and the median bytes allocated per pipeline, after warming up. */
    static long[] measure(Shapes.Shape shape, int steps, double warmUpSeconds) {
        long until = System.nanoTime() + (long) (warmUpSeconds * 1e9);
        while (System.nanoTime() < until) run(shape, steps);
        int runs = Math.max(5, Math.min(200, 2_000_000 / steps / 10));
        long[] cpu = new long[runs];
        long[] bytes = new long[runs];
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < runs; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long b0 = THREADS.getThreadAllocatedBytes(thread);
            run(shape, steps);
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
            bytes[i] = THREADS.getThreadAllocatedBytes(thread) - b0;
        }
        Arrays.sort(cpu);
        Arrays.sort(bytes);
        return new long[] {cpu[runs / 2], bytes[runs / 2]};
    }

    private static String run(Shapes.Shape shape, int steps) {
        Pipeline pipeline = Shapes.build(shape, steps);
        Problems problems = new Problems();
        Plan plan = Analyzer.analyze(pipeline, problems);
        if (problems.hasErrors()) throw new IllegalStateException(problems.all().toString());
        return ArgoYaml.write(Workflow.of(WorkflowLowering.metadata(plan, true), WorkflowLowering.spec(plan)));
    }
}

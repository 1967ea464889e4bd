/**
 * Benchmarks of kfj's in-process compile path: {@link dev.kfj.bench.CompileBenchmark} (JMH) over
 * the pipeline shapes of {@link dev.kfj.bench.Shapes}; {@link dev.kfj.bench.CpuTime}, the same work
 * timed on the CPU of the compiling thread; and {@link dev.kfj.bench.Report}, which turns JMH's
 * JSON results into the per-step table of {@code docs/performance.md}.
 */
package dev.kfj.bench;

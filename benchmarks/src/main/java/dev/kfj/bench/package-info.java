/**
 * JMH benchmarks of kfj's in-process compile path: {@link dev.kfj.bench.CompileBenchmark} over the
 * pipeline shapes of {@link dev.kfj.bench.Shapes}, and {@link dev.kfj.bench.Report}, which turns
 * JMH's JSON results into the per-step table of {@code docs/performance.md}.
 */
package dev.kfj.bench;

/**
 * Runs compiled pipelines (Argo Workflows) on this machine with Argo's semantics: DAGs and their
 * {@code depends}, conditions, loops and fan-in, retries, timeouts, exit handlers, memoization
 * across runs and cancellation, with Java steps in child JVMs and container steps on the host
 * ({@code --host}) or in a container engine.
 *
 * <p>Key types: {@link dev.kfj.local.LocalRunner} (the entry point, also from unit tests),
 * {@link dev.kfj.local.LocalRunOptions}, {@link dev.kfj.local.RunRecord} and
 * {@link dev.kfj.local.NodeRecord} (what a run recorded), {@link dev.kfj.local.RunListener}
 * (live progress), {@link dev.kfj.local.RunHandle} (waiting and stopping) and
 * {@link dev.kfj.local.RunStore} (past runs).
 */
package dev.kfj.local;

/**
 * The local engine's internals, with no compatibility promise: {@link dev.kfj.local.internal.Engine}
 * (a run), {@code DagRunner} (DAG and steps templates), {@code StepRunner} (a step's attempts),
 * {@code Launcher} (processes), {@link dev.kfj.local.internal.Support} (what can run locally),
 * {@link dev.kfj.local.internal.Templating} and {@link dev.kfj.local.internal.Expr}
 * ({@code {{…}}} tags and expressions).
 */
package dev.kfj.local.internal;

/**
 * Compiler internals with no compatibility promise: validation and naming
 * ({@link dev.kfj.compiler.internal.Analyzer}, {@link dev.kfj.compiler.internal.Names}), the
 * validated {@link dev.kfj.compiler.internal.Plan}, its lowering to Argo
 * ({@link dev.kfj.compiler.internal.WorkflowLowering}: a tree of DAG templates, one per group and
 * per part of a split DAG, with values threaded between scopes; conditions as expression tags;
 * step templates with their settings) and Argo's limits
 * ({@link dev.kfj.compiler.internal.Limits}).
 */
package dev.kfj.compiler.internal;

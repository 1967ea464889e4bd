/**
 * Compiler internals with no compatibility promise: validation and naming
 * ({@link dev.kfj.compiler.internal.Analyzer}, {@link dev.kfj.compiler.internal.Names}), the
 * validated {@link dev.kfj.compiler.internal.Plan}, its lowering to Argo
 * ({@link dev.kfj.compiler.internal.WorkflowLowering}) and Argo's limits
 * ({@link dev.kfj.compiler.internal.Limits}).
 */
package dev.kfj.compiler.internal;

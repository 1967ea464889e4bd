/**
 * Step runtime internals with no compatibility promise: argument parsing
 * ({@link dev.kfj.runtime.internal.StepArgs}), calling the method and writing its outputs
 * ({@link dev.kfj.runtime.internal.StepRunner}, {@link dev.kfj.runtime.internal.Values}) and
 * failures with their exit codes ({@link dev.kfj.runtime.internal.StepFailure}).
 */
package dev.kfj.runtime.internal;

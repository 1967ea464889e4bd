/**
 * The step runtime: what runs inside a Java step's container.
 *
 * <p>Key type: {@link dev.kfj.runtime.StepMain}, the entry point named by every Java step's
 * launcher command; it reads inputs, calls the step method and writes outputs and metadata.
 */
package dev.kfj.runtime;

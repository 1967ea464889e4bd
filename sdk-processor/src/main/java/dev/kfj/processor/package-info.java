/**
 * kfj's annotation processor: typed pipeline stubs for {@code @JavaStep} methods.
 *
 * <p>Key type: {@link dev.kfj.processor.StepProcessor}.
 */
package dev.kfj.processor;

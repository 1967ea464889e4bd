/**
 * Step processor internals with no compatibility promise: reading annotated methods into
 * {@link dev.kfj.processor.internal.StepModel}s ({@link dev.kfj.processor.internal.StepScanner},
 * {@link dev.kfj.processor.internal.Kinds}, {@link dev.kfj.processor.internal.Javadoc}), writing
 * stubs ({@link dev.kfj.processor.internal.StubWriter}) and the error codes
 * ({@link dev.kfj.processor.internal.ProcessorCode}).
 */
package dev.kfj.processor.internal;

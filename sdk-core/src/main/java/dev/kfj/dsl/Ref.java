package dev.kfj.dsl;

/**
 * A value that exists only when the pipeline runs: a pipeline {@link Param} or a step's output
 * ({@link OutputRef}). Pass refs to step inputs; the type argument makes javac reject a
 * {@code Ref<Model>} where a {@code Dataset} is wanted.
 *
 * @param <T> the Java type of the value
 */
public sealed interface Ref<T> permits Param, OutputRef {
    /** A short description for messages: {@code parameter 'epochs'}, {@code output 'model' of step 'train'}. */
    String describe();
}

package dev.kfj.dsl;

/**
 * A value that exists only when the pipeline runs: a pipeline {@link Param}, a step's output
 * ({@link OutputRef}), a loop's current {@link Item}, the {@link Collected} outputs of a loop, or a
 * {@link RunValue} such as the run's final status. Pass refs to step inputs; the type argument makes javac reject a
 * {@code Ref<Model>} where a {@code Dataset} is wanted.
 *
 * @param <T> the Java type of the value
 */
public sealed interface Ref<T> permits Param, OutputRef, Item, Collected, RunValue {
    /** A short description for messages: {@code parameter 'epochs'}, {@code output 'model' of step 'train'}. */
    String describe();
}

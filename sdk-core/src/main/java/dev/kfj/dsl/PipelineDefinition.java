package dev.kfj.dsl;

/**
 * A class that defines a pipeline. {@code kfj compile} finds implementations in the file or
 * class it is given, creates them with their public no-argument constructor and calls
 * {@link #define()}.
 *
 * <p>Defining a pipeline must be a pure function: no I/O, no clock, no static state; the same
 * graph every time.
 */
public interface PipelineDefinition {
    /** Builds the pipeline. */
    Pipeline define();
}

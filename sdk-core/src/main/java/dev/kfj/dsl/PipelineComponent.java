package dev.kfj.dsl;

import dev.kfj.dsl.internal.Callers;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A pipeline used as a step of another pipeline (or of itself, for recursion): its parameters
 * are the inputs and its declared {@link Pipeline.Builder#output outputs} the outputs. The
 * compiler emits the pipeline once, as a DAG template that every such step calls.
 *
 * <pre>{@code
 * static final Input<Integer> N = Input.integer("n");
 * static final Output<Integer> RESULT = Output.integer("result");
 * // in the sub-pipeline: Param<Integer> n = p.param(N); ... p.output(RESULT, last.output(SUM));
 * PipelineComponent sub = Component.pipeline(subPipeline);
 * Step s = parent.step(sub.with(N, 3));
 * }</pre>
 */
public final class PipelineComponent implements Component {
    private final Supplier<Pipeline> pipeline;
    private final SourceLocation location;

    PipelineComponent(Supplier<Pipeline> pipeline, SourceLocation location) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.location = Objects.requireNonNull(location, "location");
    }

    /** The pipeline run by this component (for a pipeline calling itself, as built so far). */
    public Pipeline pipeline() {
        return pipeline.get();
    }

    @Override
    public String name() {
        return pipeline().name();
    }

    @Override
    public String description() {
        return pipeline().description();
    }

    @Override
    public List<Input<?>> inputs() {
        return pipeline().params().stream().<Input<?>>map(PipelineComponent::input).toList();
    }

    @Override
    public List<Output<?>> outputs() {
        return pipeline().outputs().stream().<Output<?>>map(Pipeline.Exported::output).toList();
    }

    @Override
    public SourceLocation location() {
        return location;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PipelineComponent other && other.pipeline().sameAs(pipeline());
    }

    @Override
    public int hashCode() {
        return pipeline().name().hashCode();
    }

    @Override
    public String toString() {
        return "pipeline component '" + name() + "'";
    }

    private static <T> Input<T> input(Param<T> param) {
        Input<T> in = Input.of(param.name(), param.type());
        if (param.spec().defaultValue().isPresent()) in = in.withDefault(param.spec().defaultValue().get());
        return in;
    }

    static PipelineComponent of(Pipeline pipeline) {
        Objects.requireNonNull(pipeline, "pipeline");
        return new PipelineComponent(() -> pipeline, Callers.userCallSite());
    }

    static PipelineComponent self(Pipeline.Builder builder) {
        return new PipelineComponent(builder::build, Callers.userCallSite());
    }
}

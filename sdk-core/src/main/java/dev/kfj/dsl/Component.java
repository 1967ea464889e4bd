package dev.kfj.dsl;

import java.util.List;
import java.util.Optional;

/**
 * A reusable unit of work with typed inputs and outputs. The compiler emits one Argo template per
 * component, however many steps use it.
 *
 * <p>Use a component in a pipeline by making a {@link Call} with {@link #call()} or
 * {@link #with(Input, Ref)} and passing it to {@link Pipeline.Builder#step(Call)}.
 */
public sealed interface Component permits ContainerComponent, TemplateRefComponent, PipelineComponent {

    /** Starts a container component: an image and the command it runs. */
    static ContainerComponent.Builder container(String name) {
        return new ContainerComponent.Builder(name);
    }

    /** A component that runs {@code pipeline} as one step: nested pipelines. */
    static PipelineComponent pipeline(Pipeline pipeline) {
        return PipelineComponent.of(pipeline);
    }

    /**
     * Starts a component that calls template {@code template} of the stored WorkflowTemplate
     * {@code workflowTemplate} by reference.
     */
    static TemplateRefComponent.Builder templateRef(String name, String workflowTemplate, String template) {
        return new TemplateRefComponent.Builder(name, workflowTemplate, template);
    }

    /** The component's name; its Argo template name is derived from it. */
    String name();

    /** A description, or {@code ""}. */
    String description();

    /** The inputs, in declaration order. */
    List<Input<?>> inputs();

    /** The outputs, in declaration order. */
    List<Output<?>> outputs();

    /** Where the component was declared. */
    SourceLocation location();

    /**
     * Whether the step's program decodes values armored by {@code ValueCodec.armor} (text that
     * contains {@code {{}, which Argo cannot carry otherwise). Java steps do; container components
     * do when built with {@link ContainerComponent.Builder#decodeValues()}. Default false: such
     * values are then rejected when compiling.
     */
    default boolean readsEncodedValues() {
        return false;
    }

    /** The input with this name, if declared. */
    default Optional<Input<?>> input(String name) {
        return inputs().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** The output with this name, if declared. */
    default Optional<Output<?>> output(String name) {
        return outputs().stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** A call of this component with no inputs bound yet. */
    default Call call() {
        return Call.of(this);
    }

    /** A call of this component with {@code input} bound to a run-time value. */
    default <T> Call with(Input<T> input, Ref<? extends T> value) {
        return call().with(input, value);
    }

    /** A call of this component with {@code input} bound to a literal value. */
    default <T> Call with(Input<T> input, T value) {
        return call().with(input, value);
    }
}

package dev.kfj.dsl;

import dev.kfj.dsl.internal.Callers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A component that is a template of a WorkflowTemplate (or ClusterWorkflowTemplate) already
 * stored in the cluster: steps call it by reference ({@code templateRef}) and kfj emits no
 * template for it. Declare the inputs and outputs it has so that wiring is checked.
 *
 * <pre>{@code
 * static final Component SHARED_TRAIN = Component.templateRef("train", "ml-library", "train")
 *         .inputs(DATA).outputs(MODEL).build();
 * }</pre>
 */
public final class TemplateRefComponent implements Component {
    private final String name;
    private final String workflowTemplate;
    private final String template;
    private final boolean clusterScope;
    private final List<Input<?>> inputs;
    private final List<Output<?>> outputs;
    private final SourceLocation location;

    private TemplateRefComponent(Builder b, SourceLocation location) {
        this.name = b.name;
        this.workflowTemplate = b.workflowTemplate;
        this.template = b.template;
        this.clusterScope = b.clusterScope;
        this.inputs = List.copyOf(b.inputs);
        this.outputs = List.copyOf(b.outputs);
        this.location = location;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "";
    }

    /** The name of the WorkflowTemplate or ClusterWorkflowTemplate. */
    public String workflowTemplate() {
        return workflowTemplate;
    }

    /** The template's name inside it. */
    public String template() {
        return template;
    }

    /** Whether it is a ClusterWorkflowTemplate. */
    public boolean clusterScope() {
        return clusterScope;
    }

    @Override
    public List<Input<?>> inputs() {
        return inputs;
    }

    @Override
    public List<Output<?>> outputs() {
        return outputs;
    }

    @Override
    public SourceLocation location() {
        return location;
    }

    @Override
    public String toString() {
        return "template reference '" + workflowTemplate + "/" + template + "'";
    }

    /** Builds a {@link TemplateRefComponent}. */
    public static final class Builder {
        private final String name;
        private final String workflowTemplate;
        private final String template;
        private boolean clusterScope;
        private final List<Input<?>> inputs = new ArrayList<>();
        private final List<Output<?>> outputs = new ArrayList<>();

        Builder(String name, String workflowTemplate, String template) {
            this.name = Objects.requireNonNull(name, "name");
            this.workflowTemplate = Objects.requireNonNull(workflowTemplate, "workflowTemplate");
            this.template = Objects.requireNonNull(template, "template");
        }

        /** Refers to a ClusterWorkflowTemplate instead of a namespaced WorkflowTemplate. */
        public Builder clusterScope() {
            this.clusterScope = true;
            return this;
        }

        /** Declares the template's inputs, in order. */
        public Builder inputs(Input<?>... inputs) {
            this.inputs.addAll(List.of(inputs));
            return this;
        }

        /** Declares the template's outputs, in order. */
        public Builder outputs(Output<?>... outputs) {
            this.outputs.addAll(List.of(outputs));
            return this;
        }

        /** The component. */
        public TemplateRefComponent build() {
            return new TemplateRefComponent(this, Callers.userCallSite());
        }
    }
}

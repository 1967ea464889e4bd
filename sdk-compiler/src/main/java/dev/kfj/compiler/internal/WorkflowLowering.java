package dev.kfj.compiler.internal;

import dev.kfj.argo.Arguments;
import dev.kfj.argo.Artifact;
import dev.kfj.argo.DAGTask;
import dev.kfj.argo.DAGTemplate;
import dev.kfj.argo.Inputs;
import dev.kfj.argo.Outputs;
import dev.kfj.argo.Parameter;
import dev.kfj.argo.Template;
import dev.kfj.argo.ValueFrom;
import dev.kfj.argo.WorkflowSpec;
import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.ContainerComponent;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.ParamSpec;
import dev.kfj.dsl.internal.ValueCodec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a validated {@link Plan} into an Argo workflow spec: one root DAG, one template per component. */
public final class WorkflowLowering {
    private WorkflowLowering() {}

    /** The metadata: {@code generateName} for a Workflow, {@code name} for a template kind. */
    public static ObjectMeta metadata(Plan plan, boolean generateName) {
        ObjectMetaBuilder meta = new ObjectMetaBuilder();
        if (generateName) {
            meta.withGenerateName(plan.workflowName() + "-");
        } else {
            meta.withName(plan.workflowName());
        }
        meta.addToLabels(Conventions.PIPELINE_LABEL, plan.workflowName());
        if (!plan.pipeline().description().isEmpty()) {
            meta.addToAnnotations(Conventions.DESCRIPTION_ANNOTATION, plan.pipeline().description());
        }
        return meta.build();
    }

    /** The workflow spec. */
    public static WorkflowSpec spec(Plan plan) {
        List<Template> templates = new ArrayList<>(plan.templates().size() + 1);
        templates.add(rootDag(plan));
        for (Plan.PlannedTemplate t : plan.templates()) {
            templates.add(template(t));
        }
        return WorkflowSpec.builder()
                .entrypoint(plan.entrypoint())
                .arguments(new Arguments(plan.pipeline().params().stream().map(WorkflowLowering::argument).toList(), List.of()))
                .templates(templates)
                .build();
    }

    private static Parameter argument(Param<?> param) {
        ParamSpec<?> spec = param.spec();
        Parameter.Builder p = Parameter.builder().name(spec.name());
        spec.defaultValue().ifPresent(v -> p.value(ValueCodec.encode(v)));
        if (!spec.allowed().isEmpty()) {
            p.enumValues(spec.allowed().stream().map(ValueCodec::encode).toList());
        }
        if (!spec.description().isEmpty()) p.description(spec.description());
        return p.build();
    }

    private static Template rootDag(Plan plan) {
        List<DAGTask> tasks = new ArrayList<>(plan.tasks().size());
        for (Plan.PlannedTask task : plan.tasks()) {
            tasks.add(task(task));
        }
        return Template.builder().name(plan.entrypoint()).dag(new DAGTemplate(null, tasks, null)).build();
    }

    private static DAGTask task(Plan.PlannedTask task) {
        List<Parameter> parameters = new ArrayList<>();
        List<Artifact> artifacts = new ArrayList<>();
        for (Map.Entry<String, Plan.Value> arg : task.arguments().entrySet()) {
            Plan.Value value = arg.getValue();
            if (value instanceof Plan.FromTask from && from.artifact()) {
                artifacts.add(Artifact.builder().name(arg.getKey())
                        .from("{{tasks." + from.task() + ".outputs.artifacts." + from.output() + "}}").build());
            } else {
                parameters.add(Parameter.builder().name(arg.getKey()).value(text(value)).build());
            }
        }
        DAGTask.Builder b = DAGTask.builder().name(task.name()).template(task.template().name());
        if (!task.depends().isEmpty()) b.depends(String.join(" && ", task.depends()));
        if (!parameters.isEmpty() || !artifacts.isEmpty()) b.arguments(new Arguments(parameters, artifacts));
        return b.build();
    }

    private static String text(Plan.Value value) {
        if (value instanceof Plan.Literal literal) return literal.text();
        if (value instanceof Plan.FromParam param) return "{{workflow.parameters." + param.param() + "}}";
        Plan.FromTask from = (Plan.FromTask) value;
        return "{{tasks." + from.task() + ".outputs.parameters." + from.output() + "}}";
    }

    private static Template template(Plan.PlannedTemplate planned) {
        Component component = planned.component();
        Template.Builder t = Template.builder().name(planned.name())
                .inputs(inputs(component))
                .outputs(outputs(component));
        if (component instanceof ContainerComponent c) {
            t.container(container(c));
            if (!c.outputs().isEmpty()) t.volumes(List.of(outputsVolume()));
        }
        return t.build();
    }

    private static Inputs inputs(Component component) {
        List<Parameter> parameters = new ArrayList<>();
        List<Artifact> artifacts = new ArrayList<>();
        for (Input<?> in : component.inputs()) {
            if (in.type().isArtifact()) {
                Artifact.Builder a = Artifact.builder().name(in.name()).path(Conventions.inputPath(in.name()));
                if (in.isOptional()) a.optional(true);
                artifacts.add(a.build());
            } else {
                Parameter.Builder p = Parameter.builder().name(in.name());
                in.defaultValue().ifPresent(v -> p.defaultValue(ValueCodec.encode(v)));
                if (!in.description().isEmpty()) p.description(in.description());
                parameters.add(p.build());
            }
        }
        return parameters.isEmpty() && artifacts.isEmpty() ? null : new Inputs(parameters, artifacts);
    }

    private static Outputs outputs(Component component) {
        List<Parameter> parameters = new ArrayList<>();
        List<Artifact> artifacts = new ArrayList<>();
        for (Output<?> out : component.outputs()) {
            if (out.type().isArtifact()) {
                artifacts.add(Artifact.builder().name(out.name()).path(Conventions.outputPath(out.name())).build());
            } else {
                Parameter.Builder p = Parameter.builder().name(out.name())
                        .valueFrom(ValueFrom.builder().path(Conventions.outputPath(out.name())).build());
                if (!out.description().isEmpty()) p.description(out.description());
                parameters.add(p.build());
            }
        }
        return parameters.isEmpty() && artifacts.isEmpty() ? null : new Outputs(parameters, artifacts, null, null);
    }

    private static Container container(ContainerComponent c) {
        ContainerBuilder b = new ContainerBuilder().withImage(c.image());
        if (!c.command().isEmpty()) b.withCommand(c.command().stream().map(WorkflowLowering::render).toList());
        if (!c.args().isEmpty()) b.withArgs(c.args().stream().map(WorkflowLowering::render).toList());
        Map<String, String> env = new LinkedHashMap<>();
        c.env().forEach((k, v) -> env.put(k, render(v)));
        env.forEach((k, v) -> b.addToEnv(new EnvVar(k, v, null)));
        if (!c.outputs().isEmpty()) {
            b.addToVolumeMounts(new VolumeMountBuilder().withName(Conventions.OUTPUTS_VOLUME)
                    .withMountPath(Conventions.OUTPUTS_DIR).build());
        }
        return b.build();
    }

    private static Volume outputsVolume() {
        return new VolumeBuilder().withName(Conventions.OUTPUTS_VOLUME).withNewEmptyDir().endEmptyDir().build();
    }

    /** The text of one argument, with Argo variables for inputs and outputs. */
    static String render(Arg arg) {
        StringBuilder out = new StringBuilder();
        for (Arg.Part part : arg.parts()) {
            if (part instanceof Arg.Text text) {
                out.append(text.text());
            } else if (part instanceof Arg.InputValue in) {
                out.append(in.input().type().isArtifact()
                        ? "{{inputs.artifacts." + in.input().name() + ".path}}"
                        : "{{inputs.parameters." + in.input().name() + "}}");
            } else if (part instanceof Arg.OutputPath out2) {
                Output<?> o = out2.output();
                out.append(o.type().isArtifact()
                        ? "{{outputs.artifacts." + o.name() + ".path}}"
                        : "{{outputs.parameters." + o.name() + ".path}}");
            }
        }
        return out.toString();
    }
}

package dev.kfj.compiler.internal;

import dev.kfj.argo.Arguments;
import dev.kfj.argo.Artifact;
import dev.kfj.argo.DAGTask;
import dev.kfj.argo.DAGTemplate;
import dev.kfj.argo.Inputs;
import dev.kfj.argo.LifecycleHook;
import dev.kfj.argo.Outputs;
import dev.kfj.argo.Parameter;
import dev.kfj.argo.Template;
import dev.kfj.argo.TemplateRef;
import dev.kfj.argo.ValueFrom;
import dev.kfj.argo.WorkflowSpec;
import dev.kfj.dsl.Arg;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.ParamSpec;
import dev.kfj.dsl.PipelineComponent;
import dev.kfj.compiler.ErrorCode;
import dev.kfj.dsl.TemplateRefComponent;
import dev.kfj.dsl.Trigger;
import dev.kfj.dsl.internal.ValueCodec;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a validated {@link Plan} into an Argo workflow spec: a root DAG, one DAG template per
 * group (condition branch, loop, exit handler) and per part of a split DAG, and one template per
 * component and settings.
 */
public final class WorkflowLowering {
    private final Plan plan;
    private final Problems problems;
    private final DagTree tree;
    private final Map<Plan.PlannedTask, Arguments> taskArguments = new IdentityHashMap<>();
    private final Map<DagNode, DAGTask.Builder> groupTasks = new IdentityHashMap<>();

    private WorkflowLowering(Plan plan, Problems problems) {
        this.plan = plan;
        this.problems = problems;
        this.tree = DagTree.of(plan, Limits.MAX_DAG_TASKS);
    }

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
        return spec(plan, new Problems());
    }

    /** The workflow spec, reporting settings Argo would not accept to {@code problems}. */
    public static WorkflowSpec spec(Plan plan, Problems problems) {
        return spec(plan, List.of(), problems);
    }

    /** The workflow spec of {@code plan} and the pipelines it uses as steps. */
    public static WorkflowSpec spec(Plan plan, List<Plan> nested, Problems problems) {
        WorkflowLowering root = new WorkflowLowering(plan, problems);
        List<Template> templates = new ArrayList<>(root.dagTemplates());
        for (Plan n : nested) templates.addAll(new WorkflowLowering(n, problems).dagTemplates());
        Map<String, Template> steps = new java.util.LinkedHashMap<>();
        List<Plan> all = new ArrayList<>();
        all.add(plan);
        all.addAll(nested);
        for (Plan p : all) {
            for (Plan.PlannedTemplate t : p.templates()) {
                if (t.component() instanceof TemplateRefComponent || t.component() instanceof PipelineComponent) continue;
                Template made = StepTemplates.template(t, problems);
                Template known = steps.putIfAbsent(t.name(), made);
                if (known != null && !known.equals(made)) {
                    problems.error(ErrorCode.DUPLICATE_TEMPLATE, t.component().location(), "two different components are both named '"
                            + t.name() + "' in " + plan.pipeline() + " and the pipelines it uses as steps",
                            "give one of the components another name");
                }
            }
        }
        templates.addAll(steps.values());
        WorkflowSpec.Builder spec = WorkflowSpec.builder()
                .entrypoint(plan.entrypoint())
                .arguments(new Arguments(plan.pipeline().params().stream().map(WorkflowLowering::argument).toList(), List.of()))
                .templates(templates);
        if (plan.exitTask().isPresent()) spec.onExit(plan.entrypoint() + "-on-exit");
        RunOptionsLowering.apply(plan.pipeline().options(), spec);
        return spec.build();
    }

    private List<Template> dagTemplates() {
        List<DagNode> dags = tree.preOrder();
        DagNode exit = plan.exitTask().map(t -> {
            DagNode node = new DagNode(DagNode.Kind.EXIT, plan.entrypoint() + "-on-exit", plan.entrypoint() + "-on-exit", null, null);
            node.children.add(t);
            return node;
        }).orElse(null);
        for (DagNode node : dags) resolve(node);
        if (exit != null) resolve(exit);
        List<DagNode.Out> exported = new ArrayList<>();
        for (Plan.PlannedOutput out : plan.outputs()) {
            exported.add(new DagNode.Out(out.name(), out.artifact(), tree.resolve(out.value(), tree.root).tag()));
        }
        List<Template> templates = new ArrayList<>();
        for (DagNode node : dags) templates.add(dagTemplate(node));
        if (exit != null) templates.add(dagTemplate(exit));
        if (plan.asComponent()) templates.set(0, asComponent(templates.get(0), exported));
        return templates;
    }

    /** The root DAG of a pipeline called as a step: its parameters become inputs, its declared outputs outputs. */
    private Template asComponent(Template root, List<DagNode.Out> exported) {
        List<Parameter> parameters = new ArrayList<>();
        for (Param<?> param : plan.pipeline().params()) {
            Parameter.Builder p = Parameter.builder().name(param.name());
            param.spec().defaultValue().ifPresent(v -> p.defaultValue(ValueCodec.armor(ValueCodec.encode(v))));
            if (!param.spec().description().isEmpty()) p.description(param.spec().description());
            parameters.add(p.build());
        }
        if (root.inputs() != null) parameters.addAll(root.inputs().parameters().stream()
                .filter(p -> parameters.stream().noneMatch(q -> q.name().equals(p.name()))).toList());
        List<Parameter> outParams = new ArrayList<>();
        List<Artifact> outArtifacts = new ArrayList<>();
        for (DagNode.Out out : exported) {
            if (out.artifact()) {
                outArtifacts.add(Artifact.builder().name(out.name()).from(out.source()).build());
            } else {
                outParams.add(Parameter.builder().name(out.name()).valueFrom(ValueFrom.builder().parameter(out.source()).build()).build());
            }
        }
        Template.Builder b = root.toBuilder();
        if (!parameters.isEmpty()) b.inputs(new Inputs(parameters, List.of()));
        if (!outParams.isEmpty() || !outArtifacts.isEmpty()) b.outputs(new Outputs(outParams, outArtifacts, null, null));
        return b.build();
    }

    private static Parameter argument(Param<?> param) {
        ParamSpec<?> spec = param.spec();
        Parameter.Builder p = Parameter.builder().name(spec.name());
        spec.defaultValue().ifPresent(v -> p.value(ValueCodec.armor(ValueCodec.encode(v))));
        if (!spec.allowed().isEmpty()) {
            p.enumValues(spec.allowed().stream().map(ValueCodec::encode).toList());
        }
        if (!spec.description().isEmpty()) p.description(spec.description());
        return p.build();
    }

    // ---- phase 1: resolve every value in the scope of the DAG that reads it ----

    private void resolve(DagNode node) {
        for (Object child : node.children) {
            if (child instanceof Plan.PlannedTask task) {
                taskArguments.put(task, arguments(task, node));
            } else {
                groupTasks.put((DagNode) child, groupTask((DagNode) child, node));
            }
        }
    }

    private Arguments arguments(Plan.PlannedTask task, DagNode scope) {
        List<Parameter> parameters = new ArrayList<>();
        List<Artifact> artifacts = new ArrayList<>();
        for (Map.Entry<String, Plan.Value> arg : task.arguments().entrySet()) {
            Plan.Value value = arg.getValue();
            if (value instanceof Plan.Literal literal) {
                parameters.add(Parameter.builder().name(arg.getKey()).value(literal.text()).build());
            } else if (value instanceof Plan.FromTask from && from.artifact()) {
                artifacts.add(Artifact.builder().name(arg.getKey()).from(tree.resolve(value, scope).tag()).build());
            } else {
                parameters.add(Parameter.builder().name(arg.getKey()).value(tree.resolve(value, scope).tag()).build());
            }
        }
        return parameters.isEmpty() && artifacts.isEmpty() ? null : new Arguments(parameters, artifacts);
    }

    private DAGTask.Builder groupTask(DagNode node, DagNode scope) {
        DAGTask.Builder b = DAGTask.builder().name(node.taskName).template(node.templateName);
        DagNode group = node.kind == DagNode.Kind.LIMIT ? (DagNode) node.children.get(0) : node;
        if (node.kind == DagNode.Kind.LIMIT || node.kind == DagNode.Kind.CHUNK) return b;
        Plan.PlannedGroup g = group.group;
        switch (g.group().kind()) {
            case CONDITION -> b.when("{{=" + Conditions.render(g.condition(), tree, scope) + "}}");
            case LOOP -> {
                if (g.literalItems() != null) {
                    b.withItems(g.literalItems().stream().map(Armor::apply).toList());
                } else {
                    b.withParam(tree.resolve(g.items(), scope).tag());
                }
            }
            case EXIT_HANDLER -> {
                Plan.PlannedTask handler = g.handler();
                LifecycleHook hook = handler.template().component() instanceof TemplateRefComponent ref
                        ? new LifecycleHook(null, templateRef(ref), arguments(handler, scope), null)
                        : new LifecycleHook(handler.template().name(), null, arguments(handler, scope), null);
                b.hooks(Map.of("exit", hook));
            }
        }
        return b;
    }

    // ---- phase 2: emit ----

    private Template dagTemplate(DagNode node) {
        List<DAGTask> tasks = new ArrayList<>(node.children.size());
        boolean tolerant = false;
        for (Object child : node.children) {
            DAGTask.Builder b;
            Trigger trigger = Trigger.ALL_SUCCEEDED;
            if (child instanceof Plan.PlannedTask task) {
                b = DAGTask.builder().name(task.name());
                if (task.template().component() instanceof TemplateRefComponent ref) {
                    b.templateRef(templateRef(ref));
                } else {
                    b.template(task.template().name());
                }
                Arguments args = taskArguments.get(task);
                if (args != null) b.arguments(args);
                trigger = task.trigger();
            } else {
                DagNode sub = (DagNode) child;
                b = groupTasks.get(sub);
                Arguments args = inputArguments(sub);
                if (args != null) b.arguments(args);
            }
            Set<Object> deps = node.deps.getOrDefault(child, Set.of());
            if (!deps.isEmpty()) b.depends(depends(deps, trigger));
            tolerant |= trigger != Trigger.ALL_SUCCEEDED;
            tasks.add(b.build());
        }
        Boolean failFast = tolerant || plan.pipeline().options().failFast().map(f -> !f).orElse(false) ? Boolean.FALSE : null;
        Template.Builder t = Template.builder().name(node.templateName);
        if (!node.inputs.isEmpty()) t.inputs(templateInputs(node));
        if (!node.outputs.isEmpty()) t.outputs(templateOutputs(node));
        t.dag(new DAGTemplate(null, tasks, failFast));
        if (node.parallelism > 0) t.parallelism(node.parallelism);
        return t.build();
    }

    private static String depends(Set<Object> deps, Trigger trigger) {
        List<String> names = deps.stream().map(WorkflowLowering::taskName).toList();
        return switch (trigger) {
            case ALL_SUCCEEDED -> String.join(" && ", names);
            case ALL_DONE -> String.join(" && ", names.stream().map(n -> "(" + n + " || " + n + ".Failed || " + n + ".Errored)").toList());
            case ANY_FAILED -> String.join(" || ", names.stream().map(n -> n + ".Failed || " + n + ".Errored").toList());
        };
    }

    private static String taskName(Object child) {
        return child instanceof Plan.PlannedTask t ? t.name() : ((DagNode) child).taskName;
    }

    private static Arguments inputArguments(DagNode node) {
        if (node.inputs.isEmpty()) return null;
        List<Parameter> parameters = new ArrayList<>();
        List<Artifact> artifacts = new ArrayList<>();
        for (DagNode.In in : node.inputs.values()) {
            if (in.artifact()) {
                artifacts.add(Artifact.builder().name(in.name()).from(in.argument()).build());
            } else {
                parameters.add(Parameter.builder().name(in.name()).value(in.argument()).build());
            }
        }
        return new Arguments(parameters, artifacts);
    }

    private static Inputs templateInputs(DagNode node) {
        List<Parameter> parameters = new ArrayList<>();
        List<Artifact> artifacts = new ArrayList<>();
        for (DagNode.In in : node.inputs.values()) {
            if (in.artifact()) {
                artifacts.add(Artifact.builder().name(in.name()).build());
            } else {
                parameters.add(Parameter.builder().name(in.name()).build());
            }
        }
        return new Inputs(parameters, artifacts);
    }

    private static Outputs templateOutputs(DagNode node) {
        List<Parameter> parameters = new ArrayList<>();
        List<Artifact> artifacts = new ArrayList<>();
        for (DagNode.Out out : node.outputs.values()) {
            if (out.artifact()) {
                artifacts.add(Artifact.builder().name(out.name()).from(out.source()).build());
            } else {
                parameters.add(Parameter.builder().name(out.name())
                        .valueFrom(ValueFrom.builder().parameter(out.source()).build()).build());
            }
        }
        return new Outputs(parameters, artifacts, null, null);
    }

    private static TemplateRef templateRef(TemplateRefComponent ref) {
        return new TemplateRef(ref.workflowTemplate(), ref.template(), ref.clusterScope() ? Boolean.TRUE : null);
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

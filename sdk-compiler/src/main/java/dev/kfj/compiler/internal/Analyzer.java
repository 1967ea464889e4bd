package dev.kfj.compiler.internal;

import dev.kfj.compiler.ErrorCode;
import dev.kfj.dsl.Binding;
import dev.kfj.dsl.Call;
import dev.kfj.dsl.Collected;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.DataType;
import dev.kfj.dsl.Group;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Item;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.OutputRef;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.PipelineComponent;
import dev.kfj.dsl.ParamSpec;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.Ref;
import dev.kfj.dsl.RunValue;
import dev.kfj.dsl.SourceLocation;
import dev.kfj.dsl.Step;
import dev.kfj.dsl.internal.ValueCodec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a pipeline and chooses its Argo names, in one linear pass over parameters,
 * components and steps; every problem is collected before anything is emitted.
 */
public final class Analyzer {
    private final Pipeline pipeline;
    private final Problems problems;
    private final Map<String, Param<?>> params = new LinkedHashMap<>();
    private final Map<Component, Plan.PlannedTemplate> templateOf = new IdentityHashMap<>();
    private final Map<String, Component> componentByTemplate = new HashMap<>();
    private final List<Plan.PlannedTemplate> templates = new ArrayList<>();
    private final Map<String, Step> stepByName = new HashMap<>();
    private final Map<String, Step> stepByTaskName = new HashMap<>();
    private final Map<Step, String> taskNameOf = new IdentityHashMap<>();
    private final Variants variants;
    private final Groups groups;
    private final ArmorUses armorUses = new ArmorUses();
    private Component consumer;
    private String entrypoint = "";

    private Analyzer(Pipeline pipeline, Problems problems, String groupPrefix) {
        this.pipeline = pipeline;
        this.problems = problems;
        this.groups = new Groups(pipeline, problems, groupPrefix);
        this.variants = new Variants(pipeline, problems);
    }

    /** Validates {@code pipeline}, recording problems; returns a plan (meaningful only when no error was recorded). */
    public static Plan analyze(Pipeline pipeline, Problems problems) {
        return new Analyzer(pipeline, problems, "").run();
    }

    /** Validates a pipeline used as a step; its group templates are prefixed with its name. */
    public static Plan analyzeNested(Pipeline pipeline, Problems problems) {
        return new Analyzer(pipeline, problems, Names.sanitize(pipeline.name()) + "-").run().calledAsStep();
    }

    private Plan run() {
        String workflowName = checkPipelineName();
        entrypoint = workflowName;
        if (pipeline.steps().isEmpty()) {
            problems.error(ErrorCode.EMPTY_GROUP, pipeline.location(), pipeline + " has no steps;"
                    + " Argo rejects a workflow whose DAG has no tasks", "add a step with p.step(...)");
        }
        pipeline.params().forEach(this::checkParam);
        for (Step step : pipeline.steps()) {
            templateFor(step.component());
            nameStep(step);
        }
        pipeline.exitHandler().ifPresent(call -> templateFor(call.component()));
        pipeline.groups().forEach(g -> g.handler().ifPresent(call -> templateFor(call.component())));
        groups.name(stepByTaskName.keySet(), componentByTemplate.keySet(), entrypoint);
        for (Group group : pipeline.groups()) {
            groups.plan(group, this);
        }
        List<Plan.PlannedTask> tasks = new ArrayList<>(pipeline.steps().size());
        for (Step step : pipeline.steps()) {
            tasks.add(planTask(step, step.call(), taskNameOf.get(step), groups.of(step.group().orElse(null)),
                    Site.of(step.group().orElse(null))));
        }
        groups.checkNotEmpty(pipeline.steps());
        armorUses.check(pipeline, problems);
        Cycles.check(tasks, problems);
        Optional<Plan.PlannedTask> exit = pipeline.exitHandler().map(call -> planTask(null, call,
                Names.sanitize(call.name().orElse(call.component().name())), null, Site.pipelineExit()));
        List<Plan.PlannedOutput> outputs = new ArrayList<>();
        for (Pipeline.Exported out : pipeline.outputs()) {
            Typed typed = resolveRef(out.value(), null, out.location(), "output '" + out.output().name() + "' of "
                    + pipeline, new LinkedHashSet<>(), Site.of(null));
            if (typed == null) continue;
            if (typed.type() != null && !out.output().type().accepts(typed.type())) {
                problems.error(ErrorCode.TYPE_MISMATCH, out.location(), "type mismatch: output '" + out.output().name()
                        + "' of " + pipeline + " is " + out.output().type().describe() + ", but " + out.value().describe()
                        + " is " + typed.type().describe(), "declare the output with the value's type");
                continue;
            }
            outputs.add(new Plan.PlannedOutput(out.output().name(), typed.value(), out.output().type().isArtifact()));
        }
        return new Plan(pipeline, workflowName, entrypoint, variants.used(), tasks, groups.planned(), exit,
                false, List.copyOf(outputs));
    }

    /** Where a ref is used: the group whose DAG evaluates it, and which run facts it may read. */
    record Site(Group scope, boolean atPipelineExit, Group handlerOf) {
        static Site of(Group scope) {
            return new Site(scope, false, null);
        }

        static Site pipelineExit() {
            return new Site(null, true, null);
        }

        static Site handler(Group exitGroup) {
            return new Site(exitGroup.parent().orElse(null), false, exitGroup);
        }
    }

    private String checkPipelineName() {
        String name = Names.sanitize(pipeline.name());
        SourceLocation at = pipeline.location();
        if (name.isEmpty()) {
            problems.error(ErrorCode.INVALID_NAME, at, "pipeline name '" + pipeline.name() + "' has no letters or digits",
                    "name the pipeline with letters, digits and dashes, e.g. \"train-model\"");
        } else if (name.length() > Names.MAX_NAME) {
            problems.error(ErrorCode.NAME_TOO_LONG, at, "pipeline name '" + name + "' is " + name.length()
                    + " characters; Argo allows at most " + Names.MAX_NAME + " for workflow names",
                    "shorten the pipeline name to " + Names.MAX_NAME + " characters or fewer");
        }
        TextCheck.check(problems, at, "the pipeline description", pipeline.description());
        return name;
    }

    private void checkParam(Param<?> param) {
        ParamSpec<?> spec = param.spec();
        SourceLocation at = param.location();
        if (!Names.isParameterName(spec.name())) {
            problems.error(ErrorCode.INVALID_NAME, at, "parameter name '" + spec.name()
                    + "' may only contain letters, digits, '-' and '_'", "rename the parameter, e.g. \""
                    + Names.sanitize(spec.name()).replace('-', '_') + "\"");
        }
        Param<?> first = params.putIfAbsent(spec.name(), param);
        if (first != null) {
            problems.error(ErrorCode.DUPLICATE_PARAMETER, at, "duplicate parameter '" + spec.name() + "'",
                    first.location(), "'" + spec.name() + "' was first declared here", "remove or rename one of them");
        }
        TextCheck.check(problems, at, "the description of parameter '" + spec.name() + "'", spec.description());
        spec.defaultValue().ifPresent(v -> ComponentChecks.checkValue(problems, at, "default of parameter '" + spec.name() + "'", spec.type(), v, true));
        for (Object allowed : spec.allowed()) {
            ComponentChecks.checkValue(problems, at, "allowed value of parameter '" + spec.name() + "'", spec.type(), allowed, false);
        }
        if (!spec.allowed().isEmpty() && spec.defaultValue().isPresent()
                && !spec.allowed().contains(spec.defaultValue().get())) {
            problems.error(ErrorCode.INVALID_VALUE, at, "default " + ValueCodec.encode(spec.defaultValue().get())
                    + " of parameter '" + spec.name() + "' is not among its allowed values "
                    + spec.allowed().stream().map(ValueCodec::encode).toList(), "choose a default from the allowed values");
        }
    }

    private Plan.PlannedTemplate templateFor(Component component) {
        Plan.PlannedTemplate known = templateOf.get(component);
        if (known != null) return known;
        if (component instanceof PipelineComponent pc && pc.pipeline().sameAs(pipeline)) {
            Plan.PlannedTemplate self = new Plan.PlannedTemplate(entrypoint, component);
            templateOf.put(component, self);
            return self;
        }
        String name = Names.sanitize(component.name());
        SourceLocation at = component.location();
        if (name.isEmpty()) {
            problems.error(ErrorCode.INVALID_NAME, at, "component name '" + component.name() + "' has no letters or digits",
                    "name the component with letters, digits and dashes");
        } else if (name.length() > Names.MAX_NAME) {
            problems.error(ErrorCode.NAME_TOO_LONG, at, "component name '" + name + "' is " + name.length()
                    + " characters; kfj allows at most " + Names.MAX_NAME + " so pod names stay readable",
                    "shorten the component name");
        } else if (name.equals(entrypoint)) {
            problems.error(ErrorCode.DUPLICATE_TEMPLATE, at, "component '" + component.name()
                    + "' has the same Argo template name '" + name + "' as the pipeline", pipeline.location(),
                    "pipeline '" + pipeline.name() + "' is declared here", "rename the component or the pipeline");
        } else {
            Component other = componentByTemplate.putIfAbsent(name, component);
            if (other != null && !Components.sameDefinition(other, component)) {
                problems.error(ErrorCode.DUPLICATE_TEMPLATE, at, "two different components are both named '" + name + "'",
                        other.location(), "the other '" + name + "' is declared here", "give one of the components another name");
            } else if (other != null) {
                Plan.PlannedTemplate shared = templateOf.get(other);
                templateOf.put(component, shared);
                return shared;
            }
        }
        ComponentChecks.check(component, problems);
        Plan.PlannedTemplate planned = new Plan.PlannedTemplate(name, component);
        templateOf.put(component, planned);
        templates.add(planned);
        return planned;
    }

    private void nameStep(Step step) {
        String name = Names.sanitize(step.name());
        SourceLocation at = step.location();
        if (name.isEmpty()) {
            problems.error(ErrorCode.INVALID_NAME, at, "step name '" + step.name() + "' has no letters or digits",
                    "name the step with .named(\"...\")");
        } else if (name.length() > Names.MAX_NAME) {
            problems.error(ErrorCode.NAME_TOO_LONG, at, "step name '" + name + "' is " + name.length()
                    + " characters; kfj allows at most " + Names.MAX_NAME, "shorten the step name");
        }
        Step first = stepByTaskName.putIfAbsent(name, step);
        if (first != null) {
            String same = first.name().equals(step.name()) ? "'" + step.name() + "'"
                    : "'" + step.name() + "' (as '" + name + "', like '" + first.name() + "')";
            problems.error(ErrorCode.DUPLICATE_STEP, at, "duplicate step name " + same, first.location(),
                    "'" + first.name() + "' was first declared here",
                    "give one of the steps another name with .named(\"...\")");
        }
        stepByName.putIfAbsent(step.name(), step);
        taskNameOf.put(step, name);
    }

    /** Plans the task of {@code call}; {@code step} is null for exit handlers, which are no step of the graph. */
    Plan.PlannedTask planTask(Step step, Call call, String taskName, Plan.PlannedGroup group, Site site) {
        Component component = call.component();
        SourceLocation at = step != null ? step.location()
                : site.atPipelineExit() ? pipeline.exitHandlerLocation() : site.handlerOf().location();
        String label = step != null ? "step '" + step.name() + "'" : "exit handler '" + component.name() + "'";
        Set<String> depends = new LinkedHashSet<>();
        Map<String, Plan.Value> arguments = new LinkedHashMap<>();
        for (Map.Entry<String, Binding> entry : call.bindings().entrySet()) {
            Input<?> input = component.input(entry.getKey()).orElse(null);
            if (input == null) {
                problems.error(ErrorCode.UNKNOWN_INPUT, at, label + " binds input '" + entry.getKey()
                        + "', which component '" + component.name() + "' does not declare",
                        "its inputs are " + component.inputs().stream().map(Input::name).toList());
                continue;
            }
            Plan.Value value = resolve(step, component, at, label, input, entry.getValue(), depends, site);
            if (value != null) arguments.put(input.name(), value);
        }
        for (Input<?> input : component.inputs()) {
            if (!input.isOptional() && !call.bindings().containsKey(input.name())) {
                problems.error(ErrorCode.MISSING_INPUT, at, label + " does not bind required " + input,
                        "bind it with .with(...) on the step's call");
            }
        }
        for (Call.After after : call.after()) {
            Step target = pipeline.owns(after) ? stepByName.get(after.step()) : null;
            if (target == null) {
                problems.error(ErrorCode.UNKNOWN_STEP, at, label + " runs after step '" + after.step()
                        + "', which is not in pipeline '" + pipeline.name() + "'", "add that step to this pipeline or drop the dependency");
            } else if (target == step) {
                problems.error(ErrorCode.CYCLE, at, label + " runs after itself", "remove the dependency on itself");
            } else {
                depends.add(taskNameOf.get(target));
            }
        }
        if (step == null && !depends.isEmpty()) {
            problems.error(ErrorCode.OUT_OF_SCOPE, at, label + " reads or waits for steps " + depends
                    + ", but an exit handler runs outside the graph it guards",
                    "bind only parameters, literals and the run status to an exit handler");
        }
        Map<String, Plan.Value> ordered = new LinkedHashMap<>();
        for (Input<?> input : component.inputs()) {
            Plan.Value v = arguments.get(input.name());
            if (v != null) ordered.put(input.name(), v);
        }
        Plan.PlannedTemplate template = variants.of(templateOf.get(component), component, call.settings(), at);
        return new Plan.PlannedTask(taskName, step, template, List.copyOf(depends), ordered, group, call.trigger());
    }

    private Plan.Value resolve(Step step, Component component, SourceLocation at, String label, Input<?> input, Binding binding,
                               Set<String> depends, Site site) {
        if (binding instanceof Binding.Literal literal) {
            if (input.type().isArtifact()) {
                problems.error(ErrorCode.INVALID_VALUE, at, label + " passes a literal to artifact " + input,
                        "pass the output of a step that produces the file");
                return null;
            }
            boolean decodes = component.readsEncodedValues();
            ComponentChecks.checkValue(problems, at, "value for input '" + input.name() + "' of " + label, input.type(), literal.value(), decodes);
            return input.type().isInstance(literal.value()) ? new Plan.Literal(ValueCodec.armor(ValueCodec.encode(literal.value()))) : null;
        }
        Ref<?> ref = ((Binding.Reference) binding).ref();
        consumer = component;
        Typed typed = resolveRef(ref, step, at, label, depends, site);
        consumer = null;
        if (typed == null) return null;
        boolean declaredOk = !(ref instanceof OutputRef<?> o) || o.declaredType().map(input.type()::accepts).orElse(true);
        if (typed.type() != null && (!input.type().accepts(typed.type()) || !declaredOk)) {
            mismatch(at, label, input, ref.describe() + " is " + typed.type().describe());
            return null;
        }
        if (typed.type() == null && input.type().isArtifact()) {
            mismatch(at, label, input, ref.describe() + " is a parameter");
            return null;
        }
        return typed.value();
    }

    /** A resolved ref and its type, when known. */
    record Typed(Plan.Value value, DataType<?> type) {}

    /** Resolves a ref used at {@code site}, adding the tasks it reads to {@code depends}; null after reporting a problem. */
    @SuppressWarnings("unchecked")
    Typed resolveRef(Ref<?> ref, Step step, SourceLocation at, String label, Set<String> depends, Site site) {
        if (ref instanceof Param<?> param) {
            if (!pipeline.owns(param) || params.get(param.name()) != param) {
                problems.error(ErrorCode.UNKNOWN_PARAMETER, at, label + " uses " + param.describe()
                        + ", which is not registered in pipeline '" + pipeline.name() + "'",
                        "register it with p.param(...) on this pipeline's builder");
                return null;
            }
            armorUses.param(param, consumer);
            return new Typed(new Plan.FromParam(param.name()), param.type());
        }
        if (!(ref instanceof OutputRef<?>) && !pipeline.owns(ref)) {
            problems.error(ErrorCode.OUT_OF_SCOPE, at, label + " uses " + ref.describe()
                    + ", which was not made in pipeline '" + pipeline.name() + "'",
                    "use loops and exit handlers of this pipeline's builder");
            return null;
        }
        if (ref instanceof Item<?> item) {
            armorUses.item(item, consumer);
            return groups.item(item, at, label, site);
        }
        if (ref instanceof RunValue run) {
            return groups.runValue(run, at, label, site);
        }
        if (ref instanceof Collected<?> collected) {
            Typed one = output(collected.output(), step, at, label, depends, site, true);
            if (one == null) return null;
            Plan.FromTask from = (Plan.FromTask) one.value();
            if (from.artifact()) {
                problems.error(ErrorCode.NOT_A_LIST, at, label + " collects artifact " + collected.output().describe()
                        + "; only parameter outputs can be collected", "write the files to a volume, or collect a parameter");
                return null;
            }
            Class<?> element = one.type().kind() == DataType.Kind.LIST || one.type().kind() == DataType.Kind.MAP
                    ? Object.class : one.type().javaType();
            return new Typed(new Plan.FromCollected(from.task(), from.output()), DataType.listOf((Class<Object>) element));
        }
        return output((OutputRef<?>) ref, step, at, label, depends, site, false);
    }

    private Typed output(OutputRef<?> ref, Step step, SourceLocation at, String label, Set<String> depends,
                         Site site, boolean collecting) {
        Step producer = pipeline.owns(ref) ? stepByName.get(ref.step()) : null;
        if (producer == null) {
            problems.error(ErrorCode.UNKNOWN_STEP, at, label + " reads " + ref.describe()
                    + ", but step '" + ref.step() + "' is not in pipeline '" + pipeline.name() + "'",
                    "add that step to this pipeline, or read an output of one of its steps");
            return null;
        }
        if (producer == step) {
            problems.error(ErrorCode.CYCLE, at, label + " reads its own " + ref.describe(), "a step cannot consume its own output");
            return null;
        }
        Output<?> output = producer.component().output(ref.output()).orElse(null);
        if (output == null) {
            problems.error(ErrorCode.UNKNOWN_OUTPUT, at, label + " reads " + ref.describe() + ", which component '"
                    + producer.component().name() + "' does not declare",
                    "its outputs are " + producer.component().outputs().stream().map(Output::name).toList());
            return null;
        }
        if (!groups.canRead(producer, site, collecting, at, label, ref)) return null;
        depends.add(taskNameOf.get(producer));
        return new Typed(new Plan.FromTask(taskNameOf.get(producer), output.name(), output.type().isArtifact()), output.type());
    }

    private void mismatch(SourceLocation at, String label, Input<?> input, String found) {
        problems.error(ErrorCode.TYPE_MISMATCH, at, "type mismatch: input '" + input.name() + "' of " + label
                + " expects " + input.type().describe() + ", but " + found,
                "bind a value of type " + input.type().describe());
    }
}

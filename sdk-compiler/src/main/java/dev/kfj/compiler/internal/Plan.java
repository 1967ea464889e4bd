package dev.kfj.compiler.internal;

import dev.kfj.dsl.Component;
import dev.kfj.dsl.Group;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.RunValue;
import dev.kfj.dsl.Settings;
import dev.kfj.dsl.Step;
import dev.kfj.dsl.Trigger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated pipeline with every Argo name chosen and every reference resolved: what the
 * lowering turns into Argo objects.
 *
 * @param pipeline the source pipeline
 * @param workflowName the DNS-1123 name of the workflow
 * @param entrypoint the name of the root DAG template
 * @param templates one per distinct component and settings, in first-use order
 * @param tasks one per step, in declaration order
 * @param groups one per condition branch, loop and exit handler, in the order they were opened
 * @param exitTask the pipeline-wide exit handler, if any
 */
public record Plan(Pipeline pipeline, String workflowName, String entrypoint,
                   List<PlannedTemplate> templates, List<PlannedTask> tasks,
                   List<PlannedGroup> groups, Optional<PlannedTask> exitTask,
                   boolean asComponent, List<PlannedOutput> outputs) {

    /** The plan of a pipeline without groups or exit handler. */
    public Plan(Pipeline pipeline, String workflowName, String entrypoint,
                List<PlannedTemplate> templates, List<PlannedTask> tasks) {
        this(pipeline, workflowName, entrypoint, templates, tasks, List.of(), Optional.empty(), false, List.of());
    }

    /** A copy whose root DAG takes the parameters as inputs: the pipeline is called as a step (or calls itself). */
    public Plan calledAsStep() {
        return new Plan(pipeline, workflowName, entrypoint, templates, tasks, groups, exitTask, true, outputs);
    }

    /** An output of a pipeline used as a step. @param name its name @param value its value @param artifact whether an artifact */
    public record PlannedOutput(String name, Value value, boolean artifact) {}

    /**
     * One Argo template for a component, or none for a template reference.
     *
     * @param name its name
     * @param component what it runs
     * @param settings the operational settings of the steps that share it
     */
    public record PlannedTemplate(String name, Component component, Settings settings) {
        /** A template with no settings. */
        public PlannedTemplate(String name, Component component) {
            this(name, component, Settings.none());
        }
    }

    /**
     * One DAG task.
     *
     * @param name the task name
     * @param step the source step
     * @param template the template it calls
     * @param depends names of the tasks it waits for, in first-mention order
     * @param arguments the value of each bound input, by input name, in the component's input order
     * @param group the innermost group of the step, or null at the top level
     * @param trigger when it runs given how its dependencies ended
     */
    public record PlannedTask(String name, Step step, PlannedTemplate template, List<String> depends,
                              Map<String, Value> arguments, PlannedGroup group, Trigger trigger) {
        /** A top-level task with the default trigger. */
        public PlannedTask(String name, Step step, PlannedTemplate template, List<String> depends,
                           Map<String, Value> arguments) {
            this(name, step, template, depends, arguments, null, Trigger.ALL_SUCCEEDED);
        }
    }

    /**
     * One group: a condition branch, a loop or an exit handler, lowered to a DAG template.
     *
     * @param name the task and template name
     * @param group the source group
     * @param parent the enclosing group, or null at the top level
     * @param condition for a branch, when it runs
     * @param items for a loop over a run-time list, the list
     * @param literalItems for a loop over a literal list, the items as JSON-like values
     * @param handler for an exit handler, the handler task (not part of any DAG)
     * @param depends tasks its condition, items or handler read from, in first-mention order
     */
    public record PlannedGroup(String name, Group group, PlannedGroup parent, Condition condition, Value items,
                               List<Object> literalItems, PlannedTask handler, List<String> depends) {}

    /** What a task passes to one input. */
    public sealed interface Value permits Literal, FromParam, FromTask, FromItem, FromCollected, FromRun {}

    /** A literal in its text form. @param text the text */
    public record Literal(String text) implements Value {}

    /** A pipeline parameter. @param param the parameter's name */
    public record FromParam(String param) implements Value {}

    /**
     * An output of an upstream task.
     *
     * @param task the producing task's name
     * @param output the output's name
     * @param artifact whether it is an artifact (else a parameter)
     */
    public record FromTask(String task, String output, boolean artifact) implements Value {}

    /** The current item of a loop, or a field of it. @param loop the loop group's name @param path the field path */
    public record FromItem(String loop, List<String> path) implements Value {}

    /** Every iteration's value of an output of a task in a loop. @param task the producer @param output its output */
    public record FromCollected(String task, String output) implements Value {}

    /** A fact about the run. @param kind which @param group the guarded group's name, for a group status */
    public record FromRun(RunValue.Kind kind, String group) implements Value {}

    /** A run-time condition with its operands resolved. */
    public sealed interface Condition permits Compare, All, Any, Not {}

    /** {@code left op right}. @param left left @param op the expression operator @param right right @param numeric compare as numbers */
    public record Compare(Value left, String op, Value right, boolean numeric) implements Condition {}

    /** Conjunction. @param conditions the parts */
    public record All(List<Condition> conditions) implements Condition {}

    /** Disjunction. @param conditions the parts */
    public record Any(List<Condition> conditions) implements Condition {}

    /** Negation. @param condition the negated part */
    public record Not(Condition condition) implements Condition {}
}

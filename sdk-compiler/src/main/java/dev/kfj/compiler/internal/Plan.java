package dev.kfj.compiler.internal;

import dev.kfj.dsl.Component;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.Step;
import java.util.List;
import java.util.Map;

/**
 * A validated pipeline with every Argo name chosen and every reference resolved: what the
 * lowering turns into Argo objects.
 *
 * @param pipeline the source pipeline
 * @param workflowName the DNS-1123 name of the workflow
 * @param entrypoint the name of the root DAG template
 * @param templates one per distinct component, in first-use order
 * @param tasks one per step, in declaration order
 */
public record Plan(Pipeline pipeline, String workflowName, String entrypoint,
                   List<PlannedTemplate> templates, List<PlannedTask> tasks) {

    /** One Argo template. @param name its name @param component what it runs */
    public record PlannedTemplate(String name, Component component) {}

    /**
     * One DAG task.
     *
     * @param name the task name
     * @param step the source step
     * @param template the template it calls
     * @param depends names of the tasks it waits for, in first-mention order
     * @param arguments the value of each bound input, by input name, in the component's input order
     */
    public record PlannedTask(String name, Step step, PlannedTemplate template, List<String> depends,
                              Map<String, Value> arguments) {}

    /** What a task passes to one input. */
    public sealed interface Value permits Literal, FromParam, FromTask {}

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
}

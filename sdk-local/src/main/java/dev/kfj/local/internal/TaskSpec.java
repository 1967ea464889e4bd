package dev.kfj.local.internal;

import dev.kfj.argo.Arguments;
import dev.kfj.argo.DAGTask;
import dev.kfj.argo.LifecycleHook;
import dev.kfj.argo.Sequence;
import dev.kfj.argo.Template;
import dev.kfj.argo.WorkflowStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A DAG task or a step, in one shape: a steps template runs as a DAG whose tasks depend on the
 * whole previous group (accepting failures of steps with {@code continueOn}).
 */
record TaskSpec(String name, String template, Template inline, String depends, Arguments arguments, String when,
                List<Object> withItems, String withParam, Sequence withSequence, LifecycleHook exitHook,
                boolean tolerateFailure) {

    static TaskSpec of(DAGTask t, Map<String, DAGTask> all) {
        String depends = t.depends();
        if (depends == null && !t.dependencies().isEmpty()) {
            Map<String, dev.kfj.argo.ContinueOn> continueOn = new java.util.LinkedHashMap<>();
            for (String d : t.dependencies()) {
                DAGTask dep = all.get(d);
                if (dep != null && dep.continueOn() != null) continueOn.put(d, dep.continueOn());
            }
            depends = Depends.fromDependencies(t.dependencies(), continueOn);
        }
        return new TaskSpec(t.name(), t.template(), t.inline(), depends == null ? "" : depends, t.arguments(),
                t.when(), t.withItems(), t.withParam(), t.withSequence(), exitHook(t.hooks(), t.onExit()),
                t.continueOn() != null && (Boolean.TRUE.equals(t.continueOn().failed())
                        || Boolean.TRUE.equals(t.continueOn().error())));
    }

    static List<TaskSpec> ofDag(List<DAGTask> tasks) {
        Map<String, DAGTask> all = new java.util.LinkedHashMap<>();
        tasks.forEach(t -> all.put(t.name(), t));
        return tasks.stream().map(t -> of(t, all)).toList();
    }

    /** Only the tasks {@code target} (space-separated names) needs: the targets and their dependencies. */
    static List<TaskSpec> targeted(List<TaskSpec> tasks, String target) {
        if (target == null || target.isBlank()) return tasks;
        Map<String, TaskSpec> byName = new java.util.LinkedHashMap<>();
        tasks.forEach(t -> byName.put(t.name(), t));
        java.util.Set<String> keep = new java.util.LinkedHashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(target.trim().split("\\s+")));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            TaskSpec t = byName.get(name);
            if (t == null) throw new IllegalStateException("dag target '" + name + "' names no task");
            if (keep.add(name) && !t.depends().isEmpty()) todo.addAll(Depends.names(t.depends()));
        }
        return tasks.stream().filter(t -> keep.contains(t.name())).toList();
    }

    static List<TaskSpec> ofSteps(List<List<WorkflowStep>> groups) {
        List<TaskSpec> out = new ArrayList<>();
        List<WorkflowStep> previous = List.of();
        for (List<WorkflowStep> group : groups) {
            Map<String, dev.kfj.argo.ContinueOn> continueOn = new java.util.LinkedHashMap<>();
            previous.forEach(s -> {
                if (s.continueOn() != null) continueOn.put(s.name(), s.continueOn());
            });
            String depends = Depends.fromDependencies(previous.stream().map(WorkflowStep::name).toList(), continueOn);
            for (WorkflowStep s : group) {
                out.add(new TaskSpec(s.name(), s.template(), s.inline(), depends, s.arguments(), s.when(),
                        s.withItems(), s.withParam(), s.withSequence(), exitHook(s.hooks(), s.onExit()),
                        s.continueOn() != null));
            }
            previous = group;
        }
        return out;
    }

    private static LifecycleHook exitHook(Map<String, LifecycleHook> hooks, String onExit) {
        if (hooks.containsKey("exit")) return hooks.get("exit");
        return onExit == null ? null : new LifecycleHook(onExit, null, null, null);
    }

    boolean isLoop() {
        return !withItems.isEmpty() || withParam != null || withSequence != null;
    }
}

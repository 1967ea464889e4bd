package dev.kfj.local.internal;

import dev.kfj.argo.Artifact;
import dev.kfj.argo.DAGTask;
import dev.kfj.argo.LifecycleHook;
import dev.kfj.argo.Parameter;
import dev.kfj.argo.Template;
import dev.kfj.argo.WorkflowSpec;
import dev.kfj.argo.WorkflowStep;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks, before anything runs, that every construct of a workflow can run on this machine, and
 * lists the Kubernetes-only settings a local run ignores. Problems carry stable codes:
 * <ul>
 *   <li>KFJ-701 a template kind that cannot run locally (resource, suspend, …)
 *   <li>KFJ-702 a reference to a template stored in the cluster ({@code templateRef},
 *       {@code workflowTemplateRef})
 *   <li>KFJ-703 an artifact kept in remote storage (S3, Git, HTTP)
 *   <li>KFJ-704 sidecars, init containers or daemon steps
 *   <li>KFJ-705 a volume other than an {@code emptyDir}
 *   <li>KFJ-706 {@code synchronization} (mutexes, semaphores)
 *   <li>KFJ-707 environment from Secrets, ConfigMaps or fields
 *   <li>KFJ-708 an output {@code valueFrom} other than a path, a parameter, an expression or a default
 *   <li>KFJ-709 hooks other than exit hooks; {@code retryStrategy} on a DAG or steps template
 *   <li>KFJ-710 a missing template or entrypoint
 * </ul>
 */
public final class Support {
    private final WorkflowSpec spec;
    private final Map<String, Template> templates;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> ignored = new LinkedHashSet<>();

    private Support(WorkflowSpec spec, Map<String, Template> templates) {
        this.spec = spec;
        this.templates = templates;
    }

    /** The result: problems that stop the run, and settings the run ignores. */
    public record Report(List<String> problems, List<String> ignored) {
    }

    /** Checks {@code spec}. */
    public static Report check(WorkflowSpec spec, Map<String, Template> templates) {
        Support s = new Support(spec, templates);
        s.run();
        return new Report(List.copyOf(s.problems), List.copyOf(s.ignored));
    }

    private void problem(String code, String where, String text) {
        problems.add("error: [" + code + "] " + where + ": " + text);
    }

    private void run() {
        if (spec.workflowTemplateRef() != null) {
            problem("KFJ-702", "workflow", "workflowTemplateRef refers to a WorkflowTemplate in the cluster;"
                    + " run the template's own YAML instead");
            return;
        }
        if (spec.entrypoint() == null || !templates.containsKey(spec.entrypoint())) {
            problem("KFJ-710", "workflow", "entrypoint '" + spec.entrypoint() + "' names no template");
        }
        if (spec.onExit() != null && !templates.containsKey(spec.onExit())) {
            problem("KFJ-710", "workflow", "onExit names no template '" + spec.onExit() + "'");
        }
        spec.hooks().forEach((name, hook) -> hook("workflow hook '" + name + "'", name, hook));
        if (spec.synchronization() != null) problem("KFJ-706", "workflow", "synchronization cannot run locally");
        if (spec.templateDefaults() != null) problem("KFJ-701", "workflow", "templateDefaults cannot run locally");
        if (!spec.volumeClaimTemplates().isEmpty()) {
            problem("KFJ-705", "workflow", "volumeClaimTemplates need a cluster");
        }
        for (Volume v : spec.volumes()) volume("workflow", v);
        if (spec.podSpecPatch() != null) ignored.add("podSpecPatch");
        if (!spec.nodeSelector().isEmpty() || !spec.tolerations().isEmpty() || spec.affinity() != null) {
            ignored.add("scheduling (nodeSelector, tolerations, affinity)");
        }
        if (spec.serviceAccountName() != null) ignored.add("serviceAccountName");
        if (spec.retryStrategy() != null) problem("KFJ-709", "workflow", "a workflow-level retryStrategy cannot run locally");
        for (Template t : templates.values()) template(t);
    }

    private void hook(String where, String name, LifecycleHook hook) {
        if (!"exit".equals(name)) {
            problem("KFJ-709", where, "only exit hooks can run locally; '" + name + "' needs the cluster's status events");
        }
        if (hook.templateRef() != null) problem("KFJ-702", where, "templateRef refers to a template in the cluster");
        if (hook.template() != null && !templates.containsKey(hook.template())) {
            problem("KFJ-710", where, "names no template '" + hook.template() + "'");
        }
    }

    private void template(Template t) {
        String where = "template '" + t.name() + "'";
        if (t.resource() != null) problem("KFJ-701", where, "resource templates create Kubernetes objects and cannot run locally");
        if (t.suspend() != null) problem("KFJ-701", where, "suspend templates wait for a person and cannot run locally");
        if (t.container() == null && t.script() == null && t.dag() == null && t.steps().isEmpty()
                && t.resource() == null && t.suspend() == null) {
            problem("KFJ-701", where, "this kind of template cannot run locally");
        }
        if (!t.sidecars().isEmpty()) problem("KFJ-704", where, "sidecars cannot run locally");
        if (!t.initContainers().isEmpty()) problem("KFJ-704", where, "init containers cannot run locally");
        if (Boolean.TRUE.equals(t.daemon())) problem("KFJ-704", where, "daemon steps cannot run locally");
        if (t.synchronization() != null) problem("KFJ-706", where, "synchronization cannot run locally");
        if (t.retryStrategy() != null && (t.dag() != null || !t.steps().isEmpty())) {
            problem("KFJ-709", where, "retryStrategy on a DAG or steps template cannot run locally; put it on the steps");
        }
        for (Volume v : t.volumes()) volume(where, v);
        if (t.container() != null) container(where, t.container());
        if (t.podSpecPatch() != null) ignored.add("podSpecPatch");
        if (t.podResources() != null || (t.container() != null && t.container().getResources() != null)) {
            ignored.add("resources");
        }
        if (!t.nodeSelector().isEmpty() || !t.tolerations().isEmpty() || t.affinity() != null) {
            ignored.add("scheduling (nodeSelector, tolerations, affinity)");
        }
        if (t.inputs() != null) {
            for (Artifact a : t.inputs().artifacts()) artifact(where + " input '" + a.name() + "'", a);
        }
        if (t.outputs() != null) {
            for (Artifact a : t.outputs().artifacts()) artifact(where + " output '" + a.name() + "'", a);
            for (Parameter p : t.outputs().parameters()) outputParameter(where, p);
        }
        if (t.dag() != null) {
            for (DAGTask task : t.dag().tasks()) {
                String w = where + " task '" + task.name() + "'";
                call(w, task.template(), task.templateRef() != null, task.inline(), task.hooks(), task.onExit());
                if (task.arguments() != null) task.arguments().artifacts().forEach(a -> artifact(w, a));
            }
        }
        for (List<WorkflowStep> group : t.steps()) {
            for (WorkflowStep step : group) {
                String w = where + " step '" + step.name() + "'";
                call(w, step.template(), step.templateRef() != null, step.inline(), step.hooks(), step.onExit());
                if (step.arguments() != null) step.arguments().artifacts().forEach(a -> artifact(w, a));
            }
        }
    }

    private void call(String where, String template, boolean ref, Template inline,
                      Map<String, LifecycleHook> hooks, String onExit) {
        if (ref) {
            problem("KFJ-702", where, "templateRef refers to a template in the cluster");
        } else if (inline != null) {
            template(inline);
        } else if (template == null || !templates.containsKey(template)) {
            problem("KFJ-710", where, "names no template '" + template + "'");
        }
        hooks.forEach((name, hook) -> hook(where + " hook '" + name + "'", name, hook));
        if (onExit != null && !templates.containsKey(onExit)) {
            problem("KFJ-710", where, "onExit names no template '" + onExit + "'");
        }
    }

    private void container(String where, Container c) {
        for (EnvVar e : c.getEnv()) {
            if (e.getValueFrom() != null) {
                problem("KFJ-707", where, "environment variable " + e.getName()
                        + " comes from the cluster (valueFrom); give it a value");
            }
        }
        if (!c.getEnvFrom().isEmpty()) problem("KFJ-707", where, "envFrom reads Secrets or ConfigMaps from the cluster");
    }

    private void volume(String where, Volume v) {
        if (v.getEmptyDir() == null) {
            problem("KFJ-705", where, "volume '" + v.getName() + "' is not an emptyDir; only emptyDir volumes run locally");
        }
    }

    private void artifact(String where, Artifact a) {
        if (a.s3() != null || a.git() != null || a.http() != null) {
            problem("KFJ-703", where, "artifacts in remote storage (S3, Git, HTTP) cannot be used locally");
        }
    }

    private void outputParameter(String where, Parameter p) {
        if (p.valueFrom() == null) return;
        var v = p.valueFrom();
        if (v.jsonPath() != null || v.jqFilter() != null || v.configMapKeyRef() != null || v.supplied() != null
                || v.event() != null) {
            problem("KFJ-708", where + " output '" + p.name() + "'",
                    "valueFrom can only be a path, a parameter, an expression or a default locally");
        }
    }

    /**
     * Problems launching the steps: a container step with neither host execution nor a working
     * container engine (KFJ-720), a Java step without a class path (KFJ-721).
     */
    public static List<String> launchProblems(Map<String, Template> templates, dev.kfj.local.LocalRunOptions options) {
        List<String> out = new ArrayList<>();
        Launcher launcher = null;
        for (Template t : templates.values()) {
            if (t.container() == null && t.script() == null) continue;
            boolean java = Launcher.isJavaStep(StepRunner.rawArgv(t));
            if (java && options.classPath().isEmpty()) {
                out.add("error: [KFJ-721] template '" + t.name() + "' is a Java step, but no class path was given"
                        + " for its JVM");
            }
            if (java || options.hostExecution()) continue;
            if (launcher == null) launcher = new Launcher(options.containerEngine());
            if (launcher.engine().isEmpty()) out.add(Invocations.noEngine(t));
        }
        return out;
    }
}

package dev.kfj.compiler.internal;

import dev.kfj.argo.Template;
import dev.kfj.argo.WorkflowSpec;
import dev.kfj.argo.yaml.ArgoYaml;
import dev.kfj.compiler.ErrorCode;
import dev.kfj.dsl.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.stream.Collectors;

/** Argo's item limits and the Kubernetes object size limit, checked on the lowered workflow. */
public final class Limits {
    /** At most this many templates in one workflow (Argo's full CRDs). */
    public static final int MAX_TEMPLATES = 200;
    /** At most this many tasks in one DAG template (Argo's full CRDs). */
    public static final int MAX_DAG_TASKS = 200;
    /** The size above which Kubernetes refuses to store a workflow (about 1 MiB). */
    public static final int MAX_BYTES = 1024 * 1024;
    /** The size above which kfj warns that the workflow is close to the limit. */
    public static final int WARN_BYTES = 768 * 1024;

    private Limits() {}

    /** Checks counts before serialising. */
    public static void checkCounts(WorkflowSpec spec, SourceLocation at, Problems problems) {
        if (spec.templates().size() > MAX_TEMPLATES) {
            problems.error(ErrorCode.TOO_MANY_TEMPLATES, at, "the workflow has " + spec.templates().size()
                    + " templates; Argo accepts at most " + MAX_TEMPLATES,
                    "reuse components across steps: steps of one component share a template");
        }
        for (Template t : spec.templates()) {
            if (t.dag() != null && t.dag().tasks().size() > MAX_DAG_TASKS) {
                problems.error(ErrorCode.TOO_MANY_TASKS, at, "DAG '" + t.name() + "' has " + t.dag().tasks().size()
                        + " tasks; Argo accepts at most " + MAX_DAG_TASKS + " in one DAG",
                        "loop over a list with one step instead of adding a step per item");
            }
        }
    }

    /** Checks the size of the serialised workflow, naming the largest templates when it is big. */
    public static void checkSize(String yaml, WorkflowSpec spec, SourceLocation at, Problems problems) {
        int bytes = yaml.getBytes(StandardCharsets.UTF_8).length;
        if (bytes <= WARN_BYTES) return;
        String biggest = spec.templates().stream()
                .map(t -> new Sized(t.name(), ArgoYaml.write(t).getBytes(StandardCharsets.UTF_8).length))
                .sorted(Comparator.comparingInt(Sized::bytes).reversed())
                .limit(3)
                .map(s -> s.name() + " (" + kib(s.bytes()) + ")")
                .collect(Collectors.joining(", "));
        String steps = spec.templates().stream()
                .filter(t -> t.dag() != null)
                .flatMap(t -> t.dag().tasks().stream())
                .map(t -> new Sized(t.name(), ArgoYaml.write(t).getBytes(StandardCharsets.UTF_8).length))
                .sorted(Comparator.comparingInt(Sized::bytes).reversed())
                .limit(3)
                .map(s -> s.name() + " (" + kib(s.bytes()) + ")")
                .collect(Collectors.joining(", "));
        String message = "the workflow is " + kib(bytes) + "; Kubernetes stores objects up to about 1 MiB."
                + " Largest templates: " + biggest + (steps.isEmpty() ? "" : "; largest steps: " + steps);
        if (bytes > MAX_BYTES) {
            problems.error(ErrorCode.TOO_LARGE, at, message,
                    "move large literals into artifacts, and repeated steps into loops");
        } else {
            problems.warning(ErrorCode.NEARLY_TOO_LARGE, at, message,
                    "move large literals into artifacts, and repeated steps into loops");
        }
    }

    private static String kib(int bytes) {
        return (bytes + 1023) / 1024 + " KiB";
    }

    private record Sized(String name, int bytes) {}

}

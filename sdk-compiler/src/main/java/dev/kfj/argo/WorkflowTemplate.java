package dev.kfj.argo;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Objects;

/**
 * A reusable, namespaced workflow definition.
 *
 * <p>Build one with {@link #of(ObjectMeta, WorkflowSpec)}; {@code apiVersion} and {@code kind}
 * are fixed and may be passed as {@code null} (when reading) to take their only allowed values.
 *
 * @param apiVersion always {@value ArgoObject#API_VERSION}
 * @param kind always {@code WorkflowTemplate}
 * @param metadata the object's metadata (required)
 * @param spec the body (required)
 */
public record WorkflowTemplate(String apiVersion, String kind, ObjectMeta metadata, WorkflowSpec spec)
        implements ArgoObject {

    /** Fills in and checks {@code apiVersion} and {@code kind}. */
    public WorkflowTemplate {
        kind = ArgoObject.checkHeader(apiVersion, kind, "WorkflowTemplate");
        apiVersion = API_VERSION;
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(spec, "spec");
    }

    /** @return a WorkflowTemplate with the given metadata and spec */
    public static WorkflowTemplate of(ObjectMeta metadata, WorkflowSpec spec) {
        return new WorkflowTemplate(API_VERSION, "WorkflowTemplate", metadata, spec);
    }
}

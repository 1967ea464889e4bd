package dev.kfj.argo;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Objects;

/**
 * A reusable workflow definition visible in every namespace.
 *
 * <p>Build one with {@link #of(ObjectMeta, WorkflowSpec)}; {@code apiVersion} and {@code kind}
 * are fixed and may be passed as {@code null} (when reading) to take their only allowed values.
 *
 * @param apiVersion always {@value ArgoObject#API_VERSION}
 * @param kind always {@code ClusterWorkflowTemplate}
 * @param metadata the object's metadata (required)
 * @param spec the body (required)
 */
public record ClusterWorkflowTemplate(String apiVersion, String kind, ObjectMeta metadata, WorkflowSpec spec)
        implements ArgoObject {

    /** Fills in and checks {@code apiVersion} and {@code kind}. */
    public ClusterWorkflowTemplate {
        kind = ArgoObject.checkHeader(apiVersion, kind, "ClusterWorkflowTemplate");
        apiVersion = API_VERSION;
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(spec, "spec");
    }

    /** @return a ClusterWorkflowTemplate with the given metadata and spec */
    public static ClusterWorkflowTemplate of(ObjectMeta metadata, WorkflowSpec spec) {
        return new ClusterWorkflowTemplate(API_VERSION, "ClusterWorkflowTemplate", metadata, spec);
    }
}

package dev.kfj.argo;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Objects;

/**
 * A workflow started on a schedule.
 *
 * <p>Build one with {@link #of(ObjectMeta, CronWorkflowSpec)}; {@code apiVersion} and {@code kind}
 * are fixed and may be passed as {@code null} (when reading) to take their only allowed values.
 *
 * @param apiVersion always {@value ArgoObject#API_VERSION}
 * @param kind always {@code CronWorkflow}
 * @param metadata the object's metadata (required)
 * @param spec the body (required)
 */
public record CronWorkflow(String apiVersion, String kind, ObjectMeta metadata, CronWorkflowSpec spec)
        implements ArgoObject {

    /** Fills in and checks {@code apiVersion} and {@code kind}. */
    public CronWorkflow {
        kind = ArgoObject.checkHeader(apiVersion, kind, "CronWorkflow");
        apiVersion = API_VERSION;
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(spec, "spec");
    }

    /** @return a CronWorkflow with the given metadata and spec */
    public static CronWorkflow of(ObjectMeta metadata, CronWorkflowSpec spec) {
        return new CronWorkflow(API_VERSION, "CronWorkflow", metadata, spec);
    }
}

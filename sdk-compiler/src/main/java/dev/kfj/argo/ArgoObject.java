package dev.kfj.argo;

import io.fabric8.kubernetes.api.model.ObjectMeta;

/**
 * One of the four Argo resources kfj writes: {@link Workflow}, {@link WorkflowTemplate},
 * {@link ClusterWorkflowTemplate} and {@link CronWorkflow}.
 *
 * <p>Every implementation has {@code apiVersion} {@value #API_VERSION} and its own fixed
 * {@code kind}.
 */
public sealed interface ArgoObject permits Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow {

    /** The only API version Argo accepts for these kinds. */
    String API_VERSION = "argoproj.io/v1alpha1";

    /** @return always {@value #API_VERSION} */
    String apiVersion();

    /** @return the resource kind, such as {@code Workflow} */
    String kind();

    /** @return the object's Kubernetes metadata */
    ObjectMeta metadata();

    /** Checks the fixed header fields; used by the implementations' constructors. */
    static String checkHeader(String apiVersion, String kind, String expectedKind) {
        if (apiVersion != null && !API_VERSION.equals(apiVersion)) {
            throw new IllegalArgumentException("apiVersion must be '" + API_VERSION + "' but was '" + apiVersion + "'");
        }
        if (kind != null && !expectedKind.equals(kind)) {
            throw new IllegalArgumentException("kind must be '" + expectedKind + "' but was '" + kind + "'");
        }
        return expectedKind;
    }
}

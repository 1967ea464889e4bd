/**
 * Immutable records mirroring Argo Workflows' resource model ({@code argoproj.io/v1alpha1}) with
 * Argo's JSON field names; Kubernetes types come from the fabric8 model.
 *
 * <p>Key types: {@link dev.kfj.argo.ArgoObject} and its kinds {@link dev.kfj.argo.Workflow},
 * {@link dev.kfj.argo.WorkflowTemplate}, {@link dev.kfj.argo.ClusterWorkflowTemplate},
 * {@link dev.kfj.argo.CronWorkflow}; bodies {@link dev.kfj.argo.WorkflowSpec},
 * {@link dev.kfj.argo.Template}, {@link dev.kfj.argo.DAGTask}. Absent scalars and objects are
 * {@code null}, collections are never null. Serialise with {@link dev.kfj.argo.yaml.ArgoYaml}.
 */
package dev.kfj.argo;

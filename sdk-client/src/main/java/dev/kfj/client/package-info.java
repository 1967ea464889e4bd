/**
 * Submit pipelines to Argo Workflows and follow them: the client library.
 *
 * <p>Start with {@link dev.kfj.client.ArgoClient#connect(dev.kfj.client.ClientConfig)}, configured
 * from the {@code ARGO_*} variables by {@link dev.kfj.client.ClientConfig#fromEnvironment(java.util.Map)}.
 * Runs are described by {@link dev.kfj.client.WorkflowStatus} and {@link dev.kfj.client.NodeStatus}
 * in a {@link dev.kfj.client.Phase}; {@link dev.kfj.client.RunTracker} turns a watch into
 * {@link dev.kfj.client.NodeTransition}s. Failures are {@link dev.kfj.client.ArgoClientException}s
 * with a stable {@link dev.kfj.client.ErrorKind} code.
 */
package dev.kfj.client;

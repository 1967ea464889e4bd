/**
 * The Kubernetes API path: submit and follow workflows without an Argo Server, with the fabric8
 * client and kubeconfig or in-cluster credentials.
 *
 * <p>Key type: {@link dev.kfj.client.kube.KubeArgoClient}.
 */
package dev.kfj.client.kube;

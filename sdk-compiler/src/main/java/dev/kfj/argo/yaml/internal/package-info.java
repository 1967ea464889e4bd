/**
 * Jackson configuration behind {@link dev.kfj.argo.yaml.ArgoYaml}; no compatibility promise.
 *
 * <p>Key types: {@link dev.kfj.argo.yaml.internal.Mappers} (the configured mappers),
 * {@link dev.kfj.argo.yaml.internal.TreePruner} (drops empty fields), fabric8 serializers for
 * {@code Quantity} and {@code IntOrString}, and {@link dev.kfj.argo.yaml.internal.FastYamlWriter}
 * (writes the common shape of a document directly, with the mapper's exact output).
 */
package dev.kfj.argo.yaml.internal;

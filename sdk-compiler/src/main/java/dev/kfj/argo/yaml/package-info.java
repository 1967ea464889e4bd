/**
 * Reading and writing Argo objects as YAML and JSON, deterministically.
 *
 * <p>Key types: {@link dev.kfj.argo.yaml.ArgoYaml} (the single configured reader/writer) and
 * {@link dev.kfj.argo.yaml.ArgoFormatException} (located, coded read errors).
 */
package dev.kfj.argo.yaml;

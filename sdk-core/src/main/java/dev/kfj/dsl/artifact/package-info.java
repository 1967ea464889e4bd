/**
 * Artifact types: the files and directories steps pass to one another.
 *
 * <p>Key types: {@link dev.kfj.dsl.artifact.Artifact} (the base, subclass it for your own types),
 * {@link dev.kfj.dsl.artifact.Dataset}, {@link dev.kfj.dsl.artifact.Model},
 * {@link dev.kfj.dsl.artifact.Metrics}, {@link dev.kfj.dsl.artifact.HTML},
 * {@link dev.kfj.dsl.artifact.Markdown}.
 */
package dev.kfj.dsl.artifact;

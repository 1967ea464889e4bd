/**
 * Compiles kfj pipelines into Argo objects and YAML.
 *
 * <p>Key types: {@link dev.kfj.compiler.PipelineCompiler} (the entry point),
 * {@link dev.kfj.compiler.CompileOptions}, {@link dev.kfj.compiler.CompiledPipeline},
 * {@link dev.kfj.compiler.Diagnostic} with its stable {@link dev.kfj.compiler.ErrorCode}, and
 * {@link dev.kfj.compiler.CompilationException}.
 */
package dev.kfj.compiler;

/**
 * The {@code kfj} command line: one class per subcommand, thin commands that parse options and
 * delegate to the compiler, the local engine or the cluster client.
 *
 * <p>Key types: {@link dev.kfj.cli.KfjCommand} (the top command), {@link dev.kfj.cli.ExitCodes},
 * {@link dev.kfj.cli.PipelineLoader} and {@link dev.kfj.cli.LoadedPipeline} (pipelines from
 * {@code .java} files or class paths), {@link dev.kfj.cli.PipelineOptions} (the shared options).
 */
package dev.kfj.cli;

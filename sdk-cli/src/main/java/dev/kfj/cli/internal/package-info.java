/**
 * CLI internals with no compatibility promise: in-process javac
 * ({@link dev.kfj.cli.internal.SourceCompiler}), Maven module class paths
 * ({@link dev.kfj.cli.internal.MavenModule}) and user-facing errors
 * ({@link dev.kfj.cli.internal.UserError}).
 */
package dev.kfj.cli.internal;

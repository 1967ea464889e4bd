/**
 * {@code kfj run} on this machine and the commands that read local runs back: the engine is
 * {@link dev.kfj.local.LocalRunner}; this package parses, prints and maps outcomes to exit codes.
 *
 * <p>Key types: {@link dev.kfj.cli.local.RunCommand} ({@code kfj run}, local unless a cluster is
 * configured), {@link dev.kfj.cli.local.RunsCommand} ({@code kfj runs}, {@code kfj runs get},
 * {@code kfj runs logs}), {@link dev.kfj.cli.local.LocalRuns} (rendering runs, also for the
 * cluster commands when no cluster is configured) and {@code Progress} (live progress).
 */
package dev.kfj.cli.local;

/**
 * The {@code kfj} commands that talk to a cluster: {@code submit}, {@code get}, {@code list},
 * {@code logs}, {@code watch}, {@code stop}, {@code terminate}, {@code suspend}, {@code resume},
 * {@code retry}, {@code resubmit}, {@code delete}, {@code lint}, {@code template push|list|delete}
 * and {@code cron push|list|delete}; and {@link dev.kfj.cli.cluster.ClusterRun}, the cluster half
 * of {@code kfj run}.
 *
 * <p>Key types: {@link dev.kfj.cli.cluster.ClusterRun}, {@link dev.kfj.cli.cluster.ConnectionOptions}
 * (the shared connection flags).
 */
package dev.kfj.cli.cluster;

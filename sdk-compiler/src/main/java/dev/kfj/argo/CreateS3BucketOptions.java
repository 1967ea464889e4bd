package dev.kfj.argo;

/**
 * Options for creating a missing S3 bucket.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.CreateS3BucketOptions}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param objectLocking whether to enable object locking
 */
public record CreateS3BucketOptions(Boolean objectLocking) {}

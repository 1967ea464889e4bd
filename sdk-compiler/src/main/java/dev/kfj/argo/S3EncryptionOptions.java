package dev.kfj.argo;

import io.fabric8.kubernetes.api.model.SecretKeySelector;

/**
 * Server-side encryption options for S3 artifacts.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.S3EncryptionOptions}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param enableEncryption whether to encrypt
 * @param kmsKeyId the KMS key id
 * @param kmsEncryptionContext the KMS context
 * @param serverSideCustomerKeySecret a customer key secret
 */
public record S3EncryptionOptions(
        Boolean enableEncryption,
        String kmsKeyId,
        String kmsEncryptionContext,
        SecretKeySelector serverSideCustomerKeySecret) {}

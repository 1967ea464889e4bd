package dev.kfj.argo;

import io.fabric8.kubernetes.api.model.SecretKeySelector;

/**
 * An artifact stored in S3 or an S3-compatible store.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.S3Artifact}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param endpoint the endpoint host
 * @param bucket the bucket
 * @param key the object key
 * @param region the region
 * @param insecure whether to use plain HTTP
 * @param accessKeySecret the access key secret
 * @param secretKeySecret the secret key secret
 * @param sessionTokenSecret the session token secret
 * @param roleARN an IAM role to assume
 * @param useSDKCreds whether to use the SDK default credentials
 * @param caSecret a CA certificate secret
 * @param addressingStyle path or virtual-hosted addressing
 * @param createBucketIfNotPresent bucket creation options
 * @param encryptionOptions encryption options
 */
public record S3Artifact(
        String endpoint,
        String bucket,
        String key,
        String region,
        Boolean insecure,
        SecretKeySelector accessKeySecret,
        SecretKeySelector secretKeySecret,
        SecretKeySelector sessionTokenSecret,
        String roleARN,
        Boolean useSDKCreds,
        SecretKeySelector caSecret,
        String addressingStyle,
        CreateS3BucketOptions createBucketIfNotPresent,
        S3EncryptionOptions encryptionOptions) {

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.endpoint = endpoint;
        b.bucket = bucket;
        b.key = key;
        b.region = region;
        b.insecure = insecure;
        b.accessKeySecret = accessKeySecret;
        b.secretKeySecret = secretKeySecret;
        b.sessionTokenSecret = sessionTokenSecret;
        b.roleARN = roleARN;
        b.useSDKCreds = useSDKCreds;
        b.caSecret = caSecret;
        b.addressingStyle = addressingStyle;
        b.createBucketIfNotPresent = createBucketIfNotPresent;
        b.encryptionOptions = encryptionOptions;
        return b;
    }

    /** Mutable builder for {@link S3Artifact}; every setter returns {@code this}. */
    public static final class Builder {
        private String endpoint;
        private String bucket;
        private String key;
        private String region;
        private Boolean insecure;
        private SecretKeySelector accessKeySecret;
        private SecretKeySelector secretKeySecret;
        private SecretKeySelector sessionTokenSecret;
        private String roleARN;
        private Boolean useSDKCreds;
        private SecretKeySelector caSecret;
        private String addressingStyle;
        private CreateS3BucketOptions createBucketIfNotPresent;
        private S3EncryptionOptions encryptionOptions;

        private Builder() {}

        /** Sets {@code endpoint}: the endpoint host. @return this builder */
        public Builder endpoint(String endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /** Sets {@code bucket}: the bucket. @return this builder */
        public Builder bucket(String bucket) {
            this.bucket = bucket;
            return this;
        }

        /** Sets {@code key}: the object key. @return this builder */
        public Builder key(String key) {
            this.key = key;
            return this;
        }

        /** Sets {@code region}: the region. @return this builder */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** Sets {@code insecure}: whether to use plain HTTP. @return this builder */
        public Builder insecure(Boolean insecure) {
            this.insecure = insecure;
            return this;
        }

        /** Sets {@code accessKeySecret}: the access key secret. @return this builder */
        public Builder accessKeySecret(SecretKeySelector accessKeySecret) {
            this.accessKeySecret = accessKeySecret;
            return this;
        }

        /** Sets {@code secretKeySecret}: the secret key secret. @return this builder */
        public Builder secretKeySecret(SecretKeySelector secretKeySecret) {
            this.secretKeySecret = secretKeySecret;
            return this;
        }

        /** Sets {@code sessionTokenSecret}: the session token secret. @return this builder */
        public Builder sessionTokenSecret(SecretKeySelector sessionTokenSecret) {
            this.sessionTokenSecret = sessionTokenSecret;
            return this;
        }

        /** Sets {@code roleARN}: an IAM role to assume. @return this builder */
        public Builder roleARN(String roleARN) {
            this.roleARN = roleARN;
            return this;
        }

        /**
         * Sets {@code useSDKCreds}: whether to use the SDK default credentials.
         *
         * @return this builder
         */
        public Builder useSDKCreds(Boolean useSDKCreds) {
            this.useSDKCreds = useSDKCreds;
            return this;
        }

        /** Sets {@code caSecret}: a CA certificate secret. @return this builder */
        public Builder caSecret(SecretKeySelector caSecret) {
            this.caSecret = caSecret;
            return this;
        }

        /** Sets {@code addressingStyle}: path or virtual-hosted addressing. @return this builder */
        public Builder addressingStyle(String addressingStyle) {
            this.addressingStyle = addressingStyle;
            return this;
        }

        /** Sets {@code createBucketIfNotPresent}: bucket creation options. @return this builder */
        public Builder createBucketIfNotPresent(CreateS3BucketOptions createBucketIfNotPresent) {
            this.createBucketIfNotPresent = createBucketIfNotPresent;
            return this;
        }

        /** Sets {@code encryptionOptions}: encryption options. @return this builder */
        public Builder encryptionOptions(S3EncryptionOptions encryptionOptions) {
            this.encryptionOptions = encryptionOptions;
            return this;
        }

        /** @return the built {@link S3Artifact} */
        public S3Artifact build() {
            return new S3Artifact(
                    endpoint,
                    bucket,
                    key,
                    region,
                    insecure,
                    accessKeySecret,
                    secretKeySecret,
                    sessionTokenSecret,
                    roleARN,
                    useSDKCreds,
                    caSecret,
                    addressingStyle,
                    createBucketIfNotPresent,
                    encryptionOptions);
        }
    }
}

package dev.kfj.argo;

import io.fabric8.kubernetes.api.model.SecretKeySelector;
import java.util.List;

/**
 * An artifact checked out from a Git repository.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.GitArtifact}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param repo the repository URL (required)
 * @param revision the revision to check out
 * @param branch the branch
 * @param depth the clone depth
 * @param singleBranch whether to fetch one branch
 * @param fetch extra refspecs to fetch
 * @param disableSubmodules whether to skip submodules
 * @param insecureIgnoreHostKey whether to skip host key checks
 * @param insecureSkipTLS whether to skip TLS checks
 * @param usernameSecret the user name secret
 * @param passwordSecret the password secret
 * @param sshPrivateKeySecret the SSH key secret
 */
public record GitArtifact(
        String repo,
        String revision,
        String branch,
        Integer depth,
        Boolean singleBranch,
        List<String> fetch,
        Boolean disableSubmodules,
        Boolean insecureIgnoreHostKey,
        Boolean insecureSkipTLS,
        SecretKeySelector usernameSecret,
        SecretKeySelector passwordSecret,
        SecretKeySelector sshPrivateKeySecret) {

    /** Normalises absent collections to empty, immutable ones; maps get a stable order. */
    public GitArtifact {
        fetch = fetch == null ? List.of() : List.copyOf(fetch);
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.repo = repo;
        b.revision = revision;
        b.branch = branch;
        b.depth = depth;
        b.singleBranch = singleBranch;
        b.fetch = fetch;
        b.disableSubmodules = disableSubmodules;
        b.insecureIgnoreHostKey = insecureIgnoreHostKey;
        b.insecureSkipTLS = insecureSkipTLS;
        b.usernameSecret = usernameSecret;
        b.passwordSecret = passwordSecret;
        b.sshPrivateKeySecret = sshPrivateKeySecret;
        return b;
    }

    /** Mutable builder for {@link GitArtifact}; every setter returns {@code this}. */
    public static final class Builder {
        private String repo;
        private String revision;
        private String branch;
        private Integer depth;
        private Boolean singleBranch;
        private List<String> fetch;
        private Boolean disableSubmodules;
        private Boolean insecureIgnoreHostKey;
        private Boolean insecureSkipTLS;
        private SecretKeySelector usernameSecret;
        private SecretKeySelector passwordSecret;
        private SecretKeySelector sshPrivateKeySecret;

        private Builder() {}

        /** Sets {@code repo}: the repository URL (required). @return this builder */
        public Builder repo(String repo) {
            this.repo = repo;
            return this;
        }

        /** Sets {@code revision}: the revision to check out. @return this builder */
        public Builder revision(String revision) {
            this.revision = revision;
            return this;
        }

        /** Sets {@code branch}: the branch. @return this builder */
        public Builder branch(String branch) {
            this.branch = branch;
            return this;
        }

        /** Sets {@code depth}: the clone depth. @return this builder */
        public Builder depth(Integer depth) {
            this.depth = depth;
            return this;
        }

        /** Sets {@code singleBranch}: whether to fetch one branch. @return this builder */
        public Builder singleBranch(Boolean singleBranch) {
            this.singleBranch = singleBranch;
            return this;
        }

        /** Sets {@code fetch}: extra refspecs to fetch. @return this builder */
        public Builder fetch(List<String> fetch) {
            this.fetch = fetch;
            return this;
        }

        /** Sets {@code disableSubmodules}: whether to skip submodules. @return this builder */
        public Builder disableSubmodules(Boolean disableSubmodules) {
            this.disableSubmodules = disableSubmodules;
            return this;
        }

        /** Sets {@code insecureIgnoreHostKey}: whether to skip host key checks. @return this builder */
        public Builder insecureIgnoreHostKey(Boolean insecureIgnoreHostKey) {
            this.insecureIgnoreHostKey = insecureIgnoreHostKey;
            return this;
        }

        /** Sets {@code insecureSkipTLS}: whether to skip TLS checks. @return this builder */
        public Builder insecureSkipTLS(Boolean insecureSkipTLS) {
            this.insecureSkipTLS = insecureSkipTLS;
            return this;
        }

        /** Sets {@code usernameSecret}: the user name secret. @return this builder */
        public Builder usernameSecret(SecretKeySelector usernameSecret) {
            this.usernameSecret = usernameSecret;
            return this;
        }

        /** Sets {@code passwordSecret}: the password secret. @return this builder */
        public Builder passwordSecret(SecretKeySelector passwordSecret) {
            this.passwordSecret = passwordSecret;
            return this;
        }

        /** Sets {@code sshPrivateKeySecret}: the SSH key secret. @return this builder */
        public Builder sshPrivateKeySecret(SecretKeySelector sshPrivateKeySecret) {
            this.sshPrivateKeySecret = sshPrivateKeySecret;
            return this;
        }

        /** @return the built {@link GitArtifact} */
        public GitArtifact build() {
            return new GitArtifact(
                    repo,
                    revision,
                    branch,
                    depth,
                    singleBranch,
                    fetch,
                    disableSubmodules,
                    insecureIgnoreHostKey,
                    insecureSkipTLS,
                    usernameSecret,
                    passwordSecret,
                    sshPrivateKeySecret);
        }
    }
}

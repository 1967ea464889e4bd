package dev.kfj.argo;

/**
 * A named file or directory passed between templates.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.Artifact}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param name the artifact name (required)
 * @param path the path in the container
 * @param from the artifact to copy from, such as {@code {{tasks.a.outputs.artifacts.b}}}
 * @param fromExpression an expression selecting the artifact
 * @param optional whether the artifact may be missing
 * @param mode the file mode
 * @param archive how the artifact is archived
 * @param archiveLogs whether logs are archived
 * @param raw inline artifact contents
 * @param s3 an S3 location
 * @param http an HTTP location
 * @param git a Git repository
 * @param globalName the global output name
 * @param subPath a sub path within the artifact
 * @param recurseMode whether to recurse into directories
 * @param deleted whether the artifact was deleted
 */
public record Artifact(
        String name,
        String path,
        String from,
        String fromExpression,
        Boolean optional,
        Integer mode,
        ArchiveStrategy archive,
        Boolean archiveLogs,
        RawArtifact raw,
        S3Artifact s3,
        HTTPArtifact http,
        GitArtifact git,
        String globalName,
        String subPath,
        Boolean recurseMode,
        Boolean deleted) {

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.path = path;
        b.from = from;
        b.fromExpression = fromExpression;
        b.optional = optional;
        b.mode = mode;
        b.archive = archive;
        b.archiveLogs = archiveLogs;
        b.raw = raw;
        b.s3 = s3;
        b.http = http;
        b.git = git;
        b.globalName = globalName;
        b.subPath = subPath;
        b.recurseMode = recurseMode;
        b.deleted = deleted;
        return b;
    }

    /** Mutable builder for {@link Artifact}; every setter returns {@code this}. */
    public static final class Builder {
        private String name;
        private String path;
        private String from;
        private String fromExpression;
        private Boolean optional;
        private Integer mode;
        private ArchiveStrategy archive;
        private Boolean archiveLogs;
        private RawArtifact raw;
        private S3Artifact s3;
        private HTTPArtifact http;
        private GitArtifact git;
        private String globalName;
        private String subPath;
        private Boolean recurseMode;
        private Boolean deleted;

        private Builder() {}

        /** Sets {@code name}: the artifact name (required). @return this builder */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@code path}: the path in the container. @return this builder */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /**
         * Sets {@code from}: the artifact to copy from, such as {@code
         * {{tasks.a.outputs.artifacts.b}}}.
         *
         * @return this builder
         */
        public Builder from(String from) {
            this.from = from;
            return this;
        }

        /** Sets {@code fromExpression}: an expression selecting the artifact. @return this builder */
        public Builder fromExpression(String fromExpression) {
            this.fromExpression = fromExpression;
            return this;
        }

        /** Sets {@code optional}: whether the artifact may be missing. @return this builder */
        public Builder optional(Boolean optional) {
            this.optional = optional;
            return this;
        }

        /** Sets {@code mode}: the file mode. @return this builder */
        public Builder mode(Integer mode) {
            this.mode = mode;
            return this;
        }

        /** Sets {@code archive}: how the artifact is archived. @return this builder */
        public Builder archive(ArchiveStrategy archive) {
            this.archive = archive;
            return this;
        }

        /** Sets {@code archiveLogs}: whether logs are archived. @return this builder */
        public Builder archiveLogs(Boolean archiveLogs) {
            this.archiveLogs = archiveLogs;
            return this;
        }

        /** Sets {@code raw}: inline artifact contents. @return this builder */
        public Builder raw(RawArtifact raw) {
            this.raw = raw;
            return this;
        }

        /** Sets {@code s3}: an S3 location. @return this builder */
        public Builder s3(S3Artifact s3) {
            this.s3 = s3;
            return this;
        }

        /** Sets {@code http}: an HTTP location. @return this builder */
        public Builder http(HTTPArtifact http) {
            this.http = http;
            return this;
        }

        /** Sets {@code git}: a Git repository. @return this builder */
        public Builder git(GitArtifact git) {
            this.git = git;
            return this;
        }

        /** Sets {@code globalName}: the global output name. @return this builder */
        public Builder globalName(String globalName) {
            this.globalName = globalName;
            return this;
        }

        /** Sets {@code subPath}: a sub path within the artifact. @return this builder */
        public Builder subPath(String subPath) {
            this.subPath = subPath;
            return this;
        }

        /** Sets {@code recurseMode}: whether to recurse into directories. @return this builder */
        public Builder recurseMode(Boolean recurseMode) {
            this.recurseMode = recurseMode;
            return this;
        }

        /** Sets {@code deleted}: whether the artifact was deleted. @return this builder */
        public Builder deleted(Boolean deleted) {
            this.deleted = deleted;
            return this;
        }

        /** @return the built {@link Artifact} */
        public Artifact build() {
            return new Artifact(
                    name,
                    path,
                    from,
                    fromExpression,
                    optional,
                    mode,
                    archive,
                    archiveLogs,
                    raw,
                    s3,
                    http,
                    git,
                    globalName,
                    subPath,
                    recurseMode,
                    deleted);
        }
    }
}

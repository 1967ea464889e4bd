package dev.kfj.argo;

import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.List;

/**
 * A container template whose program is given inline as {@code source}.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.ScriptTemplate}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param name the container name
 * @param image the image (required)
 * @param command the interpreter command
 * @param args arguments
 * @param workingDir the working directory
 * @param env environment variables
 * @param envFrom environment sources
 * @param resources resource requests and limits
 * @param volumeMounts volume mounts
 * @param imagePullPolicy the image pull policy
 * @param securityContext the container security context
 * @param source the script source (required)
 */
public record ScriptTemplate(
        String name,
        String image,
        List<String> command,
        List<String> args,
        String workingDir,
        List<EnvVar> env,
        List<EnvFromSource> envFrom,
        ResourceRequirements resources,
        List<VolumeMount> volumeMounts,
        String imagePullPolicy,
        SecurityContext securityContext,
        String source) {

    /** Normalises absent collections to empty, immutable ones; maps get a stable order. */
    public ScriptTemplate {
        command = command == null ? List.of() : List.copyOf(command);
        args = args == null ? List.of() : List.copyOf(args);
        env = env == null ? List.of() : List.copyOf(env);
        envFrom = envFrom == null ? List.of() : List.copyOf(envFrom);
        volumeMounts = volumeMounts == null ? List.of() : List.copyOf(volumeMounts);
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.image = image;
        b.command = command;
        b.args = args;
        b.workingDir = workingDir;
        b.env = env;
        b.envFrom = envFrom;
        b.resources = resources;
        b.volumeMounts = volumeMounts;
        b.imagePullPolicy = imagePullPolicy;
        b.securityContext = securityContext;
        b.source = source;
        return b;
    }

    /** Mutable builder for {@link ScriptTemplate}; every setter returns {@code this}. */
    public static final class Builder {
        private String name;
        private String image;
        private List<String> command;
        private List<String> args;
        private String workingDir;
        private List<EnvVar> env;
        private List<EnvFromSource> envFrom;
        private ResourceRequirements resources;
        private List<VolumeMount> volumeMounts;
        private String imagePullPolicy;
        private SecurityContext securityContext;
        private String source;

        private Builder() {}

        /** Sets {@code name}: the container name. @return this builder */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@code image}: the image (required). @return this builder */
        public Builder image(String image) {
            this.image = image;
            return this;
        }

        /** Sets {@code command}: the interpreter command. @return this builder */
        public Builder command(List<String> command) {
            this.command = command;
            return this;
        }

        /** Sets {@code args}: arguments. @return this builder */
        public Builder args(List<String> args) {
            this.args = args;
            return this;
        }

        /** Sets {@code workingDir}: the working directory. @return this builder */
        public Builder workingDir(String workingDir) {
            this.workingDir = workingDir;
            return this;
        }

        /** Sets {@code env}: environment variables. @return this builder */
        public Builder env(List<EnvVar> env) {
            this.env = env;
            return this;
        }

        /** Sets {@code envFrom}: environment sources. @return this builder */
        public Builder envFrom(List<EnvFromSource> envFrom) {
            this.envFrom = envFrom;
            return this;
        }

        /** Sets {@code resources}: resource requests and limits. @return this builder */
        public Builder resources(ResourceRequirements resources) {
            this.resources = resources;
            return this;
        }

        /** Sets {@code volumeMounts}: volume mounts. @return this builder */
        public Builder volumeMounts(List<VolumeMount> volumeMounts) {
            this.volumeMounts = volumeMounts;
            return this;
        }

        /** Sets {@code imagePullPolicy}: the image pull policy. @return this builder */
        public Builder imagePullPolicy(String imagePullPolicy) {
            this.imagePullPolicy = imagePullPolicy;
            return this;
        }

        /** Sets {@code securityContext}: the container security context. @return this builder */
        public Builder securityContext(SecurityContext securityContext) {
            this.securityContext = securityContext;
            return this;
        }

        /** Sets {@code source}: the script source (required). @return this builder */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** @return the built {@link ScriptTemplate} */
        public ScriptTemplate build() {
            return new ScriptTemplate(
                    name,
                    image,
                    command,
                    args,
                    workingDir,
                    env,
                    envFrom,
                    resources,
                    volumeMounts,
                    imagePullPolicy,
                    securityContext,
                    source);
        }
    }
}

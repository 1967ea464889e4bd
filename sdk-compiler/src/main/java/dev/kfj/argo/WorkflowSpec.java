package dev.kfj.argo;

import dev.kfj.argo.internal.Maps;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.List;
import java.util.Map;

/**
 * The body of a workflow, workflow template or cron workflow.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.WorkflowSpec}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param entrypoint the template to start with
 * @param arguments workflow arguments
 * @param workflowTemplateRef a template providing this spec
 * @param onExit a template run when the workflow exits
 * @param hooks lifecycle hooks
 * @param serviceAccountName the service account for pods
 * @param automountServiceAccountToken whether to mount the token
 * @param parallelism how many pods run at once
 * @param activeDeadlineSeconds the workflow deadline
 * @param suspend whether the workflow starts suspended
 * @param ttlStrategy how long a finished workflow is kept
 * @param podGC when pods are deleted
 * @param volumeClaimGC when volume claims are deleted
 * @param archiveLogs whether logs are archived
 * @param priority the workflow priority
 * @param podPriorityClassName the pod priority class
 * @param synchronization locks to hold
 * @param retryStrategy default retry strategy
 * @param nodeSelector node labels
 * @param tolerations tolerations
 * @param affinity affinity
 * @param imagePullSecrets image pull secrets
 * @param securityContext the pod security context
 * @param podSpecPatch a pod spec patch
 * @param podResources resources for every pod
 * @param artifactRepositoryRef the artifact repository
 * @param podMetadata labels and annotations for all pods
 * @param workflowMetadata labels and annotations for the workflow
 * @param volumeClaimTemplates volume claims created per workflow
 * @param volumes volumes
 * @param templateDefaults defaults applied to every template
 * @param templates the templates
 */
public record WorkflowSpec(
        String entrypoint,
        Arguments arguments,
        WorkflowTemplateRef workflowTemplateRef,
        String onExit,
        Map<String, LifecycleHook> hooks,
        String serviceAccountName,
        Boolean automountServiceAccountToken,
        Integer parallelism,
        Long activeDeadlineSeconds,
        Boolean suspend,
        TTLStrategy ttlStrategy,
        PodGC podGC,
        VolumeClaimGC volumeClaimGC,
        Boolean archiveLogs,
        Integer priority,
        String podPriorityClassName,
        Synchronization synchronization,
        RetryStrategy retryStrategy,
        Map<String, String> nodeSelector,
        List<Toleration> tolerations,
        Affinity affinity,
        List<LocalObjectReference> imagePullSecrets,
        PodSecurityContext securityContext,
        String podSpecPatch,
        ResourceRequirements podResources,
        ArtifactRepositoryRef artifactRepositoryRef,
        Metadata podMetadata,
        WorkflowMetadata workflowMetadata,
        List<PersistentVolumeClaim> volumeClaimTemplates,
        List<Volume> volumes,
        Template templateDefaults,
        List<Template> templates) {

    /** Normalises absent collections to empty, immutable ones; maps get a stable order. */
    public WorkflowSpec {
        hooks = Maps.ordered(hooks);
        nodeSelector = Maps.ordered(nodeSelector);
        tolerations = tolerations == null ? List.of() : List.copyOf(tolerations);
        imagePullSecrets = imagePullSecrets == null ? List.of() : List.copyOf(imagePullSecrets);
        volumeClaimTemplates = volumeClaimTemplates == null ? List.of() : List.copyOf(volumeClaimTemplates);
        volumes = volumes == null ? List.of() : List.copyOf(volumes);
        templates = templates == null ? List.of() : List.copyOf(templates);
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.entrypoint = entrypoint;
        b.arguments = arguments;
        b.workflowTemplateRef = workflowTemplateRef;
        b.onExit = onExit;
        b.hooks = hooks;
        b.serviceAccountName = serviceAccountName;
        b.automountServiceAccountToken = automountServiceAccountToken;
        b.parallelism = parallelism;
        b.activeDeadlineSeconds = activeDeadlineSeconds;
        b.suspend = suspend;
        b.ttlStrategy = ttlStrategy;
        b.podGC = podGC;
        b.volumeClaimGC = volumeClaimGC;
        b.archiveLogs = archiveLogs;
        b.priority = priority;
        b.podPriorityClassName = podPriorityClassName;
        b.synchronization = synchronization;
        b.retryStrategy = retryStrategy;
        b.nodeSelector = nodeSelector;
        b.tolerations = tolerations;
        b.affinity = affinity;
        b.imagePullSecrets = imagePullSecrets;
        b.securityContext = securityContext;
        b.podSpecPatch = podSpecPatch;
        b.podResources = podResources;
        b.artifactRepositoryRef = artifactRepositoryRef;
        b.podMetadata = podMetadata;
        b.workflowMetadata = workflowMetadata;
        b.volumeClaimTemplates = volumeClaimTemplates;
        b.volumes = volumes;
        b.templateDefaults = templateDefaults;
        b.templates = templates;
        return b;
    }

    /** Mutable builder for {@link WorkflowSpec}; every setter returns {@code this}. */
    public static final class Builder {
        private String entrypoint;
        private Arguments arguments;
        private WorkflowTemplateRef workflowTemplateRef;
        private String onExit;
        private Map<String, LifecycleHook> hooks;
        private String serviceAccountName;
        private Boolean automountServiceAccountToken;
        private Integer parallelism;
        private Long activeDeadlineSeconds;
        private Boolean suspend;
        private TTLStrategy ttlStrategy;
        private PodGC podGC;
        private VolumeClaimGC volumeClaimGC;
        private Boolean archiveLogs;
        private Integer priority;
        private String podPriorityClassName;
        private Synchronization synchronization;
        private RetryStrategy retryStrategy;
        private Map<String, String> nodeSelector;
        private List<Toleration> tolerations;
        private Affinity affinity;
        private List<LocalObjectReference> imagePullSecrets;
        private PodSecurityContext securityContext;
        private String podSpecPatch;
        private ResourceRequirements podResources;
        private ArtifactRepositoryRef artifactRepositoryRef;
        private Metadata podMetadata;
        private WorkflowMetadata workflowMetadata;
        private List<PersistentVolumeClaim> volumeClaimTemplates;
        private List<Volume> volumes;
        private Template templateDefaults;
        private List<Template> templates;

        private Builder() {}

        /** Sets {@code entrypoint}: the template to start with. @return this builder */
        public Builder entrypoint(String entrypoint) {
            this.entrypoint = entrypoint;
            return this;
        }

        /** Sets {@code arguments}: workflow arguments. @return this builder */
        public Builder arguments(Arguments arguments) {
            this.arguments = arguments;
            return this;
        }

        /** Sets {@code workflowTemplateRef}: a template providing this spec. @return this builder */
        public Builder workflowTemplateRef(WorkflowTemplateRef workflowTemplateRef) {
            this.workflowTemplateRef = workflowTemplateRef;
            return this;
        }

        /** Sets {@code onExit}: a template run when the workflow exits. @return this builder */
        public Builder onExit(String onExit) {
            this.onExit = onExit;
            return this;
        }

        /** Sets {@code hooks}: lifecycle hooks. @return this builder */
        public Builder hooks(Map<String, LifecycleHook> hooks) {
            this.hooks = hooks;
            return this;
        }

        /** Sets {@code serviceAccountName}: the service account for pods. @return this builder */
        public Builder serviceAccountName(String serviceAccountName) {
            this.serviceAccountName = serviceAccountName;
            return this;
        }

        /**
         * Sets {@code automountServiceAccountToken}: whether to mount the token.
         *
         * @return this builder
         */
        public Builder automountServiceAccountToken(Boolean automountServiceAccountToken) {
            this.automountServiceAccountToken = automountServiceAccountToken;
            return this;
        }

        /** Sets {@code parallelism}: how many pods run at once. @return this builder */
        public Builder parallelism(Integer parallelism) {
            this.parallelism = parallelism;
            return this;
        }

        /** Sets {@code activeDeadlineSeconds}: the workflow deadline. @return this builder */
        public Builder activeDeadlineSeconds(Long activeDeadlineSeconds) {
            this.activeDeadlineSeconds = activeDeadlineSeconds;
            return this;
        }

        /** Sets {@code suspend}: whether the workflow starts suspended. @return this builder */
        public Builder suspend(Boolean suspend) {
            this.suspend = suspend;
            return this;
        }

        /** Sets {@code ttlStrategy}: how long a finished workflow is kept. @return this builder */
        public Builder ttlStrategy(TTLStrategy ttlStrategy) {
            this.ttlStrategy = ttlStrategy;
            return this;
        }

        /** Sets {@code podGC}: when pods are deleted. @return this builder */
        public Builder podGC(PodGC podGC) {
            this.podGC = podGC;
            return this;
        }

        /** Sets {@code volumeClaimGC}: when volume claims are deleted. @return this builder */
        public Builder volumeClaimGC(VolumeClaimGC volumeClaimGC) {
            this.volumeClaimGC = volumeClaimGC;
            return this;
        }

        /** Sets {@code archiveLogs}: whether logs are archived. @return this builder */
        public Builder archiveLogs(Boolean archiveLogs) {
            this.archiveLogs = archiveLogs;
            return this;
        }

        /** Sets {@code priority}: the workflow priority. @return this builder */
        public Builder priority(Integer priority) {
            this.priority = priority;
            return this;
        }

        /** Sets {@code podPriorityClassName}: the pod priority class. @return this builder */
        public Builder podPriorityClassName(String podPriorityClassName) {
            this.podPriorityClassName = podPriorityClassName;
            return this;
        }

        /** Sets {@code synchronization}: locks to hold. @return this builder */
        public Builder synchronization(Synchronization synchronization) {
            this.synchronization = synchronization;
            return this;
        }

        /** Sets {@code retryStrategy}: default retry strategy. @return this builder */
        public Builder retryStrategy(RetryStrategy retryStrategy) {
            this.retryStrategy = retryStrategy;
            return this;
        }

        /** Sets {@code nodeSelector}: node labels. @return this builder */
        public Builder nodeSelector(Map<String, String> nodeSelector) {
            this.nodeSelector = nodeSelector;
            return this;
        }

        /** Sets {@code tolerations}: tolerations. @return this builder */
        public Builder tolerations(List<Toleration> tolerations) {
            this.tolerations = tolerations;
            return this;
        }

        /** Sets {@code affinity}: affinity. @return this builder */
        public Builder affinity(Affinity affinity) {
            this.affinity = affinity;
            return this;
        }

        /** Sets {@code imagePullSecrets}: image pull secrets. @return this builder */
        public Builder imagePullSecrets(List<LocalObjectReference> imagePullSecrets) {
            this.imagePullSecrets = imagePullSecrets;
            return this;
        }

        /** Sets {@code securityContext}: the pod security context. @return this builder */
        public Builder securityContext(PodSecurityContext securityContext) {
            this.securityContext = securityContext;
            return this;
        }

        /** Sets {@code podSpecPatch}: a pod spec patch. @return this builder */
        public Builder podSpecPatch(String podSpecPatch) {
            this.podSpecPatch = podSpecPatch;
            return this;
        }

        /** Sets {@code podResources}: resources for every pod. @return this builder */
        public Builder podResources(ResourceRequirements podResources) {
            this.podResources = podResources;
            return this;
        }

        /** Sets {@code artifactRepositoryRef}: the artifact repository. @return this builder */
        public Builder artifactRepositoryRef(ArtifactRepositoryRef artifactRepositoryRef) {
            this.artifactRepositoryRef = artifactRepositoryRef;
            return this;
        }

        /** Sets {@code podMetadata}: labels and annotations for all pods. @return this builder */
        public Builder podMetadata(Metadata podMetadata) {
            this.podMetadata = podMetadata;
            return this;
        }

        /**
         * Sets {@code workflowMetadata}: labels and annotations for the workflow.
         *
         * @return this builder
         */
        public Builder workflowMetadata(WorkflowMetadata workflowMetadata) {
            this.workflowMetadata = workflowMetadata;
            return this;
        }

        /**
         * Sets {@code volumeClaimTemplates}: volume claims created per workflow.
         *
         * @return this builder
         */
        public Builder volumeClaimTemplates(List<PersistentVolumeClaim> volumeClaimTemplates) {
            this.volumeClaimTemplates = volumeClaimTemplates;
            return this;
        }

        /** Sets {@code volumes}: volumes. @return this builder */
        public Builder volumes(List<Volume> volumes) {
            this.volumes = volumes;
            return this;
        }

        /** Sets {@code templateDefaults}: defaults applied to every template. @return this builder */
        public Builder templateDefaults(Template templateDefaults) {
            this.templateDefaults = templateDefaults;
            return this;
        }

        /** Sets {@code templates}: the templates. @return this builder */
        public Builder templates(List<Template> templates) {
            this.templates = templates;
            return this;
        }

        /** @return the built {@link WorkflowSpec} */
        public WorkflowSpec build() {
            return new WorkflowSpec(
                    entrypoint,
                    arguments,
                    workflowTemplateRef,
                    onExit,
                    hooks,
                    serviceAccountName,
                    automountServiceAccountToken,
                    parallelism,
                    activeDeadlineSeconds,
                    suspend,
                    ttlStrategy,
                    podGC,
                    volumeClaimGC,
                    archiveLogs,
                    priority,
                    podPriorityClassName,
                    synchronization,
                    retryStrategy,
                    nodeSelector,
                    tolerations,
                    affinity,
                    imagePullSecrets,
                    securityContext,
                    podSpecPatch,
                    podResources,
                    artifactRepositoryRef,
                    podMetadata,
                    workflowMetadata,
                    volumeClaimTemplates,
                    volumes,
                    templateDefaults,
                    templates);
        }
    }
}

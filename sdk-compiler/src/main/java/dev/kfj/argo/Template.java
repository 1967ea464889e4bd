package dev.kfj.argo;

import dev.kfj.argo.internal.Maps;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.List;
import java.util.Map;

/**
 * A unit of work: a container, script, resource, suspend, DAG or steps template.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.Template}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param name the template name
 * @param inputs inputs
 * @param outputs outputs
 * @param metadata labels and annotations for the pod
 * @param annotations annotations on the template's node at runtime
 * @param dag the DAG body
 * @param steps the steps body: a list of parallel groups
 * @param container the container body
 * @param script the script body
 * @param resource the resource body
 * @param suspend the suspend body
 * @param initContainers init containers
 * @param sidecars sidecar containers
 * @param volumes template volumes
 * @param retryStrategy the retry strategy
 * @param activeDeadlineSeconds the deadline
 * @param timeout a timeout such as {@code 10m}
 * @param memoize output caching
 * @param synchronization locks to hold
 * @param parallelism how many children run at once
 * @param failFast whether to stop after a failure
 * @param daemon whether the node keeps running as a daemon
 * @param podSpecPatch a pod spec patch (JSON or YAML)
 * @param nodeSelector node labels
 * @param tolerations tolerations
 * @param affinity affinity
 * @param serviceAccountName the service account
 * @param automountServiceAccountToken whether to mount the token
 * @param priorityClassName the priority class
 * @param securityContext the pod security context
 * @param podResources resources for the whole pod
 */
public record Template(
        String name,
        Inputs inputs,
        Outputs outputs,
        Metadata metadata,
        Map<String, String> annotations,
        DAGTemplate dag,
        List<List<WorkflowStep>> steps,
        Container container,
        ScriptTemplate script,
        ResourceTemplate resource,
        SuspendTemplate suspend,
        List<Container> initContainers,
        List<Container> sidecars,
        List<Volume> volumes,
        RetryStrategy retryStrategy,
        IntOrString activeDeadlineSeconds,
        String timeout,
        Memoize memoize,
        Synchronization synchronization,
        Integer parallelism,
        Boolean failFast,
        Boolean daemon,
        String podSpecPatch,
        Map<String, String> nodeSelector,
        List<Toleration> tolerations,
        Affinity affinity,
        String serviceAccountName,
        Boolean automountServiceAccountToken,
        String priorityClassName,
        PodSecurityContext securityContext,
        ResourceRequirements podResources) {

    /** Normalises absent collections to empty, immutable ones; maps get a stable order. */
    public Template {
        annotations = Maps.ordered(annotations);
        steps = steps == null ? List.of() : steps.stream().map(List::copyOf).toList();
        initContainers = initContainers == null ? List.of() : List.copyOf(initContainers);
        sidecars = sidecars == null ? List.of() : List.copyOf(sidecars);
        volumes = volumes == null ? List.of() : List.copyOf(volumes);
        nodeSelector = Maps.ordered(nodeSelector);
        tolerations = tolerations == null ? List.of() : List.copyOf(tolerations);
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.inputs = inputs;
        b.outputs = outputs;
        b.metadata = metadata;
        b.annotations = annotations;
        b.dag = dag;
        b.steps = steps;
        b.container = container;
        b.script = script;
        b.resource = resource;
        b.suspend = suspend;
        b.initContainers = initContainers;
        b.sidecars = sidecars;
        b.volumes = volumes;
        b.retryStrategy = retryStrategy;
        b.activeDeadlineSeconds = activeDeadlineSeconds;
        b.timeout = timeout;
        b.memoize = memoize;
        b.synchronization = synchronization;
        b.parallelism = parallelism;
        b.failFast = failFast;
        b.daemon = daemon;
        b.podSpecPatch = podSpecPatch;
        b.nodeSelector = nodeSelector;
        b.tolerations = tolerations;
        b.affinity = affinity;
        b.serviceAccountName = serviceAccountName;
        b.automountServiceAccountToken = automountServiceAccountToken;
        b.priorityClassName = priorityClassName;
        b.securityContext = securityContext;
        b.podResources = podResources;
        return b;
    }

    /** Mutable builder for {@link Template}; every setter returns {@code this}. */
    public static final class Builder {
        private String name;
        private Inputs inputs;
        private Outputs outputs;
        private Metadata metadata;
        private Map<String, String> annotations;
        private DAGTemplate dag;
        private List<List<WorkflowStep>> steps;
        private Container container;
        private ScriptTemplate script;
        private ResourceTemplate resource;
        private SuspendTemplate suspend;
        private List<Container> initContainers;
        private List<Container> sidecars;
        private List<Volume> volumes;
        private RetryStrategy retryStrategy;
        private IntOrString activeDeadlineSeconds;
        private String timeout;
        private Memoize memoize;
        private Synchronization synchronization;
        private Integer parallelism;
        private Boolean failFast;
        private Boolean daemon;
        private String podSpecPatch;
        private Map<String, String> nodeSelector;
        private List<Toleration> tolerations;
        private Affinity affinity;
        private String serviceAccountName;
        private Boolean automountServiceAccountToken;
        private String priorityClassName;
        private PodSecurityContext securityContext;
        private ResourceRequirements podResources;

        private Builder() {}

        /** Sets {@code name}: the template name. @return this builder */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@code inputs}: inputs. @return this builder */
        public Builder inputs(Inputs inputs) {
            this.inputs = inputs;
            return this;
        }

        /** Sets {@code outputs}: outputs. @return this builder */
        public Builder outputs(Outputs outputs) {
            this.outputs = outputs;
            return this;
        }

        /** Sets {@code metadata}: labels and annotations for the pod. @return this builder */
        public Builder metadata(Metadata metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Sets {@code annotations}: annotations on the template's node at runtime.
         *
         * @return this builder
         */
        public Builder annotations(Map<String, String> annotations) {
            this.annotations = annotations;
            return this;
        }

        /** Sets {@code dag}: the DAG body. @return this builder */
        public Builder dag(DAGTemplate dag) {
            this.dag = dag;
            return this;
        }

        /** Sets {@code steps}: the steps body: a list of parallel groups. @return this builder */
        public Builder steps(List<List<WorkflowStep>> steps) {
            this.steps = steps;
            return this;
        }

        /** Sets {@code container}: the container body. @return this builder */
        public Builder container(Container container) {
            this.container = container;
            return this;
        }

        /** Sets {@code script}: the script body. @return this builder */
        public Builder script(ScriptTemplate script) {
            this.script = script;
            return this;
        }

        /** Sets {@code resource}: the resource body. @return this builder */
        public Builder resource(ResourceTemplate resource) {
            this.resource = resource;
            return this;
        }

        /** Sets {@code suspend}: the suspend body. @return this builder */
        public Builder suspend(SuspendTemplate suspend) {
            this.suspend = suspend;
            return this;
        }

        /** Sets {@code initContainers}: init containers. @return this builder */
        public Builder initContainers(List<Container> initContainers) {
            this.initContainers = initContainers;
            return this;
        }

        /** Sets {@code sidecars}: sidecar containers. @return this builder */
        public Builder sidecars(List<Container> sidecars) {
            this.sidecars = sidecars;
            return this;
        }

        /** Sets {@code volumes}: template volumes. @return this builder */
        public Builder volumes(List<Volume> volumes) {
            this.volumes = volumes;
            return this;
        }

        /** Sets {@code retryStrategy}: the retry strategy. @return this builder */
        public Builder retryStrategy(RetryStrategy retryStrategy) {
            this.retryStrategy = retryStrategy;
            return this;
        }

        /** Sets {@code activeDeadlineSeconds}: the deadline. @return this builder */
        public Builder activeDeadlineSeconds(IntOrString activeDeadlineSeconds) {
            this.activeDeadlineSeconds = activeDeadlineSeconds;
            return this;
        }

        /** Sets {@code timeout}: a timeout such as {@code 10m}. @return this builder */
        public Builder timeout(String timeout) {
            this.timeout = timeout;
            return this;
        }

        /** Sets {@code memoize}: output caching. @return this builder */
        public Builder memoize(Memoize memoize) {
            this.memoize = memoize;
            return this;
        }

        /** Sets {@code synchronization}: locks to hold. @return this builder */
        public Builder synchronization(Synchronization synchronization) {
            this.synchronization = synchronization;
            return this;
        }

        /** Sets {@code parallelism}: how many children run at once. @return this builder */
        public Builder parallelism(Integer parallelism) {
            this.parallelism = parallelism;
            return this;
        }

        /** Sets {@code failFast}: whether to stop after a failure. @return this builder */
        public Builder failFast(Boolean failFast) {
            this.failFast = failFast;
            return this;
        }

        /** Sets {@code daemon}: whether the node keeps running as a daemon. @return this builder */
        public Builder daemon(Boolean daemon) {
            this.daemon = daemon;
            return this;
        }

        /** Sets {@code podSpecPatch}: a pod spec patch (JSON or YAML). @return this builder */
        public Builder podSpecPatch(String podSpecPatch) {
            this.podSpecPatch = podSpecPatch;
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

        /** Sets {@code serviceAccountName}: the service account. @return this builder */
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

        /** Sets {@code priorityClassName}: the priority class. @return this builder */
        public Builder priorityClassName(String priorityClassName) {
            this.priorityClassName = priorityClassName;
            return this;
        }

        /** Sets {@code securityContext}: the pod security context. @return this builder */
        public Builder securityContext(PodSecurityContext securityContext) {
            this.securityContext = securityContext;
            return this;
        }

        /** Sets {@code podResources}: resources for the whole pod. @return this builder */
        public Builder podResources(ResourceRequirements podResources) {
            this.podResources = podResources;
            return this;
        }

        /** @return the built {@link Template} */
        public Template build() {
            return new Template(
                    name,
                    inputs,
                    outputs,
                    metadata,
                    annotations,
                    dag,
                    steps,
                    container,
                    script,
                    resource,
                    suspend,
                    initContainers,
                    sidecars,
                    volumes,
                    retryStrategy,
                    activeDeadlineSeconds,
                    timeout,
                    memoize,
                    synchronization,
                    parallelism,
                    failFast,
                    daemon,
                    podSpecPatch,
                    nodeSelector,
                    tolerations,
                    affinity,
                    serviceAccountName,
                    automountServiceAccountToken,
                    priorityClassName,
                    securityContext,
                    podResources);
        }
    }
}

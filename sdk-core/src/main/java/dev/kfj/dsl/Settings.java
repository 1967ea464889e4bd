package dev.kfj.dsl;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Toleration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a step runs: retries, timeout, resources, scheduling, environment, volumes, pod metadata,
 * caching, locks and raw Argo fields. Immutable; each {@code withX}-style method returns a copy.
 * Set it on one step with {@link Call#configure(Settings)} and pipeline-wide with
 * {@link Pipeline.Builder#defaults(Settings)}; a step's own settings win field by field, and lists
 * (env, volumes, tolerations, locks) and maps (labels, node selector) add up.
 *
 * <pre>{@code
 * Settings gpu = Settings.none().cpu("4", "8").memory("16Gi", "16Gi").gpus(1)
 *         .retry(Retry.times(2)).timeout(Duration.ofHours(2))
 *         .nodeSelector("pool", "gpu").envFromSecret("TOKEN", "hub", "token");
 * }</pre>
 *
 * <p>Every setting is absent by default: the step then runs as its image and the cluster decide.
 */
public final class Settings {
    private static final Settings NONE = new Settings(Map.of());

    private final Map<String, Object> values;

    private Settings(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** No settings. */
    public static Settings none() {
        return NONE;
    }

    /** Retries; default none. */
    public Settings retry(Retry retry) {
        return put("retry", Objects.requireNonNull(retry, "retry"));
    }

    /** Fails the step when it has not finished {@code timeout} after it was scheduled (Argo's {@code timeout}). */
    public Settings timeout(Duration timeout) {
        return put("timeout", positive(timeout));
    }

    /** CPU request and limit, e.g. {@code "500m"}, {@code "2"}; pass {@code ""} to leave one unset. */
    public Settings cpu(String request, String limit) {
        return resource("cpu", request, limit);
    }

    /** Memory request and limit, e.g. {@code "512Mi"}; pass {@code ""} to leave one unset. */
    public Settings memory(String request, String limit) {
        return resource("memory", request, limit);
    }

    /** Ephemeral storage request and limit, e.g. {@code "10Gi"}. */
    public Settings ephemeralStorage(String request, String limit) {
        return resource("ephemeral-storage", request, limit);
    }

    /** {@code count} NVIDIA GPUs ({@code nvidia.com/gpu} limit). */
    public Settings gpus(int count) {
        return accelerator("nvidia.com/gpu", count);
    }

    /** {@code count} of an extended resource such as {@code amd.com/gpu} or {@code google.com/tpu}, as a limit. */
    public Settings accelerator(String resource, int count) {
        return resource(resource, "", String.valueOf(count));
    }

    /** Runs only on nodes with this label. */
    public Settings nodeSelector(String label, String value) {
        return putEntry("nodeSelector", label, value);
    }

    /** Tolerates a taint. */
    public Settings toleration(Toleration toleration) {
        return add("tolerations", Objects.requireNonNull(toleration, "toleration"));
    }

    /** Node or pod affinity. */
    public Settings affinity(Affinity affinity) {
        return put("affinity", Objects.requireNonNull(affinity, "affinity"));
    }

    /** The pod's priority class. */
    public Settings priorityClass(String name) {
        return put("priorityClass", name);
    }

    /** The service account the pod runs as. */
    public Settings serviceAccount(String name) {
        return put("serviceAccount", name);
    }

    /** {@code Always}, {@code IfNotPresent} or {@code Never}. */
    public Settings imagePullPolicy(String policy) {
        return put("imagePullPolicy", policy);
    }

    /** An environment variable with a literal value. */
    public Settings env(String name, String value) {
        return add("env", new EnvVarBuilder().withName(name).withValue(value).build());
    }

    /** An environment variable read from a key of a secret. */
    public Settings envFromSecret(String name, String secret, String key) {
        return add("env", new EnvVarBuilder().withName(name).withNewValueFrom().withNewSecretKeyRef()
                .withName(secret).withKey(key).endSecretKeyRef().endValueFrom().build());
    }

    /** An environment variable read from a key of a config map. */
    public Settings envFromConfigMap(String name, String configMap, String key) {
        return add("env", new EnvVarBuilder().withName(name).withNewValueFrom().withNewConfigMapKeyRef()
                .withName(configMap).withKey(key).endConfigMapKeyRef().endValueFrom().build());
    }

    /** Any environment variable. */
    public Settings env(EnvVar var) {
        return add("env", Objects.requireNonNull(var, "var"));
    }

    /** Mounts a volume. */
    public Settings mount(Mount mount) {
        return add("mounts", Objects.requireNonNull(mount, "mount"));
    }

    /** A label on the step's pod. */
    public Settings label(String key, String value) {
        return putEntry("labels", key, value);
    }

    /** An annotation on the step's pod. */
    public Settings annotation(String key, String value) {
        return putEntry("annotations", key, value);
    }

    /** A human-readable name for the step, shown as the pod annotation {@code kfj.dev/display-name}. */
    public Settings displayName(String name) {
        return put("displayName", name);
    }

    /**
     * Reuses the outputs of an earlier run of the same step with the same input values for up to
     * {@code maxAge}, keeping them in the config map {@code configMap} (Argo memoization).
     */
    public Settings cache(Duration maxAge, String configMap) {
        return put("cache", new Caching(positive(maxAge), configMap));
    }

    /** Holds the mutex {@code name} while the step runs. */
    public Settings mutex(String name) {
        return add("mutexes", name);
    }

    /** Holds one slot of the semaphore whose size is key {@code key} of config map {@code configMap}. */
    public Settings semaphore(String configMap, String key) {
        return add("semaphores", configMap + "/" + key);
    }

    /** A strategic-merge patch (JSON or YAML) for the pod spec; containers merge by name, the step's is {@code main}. */
    public Settings podSpecPatch(String patch) {
        return put("podSpecPatch", patch);
    }

    /** Sets any field of the step's Argo template (e.g. {@code activeDeadlineSeconds}) to a JSON-like value. */
    public Settings templateField(String field, Object value) {
        return putEntry("templateFields", field, value);
    }

    /** Memoization of a step's outputs. @param maxAge how long entries stay valid @param configMap where they are kept */
    public record Caching(Duration maxAge, String configMap) {
        /** Checks the parts. */
        public Caching {
            Objects.requireNonNull(maxAge, "maxAge");
            Objects.requireNonNull(configMap, "configMap");
        }
    }

    /** The retry strategy, if set. */
    public Optional<Retry> retry() {
        return get("retry");
    }

    /** The timeout, if set. */
    public Optional<Duration> timeout() {
        return get("timeout");
    }

    /** Resource requests by resource name. */
    public Map<String, Quantity> requests() {
        return map("requests");
    }

    /** Resource limits by resource name. */
    public Map<String, Quantity> limits() {
        return map("limits");
    }

    /** The node selector. */
    public Map<String, String> nodeSelector() {
        return map("nodeSelector");
    }

    /** The tolerations. */
    public List<Toleration> tolerations() {
        return list("tolerations");
    }

    /** The affinity, if set. */
    public Optional<Affinity> affinity() {
        return get("affinity");
    }

    /** The priority class, if set. */
    public Optional<String> priorityClass() {
        return get("priorityClass");
    }

    /** The service account, if set. */
    public Optional<String> serviceAccount() {
        return get("serviceAccount");
    }

    /** The image pull policy, if set. */
    public Optional<String> imagePullPolicy() {
        return get("imagePullPolicy");
    }

    /** The environment variables, in order. */
    public List<EnvVar> env() {
        return list("env");
    }

    /** The mounts, in order. */
    public List<Mount> mounts() {
        return list("mounts");
    }

    /** The pod labels. */
    public Map<String, String> labels() {
        return map("labels");
    }

    /** The pod annotations. */
    public Map<String, String> annotations() {
        return map("annotations");
    }

    /** The display name, if set. */
    public Optional<String> displayName() {
        return get("displayName");
    }

    /** The caching, if set. */
    public Optional<Caching> cache() {
        return get("cache");
    }

    /** The mutex names. */
    public List<String> mutexes() {
        return list("mutexes");
    }

    /** The semaphores as {@code configMap/key}. */
    public List<String> semaphores() {
        return list("semaphores");
    }

    /** The pod spec patch, if set. */
    public Optional<String> podSpecPatch() {
        return get("podSpecPatch");
    }

    /** Raw template fields, in order. */
    public Map<String, Object> templateFields() {
        return map("templateFields");
    }

    /** Whether nothing is set. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** These settings with {@code override}'s on top: its scalars win, lists and maps add up. */
    @SuppressWarnings("unchecked")
    public Settings overriddenBy(Settings override) {
        Map<String, Object> merged = new LinkedHashMap<>(values);
        override.values.forEach((key, value) -> {
            Object mine = merged.get(key);
            if (mine instanceof List<?> a && value instanceof List<?> b) {
                List<Object> both = new ArrayList<>(a);
                both.addAll(b);
                merged.put(key, List.copyOf(both));
            } else if (mine instanceof Map<?, ?> a && value instanceof Map<?, ?> b) {
                Map<Object, Object> both = new LinkedHashMap<>((Map<Object, Object>) a);
                both.putAll(b);
                merged.put(key, Collections.unmodifiableMap(both));
            } else {
                merged.put(key, value);
            }
        });
        return new Settings(merged);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Settings" + values.keySet();
    }

    private Settings resource(String name, String request, String limit) {
        Settings s = this;
        if (!request.isEmpty()) s = s.putEntry("requests", name, new Quantity(request));
        if (!limit.isEmpty()) s = s.putEntry("limits", name, new Quantity(limit));
        return s;
    }

    private Settings put(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, Objects.requireNonNull(value, key));
        return new Settings(copy);
    }

    private Settings add(String key, Object value) {
        List<Object> list = new ArrayList<>(list(key));
        list.add(value);
        return put(key, List.copyOf(list));
    }

    private Settings putEntry(String key, String entry, Object value) {
        Map<String, Object> map = new LinkedHashMap<>(map(key));
        map.put(Objects.requireNonNull(entry, "key"), Objects.requireNonNull(value, entry));
        return put(key, Collections.unmodifiableMap(map));
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> get(String key) {
        return Optional.ofNullable((T) values.get(key));
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(String key) {
        return (List<T>) values.getOrDefault(key, List.of());
    }

    @SuppressWarnings("unchecked")
    private <T> Map<String, T> map(String key) {
        return (Map<String, T>) values.getOrDefault(key, Map.of());
    }

    private static Duration positive(Duration d) {
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException("duration must be positive: " + d);
        return d;
    }
}

package dev.kfj.dsl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of a whole run, set through {@link Pipeline.Builder}: deadline, retention, pod garbage
 * collection, parallelism, service account, image pull secrets, per-run volume claims, priority,
 * locks, fail-fast, a pod spec patch and a schedule. Everything is absent by default.
 */
public final class RunOptions {
    static final RunOptions NONE = new RunOptions(Map.of());

    private final Map<String, Object> values;

    private RunOptions(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A claim each run creates and deletes. @param name the volume name steps mount @param size e.g. {@code 10Gi} @param accessMode e.g. {@code ReadWriteOnce} @param storageClass or {@code ""} */
    public record VolumeClaim(String name, String size, String accessMode, String storageClass) {
        /** Checks the parts. */
        public VolumeClaim {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(accessMode, "accessMode");
            Objects.requireNonNull(storageClass, "storageClass");
        }
    }

    /** The whole run's deadline. */
    public Optional<Duration> timeout() {
        return get("timeout");
    }

    /** How long a finished run is kept. */
    public Optional<Duration> ttl() {
        return get("ttl");
    }

    /** When pods are deleted: {@code OnPodCompletion}, {@code OnPodSuccess}, {@code OnWorkflowCompletion}, {@code OnWorkflowSuccess}. */
    public Optional<String> podGc() {
        return get("podGc");
    }

    /** At most this many pods at once. */
    public Optional<Integer> parallelism() {
        return get("parallelism");
    }

    /** The service account of the run's pods. */
    public Optional<String> serviceAccount() {
        return get("serviceAccount");
    }

    /** Secrets for pulling images. */
    public List<String> imagePullSecrets() {
        return list("imagePullSecrets");
    }

    /** Claims created per run. */
    public List<VolumeClaim> volumeClaims() {
        return list("volumeClaims");
    }

    /** The run's priority in Argo's queues. */
    public Optional<Integer> priority() {
        return get("priority");
    }

    /** Mutexes the whole run holds. */
    public List<String> mutexes() {
        return list("mutexes");
    }

    /** Semaphores ({@code configMap/key}) the whole run holds. */
    public List<String> semaphores() {
        return list("semaphores");
    }

    /** Whether a failure stops scheduling new steps; default true. */
    public Optional<Boolean> failFast() {
        return get("failFast");
    }

    /** A pod spec patch for every pod of the run. */
    public Optional<String> podSpecPatch() {
        return get("podSpecPatch");
    }

    /** The schedule, for CronWorkflows. */
    public Optional<Schedule> schedule() {
        return get("schedule");
    }

    RunOptions with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, Objects.requireNonNull(value, key));
        return new RunOptions(copy);
    }

    RunOptions add(String key, Object value) {
        List<Object> list = new ArrayList<>(list(key));
        list.add(Objects.requireNonNull(value, key));
        return with(key, List.copyOf(list));
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> get(String key) {
        return Optional.ofNullable((T) values.get(key));
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(String key) {
        return (List<T>) values.getOrDefault(key, List.of());
    }
}

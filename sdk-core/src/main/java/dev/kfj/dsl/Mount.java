package dev.kfj.dsl;

import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import java.util.Objects;

/**
 * A volume mounted into a step's container: an emptyDir, an existing claim, a secret or config
 * map as files, a claim created for each run ({@link Pipeline.Builder#volumeClaim}), or any
 * Kubernetes {@link Volume}.
 *
 * @param volume the volume; for a per-run claim only its name is used
 * @param path where it is mounted
 * @param readOnly whether it is mounted read-only
 * @param perRunClaim whether the volume is a claim the run creates (declared on the pipeline)
 */
public record Mount(Volume volume, String path, boolean readOnly, boolean perRunClaim) {
    /** Checks the parts. */
    public Mount {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(volume.getName(), "volume name");
        Objects.requireNonNull(path, "path");
    }

    /** Any Kubernetes volume at {@code path}. */
    public static Mount of(Volume volume, String path) {
        return new Mount(volume, path, false, false);
    }

    /** A scratch directory that lives as long as the pod. */
    public static Mount emptyDir(String name, String path) {
        return of(new VolumeBuilder().withName(name).withNewEmptyDir().endEmptyDir().build(), path);
    }

    /** An existing persistent volume claim. */
    public static Mount claim(String claimName, String path) {
        return of(new VolumeBuilder().withName(claimName).withNewPersistentVolumeClaim()
                .withClaimName(claimName).endPersistentVolumeClaim().build(), path);
    }

    /** The claim named {@code name} that each run creates, see {@link Pipeline.Builder#volumeClaim}. */
    public static Mount runClaim(String name, String path) {
        return new Mount(new VolumeBuilder().withName(name).build(), path, false, true);
    }

    /** A secret's keys as files, read-only. */
    public static Mount secret(String secretName, String path) {
        return new Mount(new VolumeBuilder().withName(secretName).withNewSecret()
                .withSecretName(secretName).endSecret().build(), path, true, false);
    }

    /** A config map's keys as files, read-only. */
    public static Mount configMap(String configMapName, String path) {
        return new Mount(new VolumeBuilder().withName(configMapName).withNewConfigMap()
                .withName(configMapName).endConfigMap().build(), path, true, false);
    }

    /** A read-only copy. */
    public Mount asReadOnly() {
        return new Mount(volume, path, true, perRunClaim);
    }

    /** The volume's name. */
    public String name() {
        return volume.getName();
    }
}

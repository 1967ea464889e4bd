package dev.kfj.compiler.internal;

import dev.kfj.argo.PodGC;
import dev.kfj.argo.TTLStrategy;
import dev.kfj.argo.WorkflowSpec;
import dev.kfj.dsl.RunOptions;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;

/** Puts a pipeline's run options on the workflow spec. */
final class RunOptionsLowering {
    private RunOptionsLowering() {}

    static void apply(RunOptions o, WorkflowSpec.Builder spec) {
        o.timeout().ifPresent(d -> spec.activeDeadlineSeconds(Math.max(1, d.toSeconds())));
        o.ttl().ifPresent(d -> spec.ttlStrategy(new TTLStrategy((int) d.toSeconds(), null, null)));
        o.podGc().ifPresent(s -> spec.podGC(new PodGC(s, null, null)));
        o.parallelism().ifPresent(spec::parallelism);
        o.serviceAccount().ifPresent(spec::serviceAccountName);
        if (!o.imagePullSecrets().isEmpty()) {
            spec.imagePullSecrets(o.imagePullSecrets().stream().map(LocalObjectReference::new).toList());
        }
        if (!o.volumeClaims().isEmpty()) {
            spec.volumeClaimTemplates(o.volumeClaims().stream().map(RunOptionsLowering::claim).toList());
        }
        o.priority().ifPresent(spec::priority);
        if (!o.mutexes().isEmpty() || !o.semaphores().isEmpty()) {
            spec.synchronization(StepTemplates.synchronization(o.mutexes(), o.semaphores()));
        }
        o.podSpecPatch().ifPresent(spec::podSpecPatch);
    }

    private static PersistentVolumeClaim claim(RunOptions.VolumeClaim c) {
        PersistentVolumeClaimBuilder b = new PersistentVolumeClaimBuilder().withNewMetadata().withName(c.name()).endMetadata();
        var spec = b.withNewSpec().withAccessModes(c.accessMode())
                .withNewResources().addToRequests("storage", new Quantity(c.size())).endResources();
        if (!c.storageClass().isEmpty()) spec.withStorageClassName(c.storageClass());
        return spec.endSpec().build();
    }
}

package dev.kfj.argo.yaml.internal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import tools.jackson.databind.cfg.MapperBuilder;

/**
 * Mix-ins giving common fabric8 types the key order of Kubernetes and Argo examples (name first,
 * then the most telling fields) instead of fabric8's alphabetical order. Unlisted keys follow in
 * fabric8's order.
 */
final class Fabric8KeyOrder {

    private Fabric8KeyOrder() {}

    /** Registers every mix-in on {@code builder}. */
    static void register(MapperBuilder<?, ?> builder) {
        builder.addMixIn(ObjectMeta.class, MetaOrder.class);
        builder.addMixIn(Container.class, ContainerOrder.class);
        builder.addMixIn(Volume.class, NameFirst.class);
        builder.addMixIn(VolumeMount.class, VolumeMountOrder.class);
        builder.addMixIn(Toleration.class, TolerationOrder.class);
        builder.addMixIn(ResourceRequirements.class, ResourcesOrder.class);
    }

    @JsonPropertyOrder({"name", "generateName", "namespace", "labels", "annotations"})
    private abstract static class MetaOrder {}

    @JsonPropertyOrder({
        "name",
        "image",
        "imagePullPolicy",
        "command",
        "args",
        "workingDir",
        "env",
        "envFrom",
        "ports",
        "resources",
        "volumeMounts",
        "securityContext"
    })
    private abstract static class ContainerOrder {}

    @JsonPropertyOrder({"name"})
    private abstract static class NameFirst {}

    @JsonPropertyOrder({"name", "mountPath", "subPath", "readOnly"})
    private abstract static class VolumeMountOrder {}

    @JsonPropertyOrder({"key", "operator", "value", "effect", "tolerationSeconds"})
    private abstract static class TolerationOrder {}

    @JsonPropertyOrder({"requests", "limits", "claims"})
    private abstract static class ResourcesOrder {}
}

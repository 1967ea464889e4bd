package dev.kfj.compiler.internal;

import dev.kfj.argo.Artifact;
import dev.kfj.argo.Backoff;
import dev.kfj.argo.Cache;
import dev.kfj.argo.Inputs;
import dev.kfj.argo.Memoize;
import dev.kfj.argo.Metadata;
import dev.kfj.argo.Mutex;
import dev.kfj.argo.Outputs;
import dev.kfj.argo.Parameter;
import dev.kfj.argo.RetryStrategy;
import dev.kfj.argo.SemaphoreRef;
import dev.kfj.argo.Synchronization;
import dev.kfj.argo.Template;
import dev.kfj.argo.ValueFrom;
import dev.kfj.argo.yaml.ArgoYaml;
import dev.kfj.compiler.ErrorCode;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.ContainerComponent;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Mount;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Retry;
import dev.kfj.dsl.Settings;
import dev.kfj.dsl.internal.ValueCodec;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The template of a component as its steps run it: container, ports and operational settings. */
final class StepTemplates {
    /** The pod annotation that carries a step's display name. */
    static final String DISPLAY_NAME_ANNOTATION = "kfj.dev/display-name";

    private StepTemplates() {}

    static Template template(Plan.PlannedTemplate planned, Problems problems) {
        Component component = planned.component();
        Settings s = planned.settings();
        Template.Builder t = Template.builder().name(planned.name())
                .inputs(inputs(component))
                .outputs(outputs(component));
        if (!s.labels().isEmpty() || !s.annotations().isEmpty() || s.displayName().isPresent()) {
            Map<String, String> annotations = new LinkedHashMap<>(s.annotations());
            s.displayName().ifPresent(n -> annotations.put(DISPLAY_NAME_ANNOTATION, n));
            t.metadata(new Metadata(s.labels(), annotations));
        }
        List<Volume> volumes = new ArrayList<>();
        if (component instanceof ContainerComponent c) {
            t.container(container(c, s));
            if (!c.outputs().isEmpty()) volumes.add(outputsVolume());
        }
        for (Mount m : s.mounts()) {
            if (!m.perRunClaim() && volumes.stream().noneMatch(v -> v.getName().equals(m.name()))) volumes.add(m.volume());
        }
        if (!volumes.isEmpty()) t.volumes(volumes);
        s.retry().ifPresent(r -> t.retryStrategy(retry(r)));
        s.timeout().ifPresent(d -> t.timeout(Durations.go(d)));
        s.cache().ifPresent(c -> t.memoize(new Memoize(cacheKey(planned.name(), component), new Cache(
                new LocalObjectReference(c.configMap())), Durations.go(c.maxAge()))));
        if (!s.mutexes().isEmpty() || !s.semaphores().isEmpty()) t.synchronization(synchronization(s.mutexes(), s.semaphores()));
        s.podSpecPatch().ifPresent(t::podSpecPatch);
        if (!s.nodeSelector().isEmpty()) t.nodeSelector(s.nodeSelector());
        if (!s.tolerations().isEmpty()) t.tolerations(s.tolerations());
        s.affinity().ifPresent(t::affinity);
        s.serviceAccount().ifPresent(t::serviceAccountName);
        s.priorityClass().ifPresent(t::priorityClassName);
        Template built = t.build();
        return s.templateFields().isEmpty() ? built : withRawFields(built, s.templateFields(), component, problems);
    }

    private static Template withRawFields(Template template, Map<String, Object> fields, Component component, Problems problems) {
        ObjectNode tree = (ObjectNode) ArgoYaml.tree(template);
        JsonNode extra = ArgoYaml.tree(fields);
        extra.properties().forEach(e -> tree.set(e.getKey(), e.getValue()));
        try {
            return ArgoYaml.readJson(tree.toString(), Template.class);
        } catch (RuntimeException e) {
            problems.error(ErrorCode.INVALID_SETTING, component.location(), "raw template fields " + fields.keySet()
                    + " of the steps of " + component + " are not valid Argo template fields: " + firstLine(e.getMessage()),
                    "use field names and value shapes of Argo's Template, e.g. templateField(\"activeDeadlineSeconds\", 60)");
            return template;
        }
    }

    private static String firstLine(String text) {
        if (text == null) return "";
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** Argo's memoization key: the template's name and a hash of its parameter inputs, so it matches Argo's key pattern. */
    static String cacheKey(String template, Component component) {
        List<String> params = component.inputs().stream().filter(i -> !i.type().isArtifact())
                .map(i -> "inputs.parameters['" + i.name() + "']").toList();
        if (params.isEmpty()) return template;
        return template + "-{{=sprig.sha256sum(toJson([" + String.join(", ", params) + "]))}}";
    }

    static RetryStrategy retry(Retry r) {
        Backoff backoff = r.backoff().isZero() ? null : new Backoff(Durations.go(r.backoff()),
                r.factor() == 1 ? null : new IntOrString(r.factor()),
                r.maxDuration().isZero() ? null : Durations.go(r.maxDuration()),
                r.maxBackoff().isZero() ? null : Durations.go(r.maxBackoff()));
        if (backoff == null && !r.maxDuration().isZero()) {
            backoff = new Backoff(null, null, Durations.go(r.maxDuration()), null);
        }
        return new RetryStrategy(new IntOrString(r.limit()), r.policy().argo(), backoff, r.condition().orElse(null));
    }

    static Synchronization synchronization(List<String> mutexes, List<String> semaphores) {
        return new Synchronization(
                mutexes.stream().map(m -> new Mutex(m, null, null)).toList(),
                semaphores.stream().map(s -> {
                    int slash = s.indexOf('/');
                    return new SemaphoreRef(new ConfigMapKeySelector(s.substring(slash + 1), s.substring(0, slash), null), null, null);
                }).toList());
    }

    private static Inputs inputs(Component component) {
        List<Parameter> parameters = new ArrayList<>();
        List<Artifact> artifacts = new ArrayList<>();
        for (Input<?> in : component.inputs()) {
            if (in.type().isArtifact()) {
                Artifact.Builder a = Artifact.builder().name(in.name()).path(Conventions.inputPath(in.name()));
                if (in.isOptional()) a.optional(true);
                artifacts.add(a.build());
            } else {
                Parameter.Builder p = Parameter.builder().name(in.name());
                in.defaultValue().ifPresent(v -> p.defaultValue(ValueCodec.armor(ValueCodec.encode(v))));
                if (!in.description().isEmpty()) p.description(in.description());
                parameters.add(p.build());
            }
        }
        return parameters.isEmpty() && artifacts.isEmpty() ? null : new Inputs(parameters, artifacts);
    }

    private static Outputs outputs(Component component) {
        List<Parameter> parameters = new ArrayList<>();
        List<Artifact> artifacts = new ArrayList<>();
        for (Output<?> out : component.outputs()) {
            if (out.type().isArtifact()) {
                artifacts.add(Artifact.builder().name(out.name()).path(Conventions.outputPath(out.name())).build());
            } else {
                Parameter.Builder p = Parameter.builder().name(out.name())
                        .valueFrom(ValueFrom.builder().path(Conventions.outputPath(out.name())).build());
                if (!out.description().isEmpty()) p.description(out.description());
                parameters.add(p.build());
            }
        }
        return parameters.isEmpty() && artifacts.isEmpty() ? null : new Outputs(parameters, artifacts, null, null);
    }

    private static Container container(ContainerComponent c, Settings s) {
        ContainerBuilder b = new ContainerBuilder().withImage(c.image());
        List<String> command = c.command().stream().map(WorkflowLowering::render).toList();
        if (c.usesDecodePrelude()) {
            List<String> wrapped = new ArrayList<>(List.of("sh", "-c", ContainerComponent.DECODE_PRELUDE, "kfj-decode"));
            wrapped.addAll(command);
            command = wrapped;
        }
        if (!command.isEmpty()) b.withCommand(command);
        if (!c.args().isEmpty()) b.withArgs(c.args().stream().map(WorkflowLowering::render).toList());
        c.env().forEach((k, v) -> b.addToEnv(new EnvVar(k, WorkflowLowering.render(v), null)));
        for (EnvVar e : s.env()) b.addToEnv(e);
        if (!s.requests().isEmpty() || !s.limits().isEmpty()) {
            ResourceRequirementsBuilder r = new ResourceRequirementsBuilder();
            if (!s.requests().isEmpty()) r.withRequests(new LinkedHashMap<>(s.requests()));
            if (!s.limits().isEmpty()) r.withLimits(new LinkedHashMap<>(s.limits()));
            b.withResources(r.build());
        }
        s.imagePullPolicy().ifPresent(b::withImagePullPolicy);
        if (!c.outputs().isEmpty()) {
            b.addToVolumeMounts(new VolumeMountBuilder().withName(Conventions.OUTPUTS_VOLUME)
                    .withMountPath(Conventions.OUTPUTS_DIR).build());
        }
        for (Mount m : s.mounts()) {
            VolumeMountBuilder vm = new VolumeMountBuilder().withName(m.name()).withMountPath(m.path());
            if (m.readOnly()) vm.withReadOnly(true);
            b.addToVolumeMounts(vm.build());
        }
        return b.build();
    }

    private static Volume outputsVolume() {
        return new VolumeBuilder().withName(Conventions.OUTPUTS_VOLUME).withNewEmptyDir().endEmptyDir().build();
    }

    static String describe(Map<String, ?> map) {
        return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}

package dev.kfj.argo.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.RetryStrategy;
import dev.kfj.argo.Sequence;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import org.junit.jupiter.api.Test;

class Fabric8SerdeTest {

    @Test
    void writesQuantitiesAsStrings() {
        ResourceRequirements r = new ResourceRequirementsBuilder()
                .addToRequests("cpu", new Quantity("500m"))
                .addToRequests("memory", new Quantity("1.5", "Gi"))
                .addToLimits("nvidia.com/gpu", new Quantity("2"))
                .build();
        assertThat(ArgoYaml.write(r)).isEqualTo("""
            requests:
              cpu: 500m
              memory: 1.5Gi
            limits:
              nvidia.com/gpu: "2"
            """);
        assertThat(ArgoYaml.toJson(r))
                .isEqualTo("{\"requests\":{\"cpu\":\"500m\",\"memory\":\"1.5Gi\"},"
                        + "\"limits\":{\"nvidia.com/gpu\":\"2\"}}");
        assertThat(ArgoYaml.read(ArgoYaml.write(r), ResourceRequirements.class)).isEqualTo(r);
    }

    @Test
    void readsQuantitiesWrittenAsNumbers() {
        ResourceRequirements r = ArgoYaml.read("limits: {cpu: 2, memory: 0.5}\n", ResourceRequirements.class);
        assertThat(r.getLimits().get("cpu")).isEqualTo(new Quantity("2"));
        assertThat(r.getLimits().get("memory")).isEqualTo(new Quantity("0.5"));
    }

    @Test
    void writesIntOrStringAsBareIntOrString() {
        RetryStrategy asInt = new RetryStrategy(new IntOrString(3), null, null, null);
        RetryStrategy asText = new RetryStrategy(new IntOrString("{{inputs.parameters.n}}"), null, null, null);
        assertThat(ArgoYaml.write(asInt)).isEqualTo("limit: 3\n");
        assertThat(ArgoYaml.write(asText)).isEqualTo("limit: \"{{inputs.parameters.n}}\"\n");
        assertThat(ArgoYaml.read("limit: 3\n", RetryStrategy.class)).isEqualTo(asInt);
        assertThat(ArgoYaml.read("limit: \"{{inputs.parameters.n}}\"\n", RetryStrategy.class))
                .isEqualTo(asText);
        assertThat(ArgoYaml.read("limit: \"3\"\n", RetryStrategy.class).limit().getStrVal())
                .isEqualTo("3");
    }

    @Test
    void readsSequenceBounds() {
        Sequence s = ArgoYaml.read("count: 5\nstart: \"{{inputs.parameters.from}}\"\n", Sequence.class);
        assertThat(s.count().getIntVal()).isEqualTo(5);
        assertThat(s.start().getStrVal()).isEqualTo("{{inputs.parameters.from}}");
    }

    @Test
    void dropsEmptyAdditionalPropertiesAndEmptyLists() {
        String yaml = ArgoYaml.write(new ContainerBuilder().withImage("busybox").build());
        assertThat(yaml).isEqualTo("image: busybox\n");
    }

    @Test
    void keepsNonEmptyAdditionalProperties() {
        var c = new ContainerBuilder().withImage("busybox").build();
        c.setAdditionalProperty("futureField", "x");
        assertThat(ArgoYaml.write(c)).isEqualTo("image: busybox\nfutureField: x\n");
    }
}

package dev.kfj.argo.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.ArgoObject;
import dev.kfj.argo.Fixtures;
import dev.kfj.argo.testing.ArgoSchema;
import dev.kfj.argo.testing.Golden;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArgoYamlGoldenTest {

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("hello-world", Fixtures.helloWorld()),
                Arguments.of("dag-with-artifacts", Fixtures.dagWithArtifacts()),
                Arguments.of("cron-workflow", Fixtures.nightly()),
                Arguments.of("workflow-template", Fixtures.trainTemplate()),
                Arguments.of("kubernetes-resources", Fixtures.kubernetesResources()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void writesGoldenYaml(String name, ArgoObject object) {
        Golden.assertMatches("argo/" + name + ".yaml", ArgoYaml.write(object));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void writesSchemaValidYaml(String name, ArgoObject object) {
        ArgoSchema.assertValid(ArgoYaml.write(object));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void writesSchemaValidJson(String name, ArgoObject object) {
        ArgoSchema.assertValid(ArgoYaml.toJson(object));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsBackAnEqualObjectAndIdenticalText(String name, ArgoObject object) {
        String yaml = ArgoYaml.write(object);
        ArgoObject back = ArgoYaml.read(yaml, object.getClass());
        assertThat(back).isEqualTo(object);
        assertThat(ArgoYaml.write(back)).isEqualTo(yaml);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsBackJson(String name, ArgoObject object) {
        String json = ArgoYaml.toPrettyJson(object);
        ArgoObject back = ArgoYaml.readJson(json, object.getClass());
        assertThat(back).isEqualTo(object);
        assertThat(ArgoYaml.toPrettyJson(back)).isEqualTo(json);
        assertThat(ArgoYaml.readJson(ArgoYaml.toJson(object), object.getClass()))
                .isEqualTo(object);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void writesTheSameBytesEveryTime(String name, ArgoObject object) {
        assertThat(ArgoYaml.write(object)).isEqualTo(ArgoYaml.write(object));
        assertThat(ArgoYaml.toJson(object)).isEqualTo(ArgoYaml.toJson(object));
    }
}

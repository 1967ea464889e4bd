package dev.kfj.argo.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.ArgoObject;
import dev.kfj.argo.testing.ArgoSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-written documents in the style of Argo's examples: read, write, read again. */
class ArgoExamplesRoundTripTest {

    private static final Path DIR = Path.of("src", "test", "resources", "argo-examples");

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static String text(String name) throws IOException {
        return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsWritesAndReadsBackEqualObjects(String name) throws IOException {
        List<ArgoObject> objects = ArgoYaml.readAll(text(name));
        assertThat(objects).isNotEmpty();
        String written = ArgoYaml.writeAll(objects);
        assertThat(ArgoYaml.readAll(written)).isEqualTo(objects);
        assertThat(ArgoYaml.writeAll(ArgoYaml.readAll(written))).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void writesSchemaValidDocuments(String name) throws IOException {
        for (ArgoObject object : ArgoYaml.readAll(text(name))) {
            ArgoSchema.assertValid(ArgoYaml.write(object));
        }
    }
}

package dev.kfj.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.testing.ArgoSchema;
import dev.kfj.argo.testing.Golden;
import dev.kfj.compiler.PipelineCompiler;
import dev.kfj.dsl.PipelineDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps every sample's compiled YAML current: each {@code samples/<name>/*Pipeline.java} compiles
 * to exactly {@code samples/<name>/<name>.yaml} (re-bless with {@code -Dkfj.bless=true}), which
 * passes Argo's strict schema.
 */
class SamplesTest {
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Path SAMPLES = Path.of(System.getProperty("user.dir"));

    static List<Path> pipelineSources() throws IOException {
        try (Stream<Path> dirs = Files.list(SAMPLES)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> !d.getFileName().toString().equals("src") && !d.getFileName().toString().equals("target"))
                    .flatMap(d -> {
                        try (Stream<Path> files = Files.list(d)) {
                            return files.filter(f -> f.getFileName().toString().endsWith("Pipeline.java")).toList().stream();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everySampleFolderHasExactlyOnePipeline() throws IOException {
        List<Path> sources = pipelineSources();
        assertThat(sources).extracting(p -> p.getParent().getFileName().toString())
                .contains("hello-world", "diamond", "container-training")
                .doesNotHaveDuplicates();
    }

    @TestFactory
    Stream<DynamicTest> everySampleCompilesToItsCommittedYaml() throws IOException {
        return pipelineSources().stream().map(source -> DynamicTest.dynamicTest(
                SAMPLES.relativize(source).toString(), () -> {
                    String name = source.getParent().getFileName().toString();
                    PipelineDefinition definition = (PipelineDefinition) Class.forName(className(source))
                            .getDeclaredConstructor().newInstance();
                    String yaml = PipelineCompiler.compile(definition.define()).yaml();
                    Path golden = source.getParent().resolve(name + ".yaml");
                    Golden.assertMatches(Golden.root().relativize(golden).toString(), yaml);
                    ArgoSchema.assertValid(yaml);
                }));
    }

    private static String className(Path source) throws IOException {
        Matcher m = PACKAGE.matcher(Files.readString(source, StandardCharsets.UTF_8));
        String simple = source.getFileName().toString().replace(".java", "");
        return m.find() ? m.group(1) + "." + simple : simple;
    }
}

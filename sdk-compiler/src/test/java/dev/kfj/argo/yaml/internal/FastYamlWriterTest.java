package dev.kfj.argo.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The direct writer gives the Jackson mapper's bytes whenever it writes at all. */
class FastYamlWriterTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static String jackson(JsonNode tree) {
        return Mappers.YAML_STRICT.writeValueAsString(tree);
    }

    @Test
    void writesEveryCommittedYamlFileAsTheMapperDoes() throws IOException {
        Path root = Path.of(System.getProperty("kfj.repo.root", "..")).toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("/target/")
                    && !p.toString().contains("/.git/")).forEach(files::add);
        }
        int written = 0;
        for (Path file : files) {
            JsonNode tree;
            try {
                tree = Mappers.YAML_LENIENT.readTree(Files.readString(file));
            } catch (RuntimeException multiDocumentOrOther) {
                continue;
            }
            var fast = FastYamlWriter.write(tree);
            if (fast.isPresent()) {
                written++;
                assertThat(fast.get()).as(file.toString()).isEqualTo(jackson(tree));
            }
        }
        assertThat(written).isGreaterThan(3);
    }

    @Test
    void writesQuotesAndIndicatorsAsTheMapperDoes() {
        ObjectNode root = NODES.objectNode();
        String[] values = {"{{tasks.a.outputs.parameters.sum}}", "echo {{inputs.parameters.x}}", "- x", "-x", "a: b",
            "a:b", "a #b", "a#b", "#a", "?a", "? a", ":a", "---x", "...", "'q'", "it's", "say \"hi\"", "back\\slash",
            "yes", "y", "1.5", "0x1F", "1:30", "~", "null", "a,b", "[x]", "x]", "&a", "*a", "!a", "|a", ">a", "%a",
            "@a", "`a", "a b", "a  b", "\"", "'", "-", "?", ":", "a:", "a -b"};
        ArrayNode list = root.putArray("values");
        for (String v : values) {
            list.add(v);
            root.put(v, v);
        }
        root.putObject("empty");
        root.put("number", 42);
        root.put("negative", -7L);
        root.put("flag", true);
        assertThat(FastYamlWriter.write(root)).hasValue(jackson(root));
    }

    @Test
    void leavesOtherShapesToTheMapper() {
        assertThat(FastYamlWriter.write(NODES.objectNode().put("script", "line one\nline two"))).isEmpty();
        assertThat(FastYamlWriter.write(NODES.objectNode().put("name", "café"))).isEmpty();
        assertThat(FastYamlWriter.write(NODES.objectNode().put("pad", " x"))).isEmpty();
        assertThat(FastYamlWriter.write(NODES.objectNode().put("ratio", 0.5))).isEmpty();
        ObjectNode nested = NODES.objectNode();
        nested.putArray("matrix").addArray().add("a");
        assertThat(FastYamlWriter.write(nested)).isEmpty();
    }

    @Property(tries = 400)
    void randomDocumentsMatchTheMapper(@ForAll("documents") ObjectNode document) {
        FastYamlWriter.write(document).ifPresent(yaml -> assertThat(yaml).isEqualTo(jackson(document)));
    }

    @Property(tries = 400)
    void randomTextMatchesTheMapper(@ForAll @StringLength(min = 1, max = 12)
            @Chars({' ', '-', ':', '#', '?', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@',
                '`', '.', '~', '\\', '0', '1', '9', 'e', 'x', 'y', 'n', 'o', 'a', 'N', 'Y', '_', '+', '/', '='}) String text) {
        ObjectNode root = NODES.objectNode();
        root.put("v", text);
        root.putArray("l").add(text);
        if (!text.isBlank()) root.put(text, 1);
        FastYamlWriter.write(root).ifPresent(yaml -> assertThat(yaml).isEqualTo(jackson(root)));
    }

    @Provide
    Arbitrary<ObjectNode> documents() {
        Arbitrary<String> words = Arbitraries.of("name", "a", "y", "{{x}}", "x: y", "- z", "", "on", "1", "k#v", "a b");
        Arbitrary<JsonNode> scalars = Arbitraries.oneOf(words.map(NODES::stringNode),
                Arbitraries.integers().between(-5, 5).map(NODES::numberNode), Arbitraries.of(true, false).map(NODES::booleanNode));
        Arbitrary<JsonNode> level1 = Arbitraries.oneOf(scalars, object(words, scalars), array(scalars));
        Arbitrary<JsonNode> level2 = Arbitraries.oneOf(scalars, object(words, level1), array(level1));
        return object(words, level2).map(n -> (ObjectNode) n).filter(n -> !n.isEmpty());
    }

    private static Arbitrary<JsonNode> object(Arbitrary<String> keys, Arbitrary<JsonNode> values) {
        return Arbitraries.maps(keys, values).ofMaxSize(4).map(m -> {
            ObjectNode o = NODES.objectNode();
            m.forEach(o::set);
            return o;
        });
    }

    private static Arbitrary<JsonNode> array(Arbitrary<JsonNode> items) {
        return items.list().ofMaxSize(3).map(l -> {
            ArrayNode a = NODES.arrayNode();
            l.forEach(a::add);
            return a;
        });
    }
}

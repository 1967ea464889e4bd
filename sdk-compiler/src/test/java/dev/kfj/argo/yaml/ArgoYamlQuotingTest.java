package dev.kfj.argo.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArgoYamlQuotingTest {

    private static String valueLine(String value) {
        String yaml = ArgoYaml.write(Parameter.builder().name("p").value(value).build());
        assertThat(yaml).startsWith("name: p\nvalue: ");
        return yaml.substring("name: p\n".length());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "yes", "no", "y", "n", "on", "off", "true", "false", "True", "NO", "null", "Null", "~", "1", "-1",
                "1.0", ".5", "1e3", "0x1F", "0o17", "017", "1_000", "12:30", ".inf", "-.inf", ".nan", "0b101"
            })
    void quotesStringsYaml11WouldNotReadAsStrings(String value) {
        assertThat(valueLine(value)).isEqualTo("value: \"" + value + "\"\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hello world|value: hello world",
                "a: b|value: \"a: b\"",
                "#comment|value: \"#comment\"",
                "x #y|value: \"x #y\"",
                "{{inputs.parameters.x}}|value: \"{{inputs.parameters.x}}\"",
                "héllo wörld ✓|value: héllo wörld ✓",
                "1.0.3|value: 1.0.3",
                "v1|value: v1",
                "-c|value: -c",
                "yesterday|value: yesterday"
            })
    void quotesOnlyWhatNeedsQuotes(String value, String expected) {
        assertThat(valueLine(value)).isEqualTo(expected + "\n");
    }

    @Test
    void keepsEmptyStringsAsQuotedEmptyValues() {
        assertThat(valueLine("")).isEqualTo("value: \"\"\n");
    }

    @Test
    void quotesStringsWithSurroundingBlanks() {
        assertThat(valueLine(" padded ")).isEqualTo("value: \" padded \"\n");
    }

    @Test
    void writesMultiLineStringsAsLiteralBlocks() {
        assertThat(valueLine("line one\nline two\n")).isEqualTo("value: |\n  line one\n  line two\n");
        assertThat(valueLine("no final newline\nsecond")).isEqualTo("value: |-\n  no final newline\n  second\n");
    }

    @Test
    void neverWrapsLongStrings() {
        String expression = "{{=" + "x".repeat(10_000) + " + ' spaced words ' + y}}";
        String line = valueLine(expression);
        assertThat(line.lines().toList()).hasSize(1);
        assertThat(line).isEqualTo("value: \"" + expression + "\"\n");
        String spaced = "word ".repeat(2_000).trim();
        assertThat(valueLine(spaced).lines().toList()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "yes",
                "",
                "1.0",
                "~",
                "a: b",
                "#x",
                "x\ny\n",
                "x\n\n  y",
                "héllo",
                "{{tasks.a.outputs.result}}",
                "'single'",
                "\"double\"",
                "tab\there",
                " lead",
                "trail ",
                "- dash",
                "[list]",
                "{map: 1}",
                "*alias",
                "&anchor",
                "!tag",
                "%percent",
                "@at",
                "`tick`",
                "| bar",
                "> gt",
                "?",
                ":",
                "-",
                "line\r\nbreak",
                "\u00a0nbsp",
                "end\n\n\n"
            })
    void readsBackTrickyStringsUnchanged(String value) {
        Parameter p = Parameter.builder()
                .name("p")
                .value(value)
                .description(value)
                .enumValues(List.of(value))
                .build();
        String yaml = ArgoYaml.write(p);
        assertThat(ArgoYaml.read(yaml, Parameter.class)).isEqualTo(p);
        assertThat(ArgoYaml.readJson(ArgoYaml.toJson(p), Parameter.class)).isEqualTo(p);
    }
}

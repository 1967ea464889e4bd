package dev.kfj.compiler.flow;

import static dev.kfj.compiler.flow.Flows.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.DAGTask;
import dev.kfj.argo.Template;
import dev.kfj.argo.Workflow;
import dev.kfj.argo.yaml.ArgoYaml;
import dev.kfj.compiler.CompiledPipeline;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.ContainerComponent;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Params;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.internal.ValueCodec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SafetyTest {
    /** Texts that YAML, shells, JSON and Argo's template scanner each treat specially. */
    static final List<String> NASTY = List.of(
            "it's \"quoted\"", "two\nlines\n", "key: value # not a comment", "- not a list", "*alias &anchor !tag %",
            "yes", "null", "~", "0x1F", "1e3", "$HOME and ${PATH} and $(id)", "{{workflow.name}}", "}} {{ {{=1+1}}",
            "{{inputs.parameters.text}}", "kfj:b64:looks armored", "naïve café 日本語 🚀", "tab\there", " leading space",
            "");
    static final Input<String> VALUE = Input.string("value").withDefault("{{default}}");
    static final ContainerComponent SHOW = Component.container("show").image("alpine:3.20")
            .inputs(VALUE).command("printf", "%s").args(VALUE).decodeValues().build();

    static Pipeline safety() {
        Pipeline.Builder p = Pipeline.builder("safety");
        Param<String> text = p.param(Params.string("text").withDefault("{{ a default }} with $ and 'quotes'\n"));
        p.step("from-param", SHOW.with(VALUE, text));
        for (int i = 0; i < NASTY.size(); i++) p.step("literal-" + i, SHOW.with(VALUE, NASTY.get(i)));
        p.loop(NASTY).forEach((s, item) -> s.step("item", SHOW.with(VALUE, item)));
        p.step("defaulted", SHOW.call());
        return p.build();
    }

    @Test
    void everyValueReachesTheStepExactlyAsWritten() {
        CompiledPipeline compiled = golden("safety.yaml", safety());
        Workflow back = ArgoYaml.read(compiled.yaml(), Workflow.class);
        assertThat(ValueCodec.unarmor(back.spec().arguments().parameters().get(0).value()))
                .isEqualTo("{{ a default }} with $ and 'quotes'\n");
        Map<String, Template> byName = back.spec().templates().stream().collect(Collectors.toMap(Template::name, t -> t));
        List<String> literals = new ArrayList<>();
        for (DAGTask task : byName.get("safety").dag().tasks()) {
            if (task.name().startsWith("literal-")) {
                literals.add(ValueCodec.unarmor(task.arguments().parameters().get(0).value()));
            }
        }
        assertThat(literals).isEqualTo(NASTY);
        DAGTask loop = byName.get("safety").dag().tasks().stream().filter(t -> t.withItems() != null && !t.withItems().isEmpty())
                .findFirst().orElseThrow();
        assertThat(loop.withItems().stream().map(o -> ValueCodec.unarmor((String) o)).toList()).isEqualTo(NASTY);
        assertThat(ValueCodec.unarmor(byName.get("show").inputs().parameters().get(0).defaultValue())).isEqualTo("{{default}}");
        assertThat(compiled.yaml()).doesNotContain("{{default}}", "{{workflow.name}}", "{{=1+1}}", "{{ a default }}");
    }

    @Test
    void theDecodingPreludeRestoresEveryValueInAShell() throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", ContainerComponent.DECODE_PRELUDE, "kfj-decode",
                "printf", "%s\\0"));
        NASTY.forEach(v -> command.add(ValueCodec.armor(v)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        assertThat(process.waitFor()).isZero();
        String[] parts = out.toString(StandardCharsets.UTF_8).split("\0", -1);
        assertThat(List.of(parts).subList(0, NASTY.size())).isEqualTo(NASTY);
    }

    @Test
    void rejectsBracesForAContainerThatCannotDecode() {
        Pipeline.Builder p = Pipeline.builder("braces");
        p.step("say", ECHO.with(TEXT, "hello {{name}}"));
        assertError(p.build(), "KFJ-301", "contains '{{'");
    }

    @Test
    void rejectsABracedDefaultReadByAContainerThatCannotDecode() {
        Pipeline.Builder p = Pipeline.builder("braces");
        Param<String> text = p.param(Params.string("text").withDefault("{{x}}"));
        p.step("decodes", SHOW.with(VALUE, text));
        p.step("cannot", ECHO.with(TEXT, text));
        assertError(p.build(), "KFJ-301", "the default of parameter 'text', read by a step that cannot decode it,");
    }

    @Property
    void armorRoundTrips(@ForAll String text) {
        assertThat(ValueCodec.unarmor(ValueCodec.armor(text))).isEqualTo(text);
        assertThat(ValueCodec.armor(text)).doesNotContain("{{");
    }
}

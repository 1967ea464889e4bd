package dev.kfj.samples.safevalues;

import dev.kfj.dsl.Component;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Params;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.PipelineDefinition;
import java.util.List;

/**
 * Values reach the step exactly as written, even text that Argo would otherwise read as a
 * template tag: kfj carries {@code {{...}}} base64-armored, and the container decodes it in a
 * small shell prelude ({@code decodeValues()}); Java steps decode it in their runtime.
 */
public final class SafeValuesPipeline implements PipelineDefinition {
    static final Input<String> TEXT = Input.string("text");

    static final Component PRINT = Component.container("print").image("busybox:1.36")
            .inputs(TEXT).command("printf", "%s\\n").args(TEXT).decodeValues().build();

    @Override
    public Pipeline define() {
        Pipeline.Builder p = Pipeline.builder("safe-values").description("Quotes, newlines, dollars, template braces and non-ASCII, unchanged.");
        Param<String> template = p.param(Params.string("template").withDefault("Hello {{name}}, you owe $5 — merci!"));
        p.step("from-parameter", PRINT.with(TEXT, template));
        p.step("literal", PRINT.with(TEXT, "line one\nline \"two\": {{ not a tag }}"));
        p.loop(List.of("{{a}}", "b: c", "日本語")).forEach((s, item) -> s.step("item", PRINT.with(TEXT, item)));
        return p.build();
    }
}

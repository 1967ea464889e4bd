package dev.kfj.compiler.flow;

import static dev.kfj.compiler.flow.Flows.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.DAGTask;
import dev.kfj.argo.Template;
import dev.kfj.argo.Workflow;
import dev.kfj.compiler.CompiledPipeline;
import dev.kfj.dsl.Component;
import dev.kfj.dsl.Cond;
import dev.kfj.dsl.Input;
import dev.kfj.dsl.Output;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.PipelineComponent;
import dev.kfj.dsl.Step;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NestedPipelinesTest {
    static final Input<Integer> START = Input.integer("start").withDefault(1);
    static final Output<Integer> RESULT = Output.integer("result");
    static final Input<String> LABEL = Input.string("label").withDefault("run");

    /** Squares its input twice; when the first square is large it also echoes. */
    static Pipeline squareTwice() {
        Pipeline.Builder p = Pipeline.builder("square-twice");
        Param<Integer> start = p.param(START);
        Step first = p.step("first", SQUARE_IT.with(N, start));
        Step second = p.step("second", SQUARE_IT.with(N, first.output(SQUARE)));
        p.when(Cond.gt(first.output(SQUARE), 10), s -> s.step("big", ECHO.with(TEXT, "big")));
        p.output(RESULT, second.output(SQUARE));
        return p.build();
    }

    @Test
    void compilesAPipelineUsedAsAStepWithTypedInputsAndOutputs() {
        PipelineComponent sub = Component.pipeline(squareTwice());
        Pipeline.Builder p = Pipeline.builder("nested");
        Step a = p.step("a", sub.with(START, 2));
        Step b = p.step("b", sub.call().withValue("start", a.output(RESULT)));
        p.step("show", SQUARE_IT.with(N, b.output(RESULT)));
        CompiledPipeline compiled = golden("nested.yaml", p.build());
        Map<String, Template> byName = ((Workflow) compiled.resource()).spec().templates().stream()
                .collect(Collectors.toMap(Template::name, t -> t));
        Template subTemplate = byName.get("square-twice");
        assertThat(subTemplate.inputs().parameters()).extracting(x -> x.name()).containsExactly("start");
        assertThat(subTemplate.inputs().parameters().get(0).defaultValue()).isEqualTo("1");
        assertThat(subTemplate.outputs().parameters().get(0).valueFrom().parameter())
                .isEqualTo("{{tasks.second.outputs.parameters.square}}");
        assertThat(byName).containsKey("square-twice-condition-1");
        DAGTask first = subTemplate.dag().tasks().get(0);
        assertThat(first.arguments().parameters().get(0).value()).isEqualTo("{{inputs.parameters.start}}");
        DAGTask bTask = byName.get("nested").dag().tasks().get(1);
        assertThat(bTask.template()).isEqualTo("square-twice");
        assertThat(bTask.arguments().parameters().get(0).value()).isEqualTo("{{tasks.a.outputs.parameters.result}}");
    }

    @Test
    void compilesAPipelineThatCallsItselfUnderACondition() {
        Pipeline.Builder p = Pipeline.builder("coinflip-recursive");
        Param<String> label = p.param(LABEL);
        Step flip = p.step(FLIP.call());
        p.when(Cond.eq(flip.output(SIDE), "heads"), s -> s.step("heads", ECHO.with(TEXT, label)))
                .orElse(s -> s.step("again", p.self().with(LABEL, label)));
        CompiledPipeline compiled = golden("recursive.yaml", p.build());
        Workflow wf = (Workflow) compiled.resource();
        Template root = wf.spec().templates().get(0);
        assertThat(root.name()).isEqualTo("coinflip-recursive");
        assertThat(root.inputs().parameters()).extracting(x -> x.name()).containsExactly("label");
        Map<String, Template> byName = wf.spec().templates().stream().collect(Collectors.toMap(Template::name, t -> t));
        DAGTask again = byName.get("condition-2").dag().tasks().get(0);
        assertThat(again.template()).isEqualTo("coinflip-recursive");
        assertThat(again.arguments().parameters().get(0).value()).isEqualTo("{{inputs.parameters.label}}");
        assertThat(wf.spec().arguments().parameters().get(0).value()).isEqualTo("run");
    }
}

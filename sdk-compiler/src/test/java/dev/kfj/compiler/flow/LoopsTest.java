package dev.kfj.compiler.flow;

import static dev.kfj.compiler.flow.Flows.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.DAGTask;
import dev.kfj.argo.Template;
import dev.kfj.argo.Workflow;
import dev.kfj.compiler.CompiledPipeline;
import dev.kfj.dsl.Collected;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Params;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.Step;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoopsTest {
    record Config(String name, int size) {}

    static Pipeline loops() {
        Pipeline.Builder p = Pipeline.builder("loops");
        Param<List<Integer>> sizes = p.param(Params.list("sizes", Integer.class).withDefault(List.of(1, 2)));
        Step prefix = p.step("prefix", ECHO.with(TEXT, "start"));
        p.loop(List.of("a", "b\nc", "d'e")).forEach((s, item) -> s.step("say", ECHO.with(TEXT, item).after(prefix)));
        p.loop(List.of(new Config("small", 1), new Config("large", 8))).parallelism(1).named("configs")
                .forEach((s, item) -> s.step("size", SQUARE_IT.with(N, item.field("size", Integer.class))));
        p.loop(sizes).forEach((s, n) -> s.step("sized", SQUARE_IT.with(N, n)));
        Step gen = p.step(GENERATE.call());
        Collected<Integer> squares = p.loop(gen.output(LIST))
                .collect((s, n) -> s.step("sq", SQUARE_IT.with(N, n)).output(SQUARE));
        p.step(SUM.with(NUMBERS, squares));
        return p.build();
    }

    @Test
    void collectedValuesArriveAsTextThatDecodesToTheListType() {
        assertThat(dev.kfj.dsl.internal.ValueCodec.decode("[\"1\",\"4\",\"9\"]", dev.kfj.dsl.DataType.listOf(Integer.class)))
                .isEqualTo(List.of(1, 4, 9));
    }

    @Test
    void compilesLoopsOverLiteralsRecordsParametersAndOutputsWithFanIn() {
        CompiledPipeline compiled = golden("loops.yaml", loops());
        Workflow wf = (Workflow) compiled.resource();
        Map<String, Template> byName = new java.util.HashMap<>();
        wf.spec().templates().forEach(t -> byName.put(t.name(), t));
        List<DAGTask> root = byName.get("loops").dag().tasks();
        assertThat(root).extracting(DAGTask::name)
                .containsExactly("prefix", "for-each-1", "configs", "for-each-3", "generate", "for-each-4", "sum");
        assertThat(root.get(1).withItems()).containsExactly("a", "b\nc", "d'e");
        assertThat(root.get(1).depends()).isEqualTo("prefix");
        assertThat(root.get(2).template()).isEqualTo("configs-limit");
        assertThat(byName.get("configs-limit").parallelism()).isEqualTo(1);
        assertThat(byName.get("configs-limit").dag().tasks().get(0).withItems())
                .containsExactly(Map.of("name", "small", "size", 1), Map.of("name", "large", "size", 8));
        assertThat(root.get(3).withParam()).isEqualTo("{{workflow.parameters.sizes}}");
        assertThat(root.get(5).withParam()).isEqualTo("{{tasks.generate.outputs.parameters.numbers}}");
        assertThat(root.get(6).arguments().parameters().get(0).value())
                .isEqualTo("{{=jsonpath(tasks['for-each-4'].outputs.parameters, '$[*].sq_square')}}");
        assertThat(root.get(6).depends()).isEqualTo("for-each-4");
        assertThat(byName.get("for-each-4").outputs().parameters().get(0).valueFrom().parameter())
                .isEqualTo("{{tasks.sq.outputs.parameters.square}}");
    }
}

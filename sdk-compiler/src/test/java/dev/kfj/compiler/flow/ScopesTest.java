package dev.kfj.compiler.flow;

import static dev.kfj.compiler.flow.Flows.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.Template;
import dev.kfj.argo.Workflow;
import dev.kfj.compiler.CompiledPipeline;
import dev.kfj.dsl.Cond;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.Step;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScopesTest {

    static Pipeline scopes() {
        Pipeline.Builder p = Pipeline.builder("scopes");
        Step outer = p.step("outer", EVALUATE.call());
        Step[] guarded = new Step[1];
        p.exitHandler(status -> ECHO.with(TEXT, status.phase()), s -> guarded[0] = s.step("guarded", SQUARE_IT.with(N, 3)));
        p.step("after-guarded", SQUARE_IT.with(N, guarded[0].output(SQUARE)));
        p.loop(List.of(1, 2)).forEach((s, i) -> s.loop(List.of("a", "b")).forEach((t, j) -> {
            t.step("pair", ECHO.with(TEXT, j).after(outer));
            t.when(Cond.gt(i, 1), u -> u.step("big", SQUARE_IT.with(N, i)));
        }));
        return p.build();
    }

    @Test
    void threadsValuesIntoNestedGroupsAndOutOfExitHandlers() {
        CompiledPipeline compiled = golden("scopes.yaml", scopes());
        Map<String, Template> byName = ((Workflow) compiled.resource()).spec().templates().stream()
                .collect(Collectors.toMap(Template::name, t -> t));
        assertThat(byName.get("exit-handler-1").outputs().parameters().get(0).valueFrom().parameter())
                .isEqualTo("{{tasks.guarded.outputs.parameters.square}}");
        assertThat(byName.get("scopes").dag().tasks().get(2).arguments().parameters().get(0).value())
                .isEqualTo("{{tasks.exit-handler-1.outputs.parameters.guarded-square}}");
        assertThat(byName.get("for-each-3").inputs().parameters()).extracting(x -> x.name())
                .containsExactly("for-each-3-item", "for-each-2-item");
        assertThat(byName.get("for-each-3").dag().tasks().get(1).when())
                .isEqualTo("{{=asFloat(inputs.parameters['for-each-2-item']) > 1}}");
        assertThat(byName.get("condition-4").dag().tasks().get(0).arguments().parameters().get(0).value())
                .isEqualTo("{{inputs.parameters.for-each-2-item}}");
        assertThat(byName.get("for-each-2").dag().tasks().get(0).depends()).isNull();
        assertThat(byName.get("scopes").dag().tasks().get(3).depends()).isEqualTo("outer");
    }

    @Test
    void rejectsABranchOutputReadOutsideTheBranch() {
        Pipeline.Builder p = Pipeline.builder("leak");
        Step flip = p.step(FLIP.call());
        Step[] inside = new Step[1];
        p.when(Cond.eq(flip.output(SIDE), "heads"), s -> inside[0] = s.step("inside", SQUARE_IT.with(N, 1)));
        p.step("outside", SQUARE_IT.with(N, inside[0].output(SQUARE)));
        assertError(p.build(), "KFJ-211", "from outside the condition it runs in");
    }

    @Test
    void rejectsALoopItemOutsideItsLoop() {
        Pipeline.Builder p = Pipeline.builder("leak");
        Object[] item = new Object[1];
        p.loop(List.of(1, 2)).forEach((s, i) -> {
            item[0] = i;
            s.step("in", SQUARE_IT.with(N, i));
        });
        @SuppressWarnings("unchecked")
        dev.kfj.dsl.Ref<Integer> leaked = (dev.kfj.dsl.Ref<Integer>) item[0];
        p.step("out", SQUARE_IT.with(N, leaked));
        assertError(p.build(), "KFJ-211", "uses the loop item outside its loop");
    }

    @Test
    void rejectsAnEmptyBranch() {
        Pipeline.Builder p = Pipeline.builder("empty");
        Step flip = p.step(FLIP.call());
        p.when(Cond.eq(flip.output(SIDE), "heads"), s -> { });
        assertError(p.build(), "KFJ-212", "adds no steps");
    }
}

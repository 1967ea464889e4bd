package dev.kfj.compiler.flow;

import static dev.kfj.compiler.flow.Flows.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.DAGTask;
import dev.kfj.argo.Workflow;
import dev.kfj.compiler.CompiledPipeline;
import dev.kfj.dsl.Cond;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Params;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    static Pipeline coinflip() {
        Pipeline.Builder p = Pipeline.builder("coinflip");
        Param<Double> threshold = p.param(Params.number("threshold").withDefault(0.9));
        Step flip = p.step(FLIP.call());
        p.when(Cond.eq(flip.output(SIDE), "heads"), s -> s.step("heads", ECHO.with(TEXT, "it was heads")))
                .orElseWhen(Cond.eq(flip.output(SIDE), "tails"), s -> s.step("tails", ECHO.with(TEXT, "it was tails")))
                .orElse(s -> s.step("edge", ECHO.with(TEXT, "it stood on its edge")));
        Step eval = p.step(EVALUATE.call());
        p.when(Cond.and(Cond.gt(eval.output(SCORE), threshold), Cond.not(Cond.eq(flip.output(SIDE), "it's {{odd}}"))),
                s -> s.step("deploy", ECHO.with(TEXT, "deploying")));
        return p.build();
    }

    @Test
    void compilesIfElseIfElseAsExpressionTags() {
        CompiledPipeline compiled = golden("conditions.yaml", coinflip());
        Workflow wf = (Workflow) compiled.resource();
        List<DAGTask> root = wf.spec().templates().get(0).dag().tasks();
        assertThat(root).extracting(DAGTask::name)
                .containsExactly("flip", "condition-1", "condition-2", "condition-3", "evaluate", "condition-4");
        assertThat(root.get(1).when()).isEqualTo("{{=tasks['flip'].outputs.parameters['side'] == 'heads'}}");
        assertThat(root.get(2).when()).isEqualTo("{{=!(tasks['flip'].outputs.parameters['side'] == 'heads')"
                + " && tasks['flip'].outputs.parameters['side'] == 'tails'}}");
        assertThat(root.get(3).when()).isEqualTo("{{=!(tasks['flip'].outputs.parameters['side'] == 'heads'"
                + " || tasks['flip'].outputs.parameters['side'] == 'tails')}}");
        assertThat(root.get(5).when()).isEqualTo("{{=asFloat(tasks['evaluate'].outputs.parameters['score'])"
                + " > asFloat(workflow.parameters['threshold']) && !(tasks['flip'].outputs.parameters['side']"
                + " == 'it\\'s \\u007b\\u007bodd\\u007d\\u007d')}}");
        assertThat(root.get(5).depends()).isEqualTo("evaluate && flip");
    }
}

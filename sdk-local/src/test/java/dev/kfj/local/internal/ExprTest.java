package dev.kfj.local.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kfj.local.Phase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExprTest {
    private static final Map<String, Object> SCOPE = Map.of(
            "tasks.evaluate.outputs.parameters.accuracy", "0.93",
            "workflow.parameters.threshold", "0.9",
            "inputs.parameters.name", "iris");

    @Test
    void evaluatesExpressionTagsWithBracketAccessAndConversions() {
        assertThat(Templating.substitute(
                "{{=asFloat(tasks['evaluate'].outputs.parameters['accuracy']) >= asFloat(workflow.parameters.threshold)}}",
                SCOPE)).isEqualTo("true");
        assertThat(Templating.substitute("{{= inputs.parameters.name + '-v' + string(1 + 2) }}", SCOPE))
                .isEqualTo("iris-v3");
        assertThat(Templating.substitute("{{=toJson([1, 'a'])}}", SCOPE)).isEqualTo("[1,\"a\"]");
    }

    @Test
    void jsonpathSelectsFromAggregatedLoopOutputs() {
        Map<String, Object> scope = Map.of("tasks.sq.outputs.parameters", "[{\"v\":\"1\"},{\"v\":\"4\"}]");
        assertThat(Templating.substitute("{{=jsonpath(tasks['sq'].outputs.parameters, '$[*].v')}}", scope))
                .isEqualTo("[\"1\",\"4\"]");
        assertThat(Templating.substitute("{{=jsonpath(tasks.sq.outputs.parameters, '$[1][\"v\"]')}}", scope))
                .isEqualTo("4");
    }

    @Test
    void inputParametersAreWalkedByNameBesideTheirJsonList() {
        Map<String, Object> scope = new java.util.LinkedHashMap<>();
        scope.put("inputs.parameters", "[{\"name\":\"for-each-item\",\"value\":\"2\"}]");
        scope.put("inputs.parameters.for-each-item", "2");
        assertThat(Templating.substitute("{{=asFloat(inputs.parameters['for-each-item']) > 1}}", scope)).isEqualTo("true");
        assertThat(Templating.substitute("{{inputs.parameters}}", scope)).startsWith("[{");
    }

    @Test
    void plainWhenComparesBareWordsAndNumbers() {
        assertThat(Expr.test("heads == heads", Map.of(), true)).isTrue();
        assertThat(Expr.test("0.5 < 0.9 && !(tails == heads)", Map.of(), true)).isTrue();
        assertThat(Expr.test("'abc' =~ '^a'", Map.of(), true)).isTrue();
    }

    @Test
    void reservedTagsMustResolveOthersStayAsWritten() {
        assertThat(Templating.substitute("{{ .Values.x }} {{foo}}", SCOPE)).isEqualTo("{{ .Values.x }} {{foo}}");
        assertThatThrownBy(() -> Templating.substitute("{{inputs.parameters.missing}}", SCOPE))
                .hasMessage("failed to resolve {{inputs.parameters.missing}}");
    }

    @Test
    void unsupportedFunctionsAreNamed() {
        assertThatThrownBy(() -> Templating.substitute("{{=sprig.upper('x')}}", SCOPE))
                .hasMessageContaining("unknown name 'sprig'");
        assertThatThrownBy(() -> Expr.eval("sha256('x')", Map.of(), false))
                .hasMessageContaining("the function 'sha256' is not supported locally");
    }

    @Test
    void dependsFollowsArgoResultsAndBareNames() {
        Map<String, Depends.Outcome> done = Map.of(
                "a", new Depends.Outcome(Phase.FAILED, List.of()),
                "b-c", new Depends.Outcome(Phase.SKIPPED, List.of()),
                "loop", new Depends.Outcome(Phase.FAILED, List.of(Phase.SUCCEEDED, Phase.FAILED)));
        assertThat(Depends.evaluate("a", done::get)).isFalse();
        assertThat(Depends.evaluate("a.Failed && b-c", done::get)).isTrue();
        assertThat(Depends.evaluate("!a.Succeeded && (b-c.Omitted || loop.AnySucceeded)", done::get)).isTrue();
        assertThat(Depends.evaluate("loop.AllFailed", done::get)).isFalse();
        assertThat(Depends.names("(a.Failed || b-c) && loop")).containsExactly("a", "b-c", "loop");
        assertThat(Depends.handledFailures("a.Failed || b-c.Succeeded")).containsExactly("a");
    }

    @Test
    void durationsAcceptSecondsAndGoForms() {
        assertThat(Durations.parse("30").toMillis()).isEqualTo(30_000);
        assertThat(Durations.parse("1m30s").toMillis()).isEqualTo(90_000);
        assertThat(Durations.parse("250ms").toMillis()).isEqualTo(250);
        assertThatThrownBy(() -> Durations.parse("1d")).hasMessageContaining("'1d' is not a duration");
    }
}

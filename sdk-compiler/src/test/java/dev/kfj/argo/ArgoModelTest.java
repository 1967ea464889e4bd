package dev.kfj.argo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgoModelTest {

    private static final WorkflowSpec SPEC =
            WorkflowSpec.builder().entrypoint("main").build();

    @Test
    void fixesApiVersionAndKind() {
        Workflow w = Workflow.of(new ObjectMetaBuilder().withName("w").build(), SPEC);
        assertThat(w.apiVersion()).isEqualTo("argoproj.io/v1alpha1");
        assertThat(w.kind()).isEqualTo("Workflow");
        assertThat(CronWorkflow.of(
                                w.metadata(),
                                CronWorkflowSpec.builder().workflowSpec(SPEC).build())
                        .kind())
                .isEqualTo("CronWorkflow");
    }

    @Test
    void rejectsAWrongKindOrApiVersion() {
        var meta = new ObjectMetaBuilder().withName("w").build();
        assertThatThrownBy(() -> new WorkflowTemplate(null, "Workflow", meta, SPEC))
                .hasMessage("kind must be 'WorkflowTemplate' but was 'Workflow'");
        assertThatThrownBy(() -> new Workflow("argoproj.io/v1", null, meta, SPEC))
                .hasMessage("apiVersion must be 'argoproj.io/v1alpha1' but was 'argoproj.io/v1'");
    }

    @Test
    void normalisesAbsentCollectionsToEmpty() {
        Template t = Template.builder().name("t").build();
        assertThat(t.steps()).isEmpty();
        assertThat(t.nodeSelector()).isEmpty();
        assertThat(t.tolerations()).isEmpty();
        assertThat(new Inputs(null, null).parameters()).isEmpty();
    }

    @Test
    void copiesCollectionsDefensively() {
        List<Parameter> params =
                new java.util.ArrayList<>(List.of(Parameter.builder().name("a").build()));
        Inputs inputs = new Inputs(params, null);
        params.clear();
        assertThat(inputs.parameters()).hasSize(1);
        assertThatThrownBy(() -> inputs.parameters().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keepsInsertionOrderOfOrderedMaps() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("z", "1");
        labels.put("a", "2");
        assertThat(new Metadata(labels, null).labels().keySet()).containsExactly("z", "a");
    }

    @Test
    void sortsMapsWithoutAStableOrder() {
        Map<String, String> hashed = new HashMap<>(Map.of("z", "1", "m", "2", "a", "3"));
        assertThat(new Metadata(hashed, null).labels().keySet()).containsExactly("a", "m", "z");
        assertThat(new Metadata(Map.of("z", "1", "a", "2"), null).labels().keySet())
                .containsExactly("a", "z");
    }

    @Test
    void sortsMapsInsideItems() {
        DAGTask t = DAGTask.builder()
                .name("t")
                .withItems(List.of(Map.of("z", 1, "a", 2)))
                .build();
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) t.withItems().get(0);
        assertThat(item.keySet()).containsExactly("a", "z");
    }

    @Test
    void rejectsItemsThatAreNotJsonValues() {
        assertThatThrownBy(() -> DAGTask.builder()
                        .name("t")
                        .withItems(List.of(new Object()))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a plain JSON value");
    }

    @Test
    void toBuilderCopiesEveryField() {
        Template t = Fixtures.trainTemplate().spec().templates().get(1);
        assertThat(t.toBuilder().build()).isEqualTo(t);
        assertThat(t.toBuilder().timeout("2h").build().timeout()).isEqualTo("2h");
        assertThat(t.toBuilder().timeout("2h").build().memoize()).isEqualTo(t.memoize());
    }
}

package dev.kfj.argo.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kfj.argo.ArgoObject;
import dev.kfj.argo.CronWorkflow;
import dev.kfj.argo.Fixtures;
import dev.kfj.argo.Template;
import dev.kfj.argo.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgoYamlReadTest {

    private static final String HELLO = """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata:
          generateName: hello-
        spec:
          entrypoint: main
          templates:
            - name: main
              container:
                image: busybox
                imagex: typo
        """;

    @Test
    void strictReadRejectsUnknownKubernetesFieldWithPathAndCode() {
        assertThatThrownBy(() -> ArgoYaml.read(HELLO, Workflow.class))
                .isInstanceOfSatisfying(ArgoFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo(ArgoFormatException.UNKNOWN_FIELD);
                    assertThat(e.line()).isEqualTo(11);
                    assertThat(e.getMessage())
                            .matches("11:\\d+: error: \\[KFJ-802\\] unknown field 'imagex'"
                                    + " at \\$\\.spec\\.templates\\[0\\]\\.container\\.imagex in Container");
                });
    }

    @Test
    void strictReadRejectsUnknownArgoField() {
        String yaml = HELLO.replace("      imagex: typo\n", "")
                .replace("entrypoint: main", "entrypoint: main\n  entrypiont: typo");
        assertThatThrownBy(() -> ArgoYaml.read(yaml, Workflow.class))
                .isInstanceOfSatisfying(ArgoFormatException.class, e -> assertThat(e.getMessage())
                        .endsWith("[KFJ-802] unknown field 'entrypiont' at $.spec.entrypiont in WorkflowSpec"));
    }

    @Test
    void lenientReadKeepsUnknownKubernetesFieldsAndIgnoresUnknownArgoFields() {
        String yaml = HELLO.replace("entrypoint: main", "entrypoint: main\n  newArgoField: 1");
        Workflow w = ArgoYaml.readLenient(yaml, Workflow.class);
        assertThat(w.spec().entrypoint()).isEqualTo("main");
        assertThat(w.spec().templates().get(0).container().getAdditionalProperties())
                .containsEntry("imagex", "typo");
        assertThat(ArgoYaml.write(w)).contains("imagex: typo").doesNotContain("newArgoField");
    }

    @Test
    void lenientJsonReadIgnoresServerFields() {
        String json = """
            {"apiVersion":"argoproj.io/v1alpha1","kind":"Workflow",
             "metadata":{"name":"w","uid":"123","resourceVersion":"7"},
             "spec":{"entrypoint":"main"},"status":{"phase":"Running"}}\
            """;
        Workflow w = ArgoYaml.readJsonLenient(json, Workflow.class);
        assertThat(w.metadata().getUid()).isEqualTo("123");
        assertThatThrownBy(() -> ArgoYaml.readJson(json, Workflow.class))
                .hasMessageContaining("[KFJ-802] unknown field 'status'");
    }

    @Test
    void reportsMalformedYamlWithLocation() {
        assertThatThrownBy(() -> ArgoYaml.read("kind: Workflow\nspec: [\n", Workflow.class))
                .isInstanceOfSatisfying(ArgoFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo(ArgoFormatException.MALFORMED);
                    assertThat(e.getMessage())
                            .matches("\\d+:\\d+: error: \\[KFJ-801\\] .*")
                            .doesNotContain("\n");
                });
    }

    @Test
    void rejectsWrongKind() {
        String yaml = ArgoYaml.write(Fixtures.helloWorld()).replace("kind: Workflow", "kind: Pod");
        assertThatThrownBy(() -> ArgoYaml.read(yaml, Workflow.class))
                .hasMessageContaining("[KFJ-801]")
                .hasMessageContaining("kind must be 'Workflow'");
    }

    @Test
    void writesAndReadsSeveralDocuments() {
        List<ArgoObject> objects = List.of(Fixtures.trainTemplate(), Fixtures.nightly());
        String yaml = ArgoYaml.writeAll(objects);
        assertThat(yaml).isEqualTo(ArgoYaml.write(objects.get(0)) + "---\n" + ArgoYaml.write(objects.get(1)));
        assertThat(ArgoYaml.readAll(yaml)).isEqualTo(objects);
        assertThat(ArgoYaml.readAll(yaml).get(1)).isInstanceOf(CronWorkflow.class);
    }

    @Test
    void readAllRejectsUnknownKinds() {
        assertThatThrownBy(() -> ArgoYaml.readAll("kind: Sensor\n"))
                .isInstanceOfSatisfying(ArgoFormatException.class, e -> assertThat(e.code())
                        .isEqualTo(ArgoFormatException.UNKNOWN_KIND));
    }

    @Test
    void fillsApiVersionAndKindWhenAbsent() {
        Workflow w = ArgoYaml.read("metadata: {name: w}\nspec: {entrypoint: main}\n", Workflow.class);
        assertThat(w.apiVersion()).isEqualTo("argoproj.io/v1alpha1");
        assertThat(w.kind()).isEqualTo("Workflow");
    }

    @Test
    void readsNestedStepsAndItems() {
        Template t = ArgoYaml.read("""
            name: main
            steps:
              - - name: a
                  template: t
                  withItems: [1, "two", {k: v}, [true]]
                - name: b
                  template: t
              - - name: c
                  template: t
            """, Template.class);
        assertThat(t.steps()).hasSize(2);
        assertThat(t.steps().get(0)).extracting(s -> s.name()).containsExactly("a", "b");
        assertThat(t.steps().get(0).get(0).withItems())
                .containsExactly(1, "two", java.util.Map.of("k", "v"), List.of(true));
    }
}

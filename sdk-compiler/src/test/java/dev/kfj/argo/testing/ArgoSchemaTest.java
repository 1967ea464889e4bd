package dev.kfj.argo.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArgoSchemaTest {

    private static final String VALID = """
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
        """;

    @Test
    void acceptsAValidWorkflow() {
        assertThat(ArgoSchema.violations(VALID)).isEmpty();
    }

    @Test
    void reportsEveryViolationWithItsJsonPath() {
        String bad = VALID.replace("entrypoint: main", "entrypoint: main\n  entrypiont: x")
                .replace("image: busybox", "image: busybox\n        imagex: 1");
        assertThat(ArgoSchema.violations(bad))
                .hasSize(2)
                .anySatisfy(v -> assertThat(v).startsWith("$.spec").contains("entrypiont"))
                .anySatisfy(v -> assertThat(v)
                        .startsWith("$.spec.templates[0].container")
                        .contains("imagex"));
        assertThatThrownBy(() -> ArgoSchema.assertValid(bad)).hasMessageStartingWith("2 schema violation(s):");
    }

    @Test
    void checksTheDefinitionOfTheDocumentsKind() {
        String cron = """
            apiVersion: argoproj.io/v1alpha1
            kind: CronWorkflow
            metadata: {name: c}
            spec:
              schedule: "* * * * *"
              workflowSpec: {entrypoint: main}
            """;
        assertThat(ArgoSchema.violations(cron)).isNotEmpty().anySatisfy(v -> assertThat(v)
                .contains("schedule"));
    }

    @Test
    void rejectsUnsupportedKinds() {
        assertThat(ArgoSchema.violations("kind: Sensor\n"))
                .containsExactly("$.kind: expected one of [Workflow, WorkflowTemplate,"
                        + " ClusterWorkflowTemplate, CronWorkflow] but was 'Sensor'");
    }
}

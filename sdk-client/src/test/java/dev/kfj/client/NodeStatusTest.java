package dev.kfj.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.client.internal.Json;
import org.junit.jupiter.api.Test;

class NodeStatusTest {

    @Test
    void derivesThePodNameLikeArgo() {
        // fnv32a("hello-world-x7k2p.say-hello") = 3957669111
        NodeStatus node = StatusFixtures.node("hello-world-x7k2p.say-hello", "say-hello");

        assertThat(node.podName("hello-world-x7k2p")).isEqualTo("hello-world-x7k2p-say-hello-3957669111");
    }

    @Test
    void theRootNodesPodIsTheWorkflow() {
        assertThat(StatusFixtures.node("wf", "main").podName("wf")).isEqualTo("wf");
    }

    @Test
    void aReferencedTemplateNamesThePod() {
        WorkflowStatus status = WorkflowStatus.of(Json.parse("""
                {"metadata":{"name":"wf"},"status":{"nodes":{"wf-1":{"name":"wf.a","templateName":"ignored",
                 "templateRef":{"name":"lib","template":"train"},"type":"Pod","phase":"Running"}}}}
                """));

        assertThat(status.nodes().get(0).templateName()).isEqualTo("train");
        assertThat(status.nodes().get(0).id()).isEqualTo("wf-1");
    }

    @Test
    void readsUnknownPhasesAndMissingFieldsLeniently() {
        WorkflowStatus status = WorkflowStatus.of(Json.parse("""
                {"metadata":{"name":"wf"},"status":{"phase":"Exploded","startedAt":"yesterday","finishedAt":null}}
                """));

        assertThat(status.phase()).isEqualTo(Phase.UNKNOWN);
        assertThat(status.startedAt()).isNull();
        assertThat(status.completed()).isFalse();
        assertThat(status.nodes()).isEmpty();
    }
}

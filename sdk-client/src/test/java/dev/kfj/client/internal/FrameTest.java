package dev.kfj.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameTest {

    @Test
    void decodesAServerSentEventWithItsTrailingSpace() {
        Frame frame = Frame.decode("data: {\"result\":{\"type\":\"ADDED\"}} ").orElseThrow();

        assertThat(frame).isInstanceOf(Frame.Result.class);
        assertThat(((Frame.Result) frame).value().path("type").asString()).isEqualTo("ADDED");
    }

    @Test
    void decodesANewlineDelimitedJsonLine() {
        Frame frame = Frame.decode("{\"result\":{\"content\":\"hello\",\"podName\":\"p\"}}").orElseThrow();

        assertThat(((Frame.Result) frame).value().path("content").asString()).isEqualTo("hello");
    }

    @Test
    void skipsKeepalivesBlankLinesAndOtherFields() {
        assertThat(Frame.decode(":")).isEmpty();
        assertThat(Frame.decode("")).isEmpty();
        assertThat(Frame.decode("   ")).isEmpty();
        assertThat(Frame.decode("event: message")).isEmpty();
        assertThat(Frame.decode("data: {\"result\":")).isEmpty();
    }

    @Test
    void decodesAnErrorFrame() {
        Frame frame = Frame.decode("data: {\"error\":{\"grpc_code\":8,\"http_code\":429,\"message\":\"watch closed\"}} ")
                .orElseThrow();

        assertThat(frame).isEqualTo(new Frame.Error(8, 429, "watch closed"));
    }
}

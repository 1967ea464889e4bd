package dev.kfj.client.internal;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One message of an Argo event or log stream, in either framing: server-sent events
 * ({@code data: {...}} lines, {@code :} keepalives, blank separators) or newline-delimited JSON.
 */
sealed interface Frame {
    /** A {@code {"result": ...}} message. */
    record Result(JsonNode value) implements Frame {}

    /** A {@code {"error": ...}} message: the server ended the stream with this error. */
    record Error(int grpcCode, int httpCode, String message) implements Frame {}

    /** The body ended. */
    record End() implements Frame {}

    /** Nothing arrived within the idle timeout. */
    record Idle() implements Frame {}

    /** The connection failed. */
    record Broken(Throwable cause) implements Frame {}

    /**
     * Decodes one line. Keepalives, blank lines, SSE fields other than {@code data} and lines
     * that are not JSON objects yield nothing.
     */
    static Optional<Frame> decode(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith(":")) {
            return Optional.empty();
        }
        if (text.startsWith("data:")) {
            text = text.substring("data:".length()).strip();
        }
        if (!text.startsWith("{")) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = Json.parse(text);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        JsonNode error = node.get("error");
        if (error != null && error.isObject()) {
            return Optional.of(new Error(error.path("grpc_code").asInt(0), error.path("http_code").asInt(0),
                    Json.str(error.path("message"))));
        }
        JsonNode result = node.get("result");
        return Optional.of(new Result(result != null ? result : node));
    }
}

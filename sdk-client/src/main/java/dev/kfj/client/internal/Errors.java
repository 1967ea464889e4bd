package dev.kfj.client.internal;

import dev.kfj.client.ArgoClientException;
import dev.kfj.client.ErrorKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Maps HTTP answers and gRPC status codes to {@link ArgoClientException}s with one-line messages. */
public final class Errors {
    private Errors() {}

    /** The kind of error an HTTP status stands for. */
    public static ErrorKind kindOfHttp(int status) {
        return switch (status) {
            case 400, 422 -> ErrorKind.INVALID;
            case 401 -> ErrorKind.UNAUTHENTICATED;
            case 403 -> ErrorKind.FORBIDDEN;
            case 404, 410 -> ErrorKind.NOT_FOUND;
            case 409 -> ErrorKind.CONFLICT;
            case 429 -> ErrorKind.RATE_LIMITED;
            case 408, 504 -> ErrorKind.TIMEOUT;
            default -> status >= 500 ? ErrorKind.SERVER : ErrorKind.INVALID;
        };
    }

    /** The HTTP status grpc-gateway uses for a gRPC code. */
    public static int httpOfGrpc(int grpcCode) {
        return switch (grpcCode) {
            case 0 -> 200;
            case 1 -> 408;
            case 3, 9, 11 -> 400;
            case 4 -> 504;
            case 5 -> 404;
            case 6, 10 -> 409;
            case 7 -> 403;
            case 8 -> 429;
            case 12 -> 501;
            case 14 -> 503;
            case 16 -> 401;
            default -> 500;
        };
    }

    /**
     * The exception for a non-2xx answer.
     *
     * @param status the HTTP status
     * @param body the response body, a google.rpc.Status ({@code {"code":5,"message":"..."}}) or anything
     * @param what what was attempted, e.g. {@code get workflow 'x'}
     * @param server where, e.g. {@code https://localhost:2746}
     * @param token the configured token, removed from the message should the server echo it
     */
    public static ArgoClientException fromResponse(int status, String body, String what, String server, String token) {
        String serverMessage = serverMessage(body);
        ErrorKind kind = kindOfHttp(status);
        String text = switch (kind) {
            case UNAUTHENTICATED -> "the Argo Server at " + server + " rejected the credentials (HTTP 401"
                    + suffix(serverMessage) + "); " + tokenHint(token);
            case FORBIDDEN -> "not allowed to " + what + " (HTTP 403" + suffix(serverMessage)
                    + "); the token's account needs RBAC permission for this namespace";
            default -> "cannot " + what + ": "
                    + (serverMessage.isEmpty() ? "the server answered HTTP " + status : serverMessage)
                    + " (HTTP " + status + ")";
        };
        return new ArgoClientException(kind, status, Redactor.clean(text, token));
    }

    /** The exception for an error frame inside a stream. */
    public static ArgoClientException fromStreamError(int grpcCode, int httpCode, String message, String what,
            String server, String token) {
        int status = httpCode > 0 ? httpCode : httpOfGrpc(grpcCode);
        if (status == 401 || status == 403) {
            return fromResponse(status, "{\"message\":" + Json.MAPPER.writeValueAsString(message) + "}",
                    what, server, token);
        }
        ErrorKind kind = status == 404 ? ErrorKind.NOT_FOUND : ErrorKind.STREAM;
        return new ArgoClientException(kind, status, Redactor.clean(
                "cannot " + what + ": the stream ended with an error: " + Json.firstLine(message)
                        + " (HTTP " + status + ")", token));
    }

    private static String tokenHint(String token) {
        if (token == null || token.isBlank()) {
            return "ARGO_TOKEN is not set: set it to the full Authorization value, e.g. the output of"
                    + " 'argo auth token' ('Bearer ...')";
        }
        if (!token.startsWith("Bearer ") && !token.startsWith("Basic ")) {
            return "ARGO_TOKEN has no 'Bearer ' or 'Basic ' prefix: it is sent verbatim as the Authorization header";
        }
        return "set ARGO_TOKEN to the full Authorization value, e.g. the output of 'argo auth token' ('Bearer ...')";
    }

    private static String suffix(String serverMessage) {
        return serverMessage.isEmpty() ? "" : ": " + serverMessage;
    }

    private static String serverMessage(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode node = Json.parse(body);
            String message = Json.str(node.path("message"));
            if (message.isEmpty()) {
                message = Json.str(node.path("error").path("message"));
            }
            return Json.firstLine(message);
        } catch (JacksonException e) {
            String line = Json.firstLine(body);
            return line.length() > 200 ? line.substring(0, 200) + "..." : line;
        }
    }
}

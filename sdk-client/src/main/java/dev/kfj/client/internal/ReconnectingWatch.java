package dev.kfj.client.internal;

import dev.kfj.client.ArgoClientException;
import dev.kfj.client.EventStream;
import dev.kfj.client.EventType;
import dev.kfj.client.ListOptions;
import dev.kfj.client.WatchEvent;
import dev.kfj.client.WorkflowStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import tools.jackson.databind.JsonNode;

/**
 * A watch on {@code /api/v1/workflow-events/{ns}} that survives cuts.
 *
 * <p>The first connection asks for resource version 0, so the server starts with the current
 * state. After an end of stream, an idle timeout, a broken connection or a retryable error frame
 * (ResourceExhausted, Unavailable, DeadlineExceeded, Canceled), it reconnects from the highest
 * resource version delivered; when the server no longer has that version (410 Gone, Aborted),
 * from 0 again. Events at or below a workflow's last delivered version are dropped, so nothing
 * arrives twice.
 *
 * <p>The server ends every watch after a while (Kubernetes' watch timeout) even when nothing
 * happened, so a stream that opened and then ended is never a failure: it is reopened, after a
 * growing pause if it keeps ending without news. Only consecutive failures to open count against
 * the retry policy.
 */
final class ReconnectingWatch implements EventStream<WatchEvent> {
    private final HttpTransport transport;
    private final String namespace;
    private final ListOptions options;
    private final String accept;
    private final String what;
    private final Map<String, Long> delivered = new HashMap<>();
    private long resumeFrom;
    private StreamSession session;
    private WatchEvent pending;
    private int failures;
    private int quietReconnects;
    private volatile boolean closed;

    ReconnectingWatch(HttpTransport transport, String namespace, ListOptions options, String accept, String what) {
        this.transport = transport;
        this.namespace = namespace;
        this.options = options;
        this.accept = accept;
        this.what = what;
    }

    @Override
    public boolean hasNext() {
        while (pending == null) {
            if (closed) {
                return false;
            }
            if (session == null) {
                connect();
                continue;
            }
            Frame frame = session.next(transport.config().streamIdleTimeout());
            if (frame instanceof Frame.Result result) {
                accept(result.value());
            } else if (frame instanceof Frame.Error error) {
                onError(error);
            } else {
                reconnect();
            }
        }
        return true;
    }

    @Override
    public WatchEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the watch is closed");
        }
        WatchEvent event = pending;
        pending = null;
        return event;
    }

    @Override
    public void close() {
        closed = true;
        StreamSession current = session;
        if (current != null) {
            current.close();
        }
    }

    private void connect() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("listOptions.labelSelector", options.labelSelector());
        query.put("listOptions.fieldSelector", options.fieldSelector());
        query.put("listOptions.resourceVersion", Long.toString(resumeFrom));
        try {
            session = transport.open("api/v1/workflow-events/" + HttpTransport.encode(namespace), query, accept, what);
            failures = 0;
            if (closed) {
                session.close();
            }
        } catch (ArgoClientException e) {
            boolean transientFailure = switch (e.kind()) {
                case CONNECTION, TIMEOUT, SERVER, RATE_LIMITED, STREAM -> true;
                default -> false;
            };
            if (!transientFailure) {
                throw e;
            }
            countFailure(e);
        }
    }

    private void accept(JsonNode result) {
        JsonNode object = result.path("object");
        if (!object.isObject()) {
            return;
        }
        EventType type = EventType.parse(Json.str(result.path("type")));
        WorkflowStatus status = WorkflowStatus.of(object);
        long version = version(status.resourceVersion());
        if (version >= 0) {
            Long seen = delivered.get(status.name());
            if (seen != null && version <= seen) {
                return;
            }
            delivered.put(status.name(), version);
            resumeFrom = Math.max(resumeFrom, version);
        }
        quietReconnects = 0;
        if (type == EventType.BOOKMARK) {
            return;
        }
        pending = new WatchEvent(type, status, object);
    }

    private void onError(Frame.Error error) {
        int http = error.httpCode() > 0 ? error.httpCode() : Errors.httpOfGrpc(error.grpcCode());
        boolean gone = http == 410 || error.grpcCode() == 10 || error.message().contains("too old resource version");
        if (gone) {
            resumeFrom = 0;
            reconnect();
            return;
        }
        boolean retryable = switch (error.grpcCode()) {
            case 1, 4, 8, 14 -> true;
            default -> http == 429 || http == 503 || http == 504;
        };
        if (!retryable) {
            close();
            throw Errors.fromStreamError(error.grpcCode(), error.httpCode(), error.message(), what,
                    transport.serverLabel(), transport.config().token());
        }
        reconnect();
    }

    /** Drops the current stream; the next {@link #hasNext()} opens another. */
    private void reconnect() {
        if (session != null) {
            session.close();
            session = null;
        }
        if (!closed) {
            quietReconnects++;
            if (quietReconnects > 1) {
                transport.pause(quietReconnects, what);
            }
        }
    }

    /** A failed open: retried with backoff until the retry policy runs out, then {@code cause} is thrown. */
    private void countFailure(ArgoClientException cause) {
        failures++;
        if (failures >= transport.config().retry().maxAttempts()) {
            close();
            throw cause;
        }
        transport.pause(failures + 1, what);
    }

    private static long version(String resourceVersion) {
        try {
            return Long.parseLong(resourceVersion);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

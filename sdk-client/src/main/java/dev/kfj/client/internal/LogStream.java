package dev.kfj.client.internal;

import dev.kfj.client.EventStream;
import dev.kfj.client.LogEntry;
import java.util.NoSuchElementException;

/**
 * The lines of {@code /api/v1/workflows/{ns}/{name}/log}, until the server ends the stream. A
 * silent stream is waited on; an error frame ends it with an exception.
 */
final class LogStream implements EventStream<LogEntry> {
    private final HttpTransport transport;
    private final StreamSession session;
    private final String what;
    private LogEntry pending;
    private volatile boolean closed;

    LogStream(HttpTransport transport, StreamSession session, String what) {
        this.transport = transport;
        this.session = session;
        this.what = what;
    }

    @Override
    public boolean hasNext() {
        while (pending == null) {
            if (closed) {
                return false;
            }
            Frame frame = session.next(transport.config().streamIdleTimeout());
            if (frame instanceof Frame.Result result) {
                pending = new LogEntry(Json.str(result.value().path("podName")), Json.str(result.value().path("content")));
            } else if (frame instanceof Frame.Error error) {
                close();
                throw Errors.fromStreamError(error.grpcCode(), error.httpCode(), error.message(), what,
                        transport.serverLabel(), transport.config().token());
            } else if (frame instanceof Frame.Idle) {
                continue;
            } else {
                close();
            }
        }
        return true;
    }

    @Override
    public LogEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the log stream has ended");
        }
        LogEntry entry = pending;
        pending = null;
        return entry;
    }

    @Override
    public void close() {
        closed = true;
        session.close();
    }
}

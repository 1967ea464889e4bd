package dev.kfj.client;

import java.util.Iterator;

/**
 * A blocking stream of events from the server: {@link #hasNext()} waits for the next one. Close
 * it to stop; closing from another thread wakes a waiting reader.
 *
 * @param <T> the event type
 */
public interface EventStream<T> extends Iterator<T>, AutoCloseable {
    /** Stops the stream and releases its connection. Never throws. */
    @Override
    void close();
}

package dev.kfj.client.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Receives a response body and queues its complete lines; a last line without its newline (a
 * stream cut mid-event) is dropped. The reader polls with a timeout, so a silent stream never
 * blocks it for ever, and {@link #cancel()} from any thread releases the connection.
 */
final class LineQueue implements HttpResponse.BodySubscriber<Void> {
    /** Marks the end of the body. */
    static final Object END = new Object();
    /** Returned by {@link #poll(Duration)} when nothing arrived in time. */
    static final Object IDLE = new Object();

    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;

    @Override
    public CompletionStage<Void> getBody() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (cancelled) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            while (buffer.hasRemaining()) {
                byte b = buffer.get();
                if (b == '\n') {
                    byte[] bytes = partial.toByteArray();
                    partial.reset();
                    int length = bytes.length;
                    if (length > 0 && bytes[length - 1] == '\r') {
                        length--;
                    }
                    queue.add(new String(bytes, 0, length, StandardCharsets.UTF_8));
                } else {
                    partial.write(b);
                }
            }
        }
    }

    @Override
    public void onError(Throwable error) {
        queue.add(error);
    }

    @Override
    public void onComplete() {
        queue.add(END);
    }

    /** The next line, {@link #END}, a {@link Throwable}, or {@link #IDLE} after {@code timeout}. */
    Object poll(Duration timeout) throws InterruptedException {
        Object item = queue.poll(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        return item == null ? IDLE : item;
    }

    /** Every remaining line, for an error body; waits at most {@code timeout} for the end. */
    String drain(Duration timeout) throws InterruptedException {
        StringBuilder out = new StringBuilder();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Object item = left <= 0 ? IDLE : poll(Duration.ofNanos(left));
            if (item instanceof String line) {
                out.append(line).append('\n');
            } else {
                break;
            }
        }
        out.append(partial.toString(StandardCharsets.UTF_8));
        return out.toString();
    }

    /** Stops the body and wakes a waiting reader. */
    void cancel() {
        cancelled = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        queue.add(END);
    }
}

package dev.kfj.client.internal;

import java.time.Duration;

/** One open stream: yields decoded frames until its body ends. */
public final class StreamSession implements AutoCloseable {
    private final LineQueue lines;

    StreamSession(LineQueue lines) {
        this.lines = lines;
    }

    /**
     * The next frame: a result, an error, the end, {@link Frame.Idle} when nothing (not even a
     * keepalive) arrived within {@code idle}, or {@link Frame.Broken}.
     */
    Frame next(Duration idle) {
        while (true) {
            Object item;
            try {
                item = lines.poll(idle);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Frame.End();
            }
            if (item == LineQueue.IDLE) {
                return new Frame.Idle();
            }
            if (item == LineQueue.END) {
                return new Frame.End();
            }
            if (item instanceof Throwable error) {
                return new Frame.Broken(error);
            }
            var frame = Frame.decode((String) item);
            if (frame.isPresent()) {
                return frame.get();
            }
        }
    }

    /** Stops the stream. */
    @Override
    public void close() {
        lines.cancel();
    }
}

package dev.kfj.client.kube;

import dev.kfj.client.ArgoClientException;
import dev.kfj.client.ErrorKind;
import dev.kfj.client.EventStream;
import dev.kfj.client.EventType;
import dev.kfj.client.ListOptions;
import dev.kfj.client.WatchEvent;
import dev.kfj.client.WorkflowStatus;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.LinkedBlockingQueue;
import tools.jackson.databind.JsonNode;

/**
 * A Kubernetes watch as an {@link EventStream}: the current objects first (as ADDED), then every
 * change from their resource version. fabric8 reconnects by itself; events at or below a
 * workflow's last delivered version are dropped.
 */
final class KubeWatch implements EventStream<WatchEvent> {
    private static final Object CLOSED = new Object();

    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Map<String, Long> delivered = new HashMap<>();
    private final KubeArgoClient client;
    private final Watch watch;
    private WatchEvent pending;
    private volatile boolean closed;

    KubeWatch(KubeArgoClient client, ListOptions options) {
        this.client = client;
        GenericKubernetesResourceList current = client.listForWatch(options);
        for (GenericKubernetesResource item : current.getItems()) {
            queue.add(new Object[] {Watcher.Action.ADDED, item});
        }
        String version = current.getMetadata() == null ? null : current.getMetadata().getResourceVersion();
        this.watch = client.startWatch(options, version, new Watcher<>() {
            @Override
            public void eventReceived(Action action, GenericKubernetesResource resource) {
                queue.add(new Object[] {action, resource});
            }

            @Override
            public void onClose(WatcherException cause) {
                queue.add(cause != null ? cause : CLOSED);
            }

            @Override
            public void onClose() {
                queue.add(CLOSED);
            }
        });
    }

    @Override
    public boolean hasNext() {
        while (pending == null) {
            if (closed) {
                return false;
            }
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (item == CLOSED) {
                closed = true;
                return false;
            }
            if (item instanceof WatcherException e) {
                close();
                throw new ArgoClientException(ErrorKind.STREAM, 0, "the watch through the Kubernetes API ended: "
                        + e.getMessage());
            }
            Object[] event = (Object[]) item;
            Watcher.Action action = (Watcher.Action) event[0];
            if (action == Watcher.Action.ERROR || action == Watcher.Action.BOOKMARK) {
                continue;
            }
            JsonNode object = client.toJson((GenericKubernetesResource) event[1]);
            WorkflowStatus status = WorkflowStatus.of(object);
            long version = version(status.resourceVersion());
            Long seen = delivered.get(status.name());
            if (version >= 0 && seen != null && version <= seen && action != Watcher.Action.DELETED) {
                continue;
            }
            if (version >= 0) {
                delivered.put(status.name(), Math.max(version, seen == null ? -1 : seen));
            }
            pending = new WatchEvent(EventType.parse(action.name()), status, object);
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
        watch.close();
        queue.add(CLOSED);
    }

    private static long version(String resourceVersion) {
        try {
            return Long.parseLong(resourceVersion);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

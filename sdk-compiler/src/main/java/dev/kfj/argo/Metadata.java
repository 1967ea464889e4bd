package dev.kfj.argo;

import dev.kfj.argo.internal.Maps;
import java.util.Map;

/**
 * Labels and annotations Argo puts on the pods it creates.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.Metadata}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param labels pod labels
 * @param annotations pod annotations
 */
public record Metadata(Map<String, String> labels, Map<String, String> annotations) {

    /** Normalises absent collections to empty, immutable ones; maps get a stable order. */
    public Metadata {
        labels = Maps.ordered(labels);
        annotations = Maps.ordered(annotations);
    }
}

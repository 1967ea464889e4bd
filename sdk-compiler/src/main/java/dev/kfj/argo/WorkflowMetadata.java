package dev.kfj.argo;

import dev.kfj.argo.internal.Maps;
import java.util.Map;

/**
 * Labels and annotations Argo puts on the workflow object itself.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.WorkflowMetadata}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param labels workflow labels
 * @param annotations workflow annotations
 * @param labelsFrom labels computed from expressions
 */
public record WorkflowMetadata(
        Map<String, String> labels, Map<String, String> annotations, Map<String, LabelValueFrom> labelsFrom) {

    /** Normalises absent collections to empty, immutable ones; maps get a stable order. */
    public WorkflowMetadata {
        labels = Maps.ordered(labels);
        annotations = Maps.ordered(annotations);
        labelsFrom = Maps.ordered(labelsFrom);
    }
}

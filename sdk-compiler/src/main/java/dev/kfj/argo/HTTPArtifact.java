package dev.kfj.argo;

import java.util.List;

/**
 * An artifact fetched from (or sent to) a URL.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.HTTPArtifact}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param url the URL (required)
 * @param headers request headers
 * @param saveStreamViaFile whether to buffer uploads in a file
 */
public record HTTPArtifact(String url, List<Header> headers, Boolean saveStreamViaFile) {

    /** Normalises absent collections to empty, immutable ones; maps get a stable order. */
    public HTTPArtifact {
        headers = headers == null ? List.of() : List.copyOf(headers);
    }
}

package dev.kfj.client;

import java.util.Objects;

/**
 * Which objects to list or watch, and how many at a time.
 *
 * <p>The Argo Server accepts only these field selectors: {@code metadata.name} and
 * {@code metadata.namespace} with {@code =}, {@code ==} or {@code !=}, and
 * {@code spec.startedAt>} / {@code spec.startedAt<} with an RFC 3339 time.
 *
 * @param labelSelector a Kubernetes label selector, e.g. {@code kfj.dev/pipeline=iris}; default empty
 * @param fieldSelector a field selector as above; default empty
 * @param limit the page size, 0 (the default) for the server's default
 * @param continueToken the token of the page to read, from {@link WorkflowList#continueToken()};
 *     default empty for the first page
 */
public record ListOptions(String labelSelector, String fieldSelector, int limit, String continueToken) {

    /** Normalises absent values to empty. */
    public ListOptions {
        labelSelector = Objects.requireNonNullElse(labelSelector, "");
        fieldSelector = Objects.requireNonNullElse(fieldSelector, "");
        continueToken = Objects.requireNonNullElse(continueToken, "");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
    }

    /** Everything, first page. */
    public static ListOptions all() {
        return new ListOptions("", "", 0, "");
    }

    /** A copy with a label selector. */
    public ListOptions withLabelSelector(String value) {
        return new ListOptions(value, fieldSelector, limit, continueToken);
    }

    /** A copy with a field selector. */
    public ListOptions withFieldSelector(String value) {
        return new ListOptions(labelSelector, value, limit, continueToken);
    }

    /** A copy with a page size. */
    public ListOptions withLimit(int value) {
        return new ListOptions(labelSelector, fieldSelector, value, continueToken);
    }

    /** A copy for the page {@code token} names. */
    public ListOptions withContinue(String value) {
        return new ListOptions(labelSelector, fieldSelector, limit, value);
    }
}

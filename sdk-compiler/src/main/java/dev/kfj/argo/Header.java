package dev.kfj.argo;

/**
 * An HTTP header.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.Header}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param name the header name
 * @param value the header value
 */
public record Header(String name, String value) {}

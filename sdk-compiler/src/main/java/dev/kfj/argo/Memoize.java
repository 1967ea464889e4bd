package dev.kfj.argo;

/**
 * Caches a template's outputs under a key.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.Memoize}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param key the cache key (required)
 * @param cache the cache (required)
 * @param maxAge the maximum age of an entry (required)
 */
public record Memoize(String key, Cache cache, String maxAge) {}

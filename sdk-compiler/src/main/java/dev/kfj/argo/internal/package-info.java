/**
 * Helpers behind the Argo model records; no compatibility promise.
 *
 * <p>Key types: {@link dev.kfj.argo.internal.Maps} (deterministic, immutable map copies).
 */
package dev.kfj.argo.internal;

/**
 * The machinery behind {@link dev.kfj.client.ArgoClient}: HTTP calls with timeouts and retries,
 * the two stream framings, reconnecting watches and status parsing. No compatibility promise.
 *
 * <p>Key types: {@link dev.kfj.client.internal.RestArgoClient},
 * {@link dev.kfj.client.internal.HttpTransport}, {@link dev.kfj.client.internal.StatusParser},
 * {@link dev.kfj.client.internal.Errors}.
 */
package dev.kfj.client.internal;

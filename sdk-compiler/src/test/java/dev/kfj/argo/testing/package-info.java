/**
 * Test helpers shared with other modules through sdk-compiler's test-jar.
 *
 * <p>Key types: {@link dev.kfj.argo.testing.Golden} (byte-for-byte golden files with a re-bless
 * switch) and {@link dev.kfj.argo.testing.ArgoSchema} (validation against Argo's strict schema).
 */
package dev.kfj.argo.testing;

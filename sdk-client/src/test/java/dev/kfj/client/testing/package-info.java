/**
 * Test support: {@link dev.kfj.client.testing.FakeArgoServer}, an in-process stand-in for the
 * Argo Server with fault injection, and {@link dev.kfj.client.testing.Script}, which drives its
 * workflows through their phases.
 */
package dev.kfj.client.testing;

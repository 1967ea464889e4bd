/**
 * DSL internals with no compatibility promise: call-site capture ({@link dev.kfj.dsl.internal.Callers})
 * and the text form of parameter values ({@link dev.kfj.dsl.internal.ValueCodec}).
 */
package dev.kfj.dsl.internal;

/**
 * The kfj pipeline DSL: define typed components and wire them into a pipeline.
 *
 * <h2>In five minutes</h2>
 * <pre>{@code
 * public final class HelloPipeline implements PipelineDefinition {
 *     static final Input<String> WHO = Input.string("who");
 *     static final Output<String> GREETING = Output.string("greeting");
 *
 *     static final Component GREET = Component.container("greet")
 *             .image("alpine:3.20")
 *             .inputs(WHO)
 *             .outputs(GREETING)
 *             .command("sh", "-c")
 *             .args(Arg.concat("echo hello ", WHO, " | tee ", GREETING))
 *             .build();
 *
 *     public Pipeline define() {
 *         Pipeline.Builder p = Pipeline.builder("hello").description("Says hello.");
 *         Param<String> who = p.param(Params.string("who").withDefault("world"));
 *         Step greet = p.step(GREET.with(WHO, who));
 *         return p.build();
 *     }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@link dev.kfj.dsl.Component} — a reusable unit with typed {@link dev.kfj.dsl.Input}s and
 *       {@link dev.kfj.dsl.Output}s; one Argo template each.</li>
 *   <li>{@link dev.kfj.dsl.Pipeline.Builder} — registers {@link dev.kfj.dsl.Param}s and adds
 *       {@link dev.kfj.dsl.Step}s from inert {@link dev.kfj.dsl.Call}s.</li>
 *   <li>{@link dev.kfj.dsl.Ref} — a run-time value (parameter or step output); its type argument lets
 *       javac reject a {@code Model} wired into a {@code Dataset} input.</li>
 *   <li>{@link dev.kfj.dsl.DataType} — the types kfj carries: text, numbers, booleans, enums, lists
 *       and maps as JSON, and artifacts from {@link dev.kfj.dsl.artifact}.</li>
 *   <li>{@link dev.kfj.dsl.PipelineDefinition} — what {@code kfj compile} looks for.</li>
 * </ul>
 *
 * <h2>Control flow</h2>
 * <pre>{@code
 * p.when(Cond.eq(flip.output(SIDE), "heads"), s -> s.step(HEADS.call()))
 *  .orElse(s -> s.step(TAILS.call()));
 * Collected<Integer> squares = p.loop(List.of(1, 2, 3)).parallelism(2)
 *         .collect((s, n) -> s.step(SQUARE.with(X, n)).output(SQUARED));
 * p.exitHandler(status -> NOTIFY.with(PHASE, status.phase()), s -> s.step(TRAIN.call()));
 * p.onExit(status -> REPORT.with(PHASE, status.phase()).with(FAILURES, status.failures()));
 * p.step(ALERT.call().after(train).trigger(Trigger.ANY_FAILED));
 * }</pre>
 * <ul>
 *   <li>{@link dev.kfj.dsl.Scope} — where steps go: the pipeline or a group's body;
 *       {@link dev.kfj.dsl.Cond} and {@link dev.kfj.dsl.Branch} for conditions,
 *       {@link dev.kfj.dsl.ForEach}, {@link dev.kfj.dsl.Item} and {@link dev.kfj.dsl.Collected} for
 *       loops and fan-in, {@link dev.kfj.dsl.RunStatus} for exit handlers, {@link dev.kfj.dsl.Group}
 *       for what they make, {@link dev.kfj.dsl.Trigger} for failure policies.</li>
 *   <li>{@link dev.kfj.dsl.PipelineComponent} — a pipeline used as a step, or calling itself;
 *       {@link dev.kfj.dsl.TemplateRefComponent} — a template stored in the cluster.</li>
 *   <li>{@link dev.kfj.dsl.Settings} (with {@link dev.kfj.dsl.Retry} and {@link dev.kfj.dsl.Mount}) —
 *       how a step runs; {@link dev.kfj.dsl.RunOptions} and {@link dev.kfj.dsl.Schedule} — how a
 *       run does.</li>
 * </ul>
 */
package dev.kfj.dsl;

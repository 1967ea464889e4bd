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
 */
package dev.kfj.dsl;

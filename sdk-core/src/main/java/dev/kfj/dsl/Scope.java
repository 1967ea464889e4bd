package dev.kfj.dsl;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where steps are added: the pipeline itself or the body of a condition, loop or exit handler.
 * {@link Pipeline.Builder} is the top-level scope; bodies receive the scope to add their steps to.
 *
 * <pre>{@code
 * p.when(Cond.eq(flip.output(SIDE), "heads"), s -> s.step(HEADS.call()))
 *  .orElse(s -> s.step(TAILS.call()));
 * p.loop(List.of("a", "b")).parallelism(1).forEach((s, letter) -> s.step(ECHO.with(TEXT, letter)));
 * }</pre>
 */
public interface Scope {

    /** Adds a step applying {@code call}; its name is the call's explicit name or the component's. */
    Step step(Call call);

    /** Adds a step named {@code name} applying {@code call}. */
    Step step(String name, Call call);

    /**
     * Runs the steps {@code body} adds only when {@code condition} holds. Chain
     * {@link Branch#orElseWhen} and {@link Branch#orElse} for the other cases.
     */
    Branch when(Cond condition, Consumer<Scope> body);

    /** A loop over items known now: scalars, records or maps (carried as JSON objects). */
    <T> ForEach<T> loop(List<T> items);

    /** A loop over a list known only at run time: a list parameter or a list output of a step. */
    <T> ForEach<T> loop(Ref<? extends List<T>> items);

    /**
     * Runs the steps {@code body} adds, then the step {@code handler} makes, whatever the outcome of
     * the body; the handler learns the body's final status.
     */
    Group exitHandler(Function<RunStatus, Call> handler, Consumer<Scope> body);

    /** Fan-in: every iteration's value of an output of a step inside a loop, as one list. */
    <T> Collected<T> collect(OutputRef<T> output);
}

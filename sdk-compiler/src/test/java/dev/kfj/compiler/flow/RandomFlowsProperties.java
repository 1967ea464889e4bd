package dev.kfj.compiler.flow;

import static dev.kfj.compiler.flow.Flows.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.DAGTask;
import dev.kfj.argo.Template;
import dev.kfj.argo.Workflow;
import dev.kfj.compiler.CompileOptions;
import dev.kfj.compiler.CompiledPipeline;
import dev.kfj.dsl.Cond;
import dev.kfj.dsl.OutputRef;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.Scope;
import dev.kfj.dsl.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random pipelines of nested conditions, loops and exit handlers whose steps read outputs visible
 * to them: they compile, deterministically, and every reference in every DAG resolves within it.
 */
class RandomFlowsProperties {
    private static final Pattern TASK_REF = Pattern.compile("\\{\\{tasks\\.([a-z0-9-]+)\\.");
    private static final Pattern TASK_EXPR = Pattern.compile("tasks\\['([a-z0-9-]+)'\\]");
    private static final Pattern INPUT_REF = Pattern.compile("inputs\\.parameters(?:\\.|\\[')([-a-zA-Z0-9_]+)");

    @Property(tries = 60)
    void randomNestedFlowsCompileAndResolve(@ForAll long seed) {
        Pipeline first = build(seed);
        CompiledPipeline a = compile(first, CompileOptions.DEFAULTS);
        CompiledPipeline b = compile(build(seed), CompileOptions.DEFAULTS);
        assertThat(a.yaml()).isEqualTo(b.yaml());
        Workflow wf = (Workflow) a.resource();
        for (Template t : wf.spec().templates()) {
            if (t.dag() == null) continue;
            Set<String> local = new HashSet<>();
            t.dag().tasks().forEach(task -> local.add(task.name()));
            Set<String> inputs = new HashSet<>();
            if (t.inputs() != null) t.inputs().parameters().forEach(p -> inputs.add(p.name()));
            for (DAGTask task : t.dag().tasks()) {
                List<String> texts = new ArrayList<>();
                if (task.arguments() != null) task.arguments().parameters().forEach(p -> texts.add(p.value()));
                if (task.when() != null) texts.add(task.when());
                if (task.withParam() != null) texts.add(task.withParam());
                for (String text : texts) {
                    for (Pattern pattern : List.of(TASK_REF, TASK_EXPR)) {
                        Matcher m = pattern.matcher(text);
                        while (m.find()) assertThat(local).as(t.name() + ": " + text).contains(m.group(1));
                    }
                    Matcher in = INPUT_REF.matcher(text);
                    while (in.find()) assertThat(inputs).as(t.name() + ": " + text).contains(in.group(1));
                }
            }
        }
    }

    private static Pipeline build(long seed) {
        Random random = new Random(seed);
        Pipeline.Builder p = Pipeline.builder("random");
        int[] counter = {0};
        body(p, p, random, new ArrayList<>(), 0, counter);
        return p.build();
    }

    /** Adds a few steps and groups to {@code scope}; {@code visible} are outputs readable here. */
    private static void body(Pipeline.Builder p, Scope scope, Random random, List<OutputRef<Integer>> visible, int depth,
                             int[] counter) {
        List<OutputRef<Integer>> mine = new ArrayList<>(visible);
        int items = 1 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
            int kind = depth >= 3 ? 0 : random.nextInt(5);
            switch (kind) {
                case 0, 1 -> {
                    Step s = mine.isEmpty() || random.nextBoolean()
                            ? scope.step("s" + counter[0]++, SQUARE_IT.with(N, random.nextInt(9)))
                            : scope.step("s" + counter[0]++, SQUARE_IT.with(N, mine.get(random.nextInt(mine.size()))));
                    mine.add(s.output(SQUARE));
                }
                case 2 -> {
                    List<OutputRef<Integer>> seen = List.copyOf(mine);
                    Cond cond = seen.isEmpty() ? Cond.gt(
                            scope.step("c" + counter[0]++, SQUARE_IT.with(N, 2)).output(SQUARE), 1)
                            : Cond.gt(seen.get(random.nextInt(seen.size())), random.nextInt(5));
                    scope.when(cond, s -> body(p, s, random, seen, depth + 1, counter));
                }
                case 3 -> {
                    List<OutputRef<Integer>> seen = List.copyOf(mine);
                    scope.loop(List.of(1, 2)).forEach((s, item) -> {
                        Step first = s.step("l" + counter[0]++, SQUARE_IT.with(N, item));
                        List<OutputRef<Integer>> inner = new ArrayList<>(seen);
                        inner.add(first.output(SQUARE));
                        body(p, s, random, inner, depth + 1, counter);
                    });
                }
                default -> {
                    List<OutputRef<Integer>> seen = List.copyOf(mine);
                    List<OutputRef<Integer>> exported = new ArrayList<>();
                    scope.exitHandler(status -> ECHO.with(TEXT, status.phase()), s -> {
                        Step g = s.step("g" + counter[0]++, SQUARE_IT.with(N, seen.isEmpty() ? 1 : 2));
                        exported.add(g.output(SQUARE));
                        body(p, s, random, seen, depth + 1, counter);
                    });
                    mine.addAll(exported);
                }
            }
        }
    }
}

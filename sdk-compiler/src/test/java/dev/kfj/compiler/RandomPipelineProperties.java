package dev.kfj.compiler;

import static dev.kfj.compiler.Fixtures.DATA;
import static dev.kfj.compiler.Fixtures.ECHO;
import static dev.kfj.compiler.Fixtures.ECHOED;
import static dev.kfj.compiler.Fixtures.FETCH;
import static dev.kfj.compiler.Fixtures.FIT;
import static dev.kfj.compiler.Fixtures.RAW;
import static dev.kfj.compiler.Fixtures.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kfj.argo.DAGTask;
import dev.kfj.argo.Parameter;
import dev.kfj.argo.Template;
import dev.kfj.argo.Workflow;
import dev.kfj.argo.testing.ArgoSchema;
import dev.kfj.argo.yaml.ArgoYaml;
import dev.kfj.dsl.Call;
import dev.kfj.dsl.Param;
import dev.kfj.dsl.Params;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of compiling random pipelines: the compiler's guarantees hold for every graph shape. */
class RandomPipelineProperties {
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern TASK_REF = Pattern.compile("\\{\\{tasks\\.([^.}]+)\\.outputs\\.");
    private static final Pattern PARAM_REF = Pattern.compile("\\{\\{workflow\\.parameters\\.([^}]+)}}");

    /** A random pipeline of {@code size} steps wired only backwards, so it is always valid. */
    static Pipeline randomPipeline(long seed, int size) {
        Random random = new Random(seed);
        Pipeline.Builder p = Pipeline.builder("random-" + Long.toHexString(seed & 0xffff));
        List<Param<String>> params = new ArrayList<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            params.add(p.param(Params.string("param_" + i).withDefault("v" + i)));
        }
        List<Step> texts = new ArrayList<>();
        List<Step> datasets = new ArrayList<>();
        List<Step> all = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String name = (random.nextBoolean() ? "stepNumber" : "step_number_") + i;
            Step step;
            int kind = random.nextInt(3);
            if (kind == 0 && !datasets.isEmpty()) {
                step = p.step(FIT.with(DATA, pick(random, datasets).output(RAW)).named(name));
            } else if (kind == 1) {
                step = p.step(withText(FETCH.call(), random, params, texts).named(name));
                datasets.add(step);
            } else {
                step = p.step(withText(ECHO.call(), random, params, texts).named(name));
                texts.add(step);
            }
            if (!all.isEmpty() && random.nextInt(4) == 0) {
                Step before = pick(random, all);
                step = replaceWithAfter(p, step, before);
            }
            all.add(step);
        }
        return p.build();
    }

    private static Step replaceWithAfter(Pipeline.Builder p, Step step, Step before) {
        // Steps are immutable: express the extra ordering on a new follower step instead.
        return p.step(ECHO.with(TEXT, "after").after(before, step).named(step.name() + "-then"));
    }

    private static Call withText(Call call, Random random, List<Param<String>> params, List<Step> texts) {
        if (!texts.isEmpty() && random.nextBoolean()) return call.with(TEXT, pick(random, texts).output(ECHOED));
        if (!params.isEmpty() && random.nextBoolean()) return call.with(TEXT, pick(random, params));
        return call.with(TEXT, "literal " + random.nextInt(1000));
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @Property(tries = 200)
    void compilesDeterministicallyAndReadsBackEqual(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int size)
            throws Exception {
        Pipeline pipeline = randomPipeline(seed, size);
        CompiledPipeline first = PipelineCompiler.compile(pipeline);
        CompiledPipeline second = PipelineCompiler.compile(randomPipeline(seed, size));
        assertThat(second.yaml()).isEqualTo(first.yaml());
        assertThat(ArgoYaml.read(first.yaml(), Workflow.class)).isEqualTo(first.resource());
    }

    @Property(tries = 200)
    void everyReferenceResolvesNamesAreUniqueDnsLabelsAndTheGraphIsAcyclic(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int size) throws Exception {
        Workflow wf = (Workflow) PipelineCompiler.compile(randomPipeline(seed, size)).resource();
        Set<String> templates = new HashSet<>();
        for (Template t : wf.spec().templates()) {
            assertThat(templates.add(t.name())).as("template %s unique", t.name()).isTrue();
            assertThat(t.name()).matches(DNS_LABEL).hasSizeLessThanOrEqualTo(63);
        }
        Set<String> declared = new HashSet<>();
        wf.spec().arguments().parameters().forEach(p -> declared.add(p.name()));
        Template root = wf.spec().templates().get(0);
        assertThat(root.name()).isEqualTo(wf.spec().entrypoint());
        Map<String, List<String>> depends = new HashMap<>();
        for (DAGTask task : root.dag().tasks()) {
            assertThat(depends.containsKey(task.name())).as("task %s unique", task.name()).isFalse();
            assertThat(task.name()).matches(DNS_LABEL).hasSizeLessThanOrEqualTo(63);
            assertThat(templates).contains(task.template());
            List<String> deps = task.depends() == null ? List.of() : List.of(task.depends().split(" && "));
            depends.put(task.name(), deps);
            List<String> values = new ArrayList<>();
            if (task.arguments() != null) {
                task.arguments().parameters().stream().map(Parameter::value).forEach(values::add);
                task.arguments().artifacts().forEach(a -> values.add(a.from()));
            }
            for (String value : values) {
                Matcher m = TASK_REF.matcher(value);
                while (m.find()) assertThat(deps).as("%s reads %s", task.name(), m.group(1)).contains(m.group(1));
                Matcher pm = PARAM_REF.matcher(value);
                while (pm.find()) assertThat(declared).contains(pm.group(1));
            }
        }
        assertThat(topologicalOrder(depends)).hasSize(depends.size());
    }

    @Property(tries = 25)
    void compiledRandomPipelinesPassTheStrictSchema(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int size)
            throws Exception {
        ArgoSchema.assertValid(PipelineCompiler.compile(randomPipeline(seed, size)).yaml());
    }

    private static List<String> topologicalOrder(Map<String, List<String>> depends) {
        List<String> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Map.Entry<String, List<String>> e : depends.entrySet()) {
                if (!done.contains(e.getKey()) && done.containsAll(e.getValue())) {
                    done.add(e.getKey());
                    order.add(e.getKey());
                    progress = true;
                }
            }
        }
        return order;
    }
}

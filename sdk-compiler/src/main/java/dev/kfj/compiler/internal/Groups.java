package dev.kfj.compiler.internal;

import dev.kfj.compiler.ErrorCode;
import dev.kfj.dsl.Cond;
import dev.kfj.dsl.DataType;
import dev.kfj.dsl.Group;
import dev.kfj.dsl.Item;
import dev.kfj.dsl.OutputRef;
import dev.kfj.dsl.Pipeline;
import dev.kfj.dsl.Ref;
import dev.kfj.dsl.RunValue;
import dev.kfj.dsl.SourceLocation;
import dev.kfj.dsl.Step;
import dev.kfj.dsl.internal.ValueCodec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names and plans the condition, loop and exit-handler groups of a pipeline, and checks that
 * every value is read where it exists (loop items inside their loop, branch outputs inside their
 * branch, the run status in exit handlers).
 */
final class Groups {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final Pipeline pipeline;
    private final Problems problems;
    private final Map<Group, String> names = new IdentityHashMap<>();
    private final Map<Group, Plan.PlannedGroup> planned = new IdentityHashMap<>();
    private final List<Plan.PlannedGroup> order = new ArrayList<>();

    private final String prefix;

    Groups(Pipeline pipeline, Problems problems, String prefix) {
        this.pipeline = pipeline;
        this.problems = problems;
        this.prefix = prefix;
    }

    /** Chooses each group's task and template name: explicit, or {@code condition-N}, {@code for-each-N}, {@code exit-handler-N}. */
    void name(Set<String> taskNames, Set<String> templateNames, String entrypoint) {
        Set<String> taken = new HashSet<>(taskNames);
        taken.addAll(templateNames);
        taken.add(entrypoint);
        taken.add(entrypoint + "-on-exit");
        int n = 0;
        for (Group group : pipeline.groups()) {
            n++;
            String name;
            if (group.name().isPresent()) {
                name = Names.sanitize(group.name().get());
                if (name.isEmpty() || !taken.add(name)) {
                    problems.error(ErrorCode.DUPLICATE_STEP, group.location(), "group name '" + group.name().get()
                            + "' is empty or already used by a step, component or group", "choose another name");
                }
            } else {
                String base = prefix + switch (group.kind()) {
                    case CONDITION -> "condition-";
                    case LOOP -> "for-each-";
                    case EXIT_HANDLER -> "exit-handler-";
                };
                int k = n;
                while (!taken.add(base + k)) k++;
                name = base + k;
            }
            names.put(group, name);
        }
    }

    /** Plans one group; parents are planned before their children. */
    void plan(Group group, Analyzer analyzer) {
        Plan.PlannedGroup parent = group.parent().map(planned::get).orElse(null);
        String name = names.get(group);
        Analyzer.Site site = Analyzer.Site.of(group.parent().orElse(null));
        Set<String> depends = new LinkedHashSet<>();
        Plan.Condition condition = null;
        Plan.Value items = null;
        List<Object> literal = null;
        Plan.PlannedTask handler = null;
        switch (group.kind()) {
            case CONDITION -> condition = condition(group.condition().orElseThrow(), analyzer, group.location(), depends, site);
            case LOOP -> {
                if (group.literalItems().isPresent()) {
                    literal = literalItems(group);
                } else {
                    Ref<?> ref = group.itemsRef().orElseThrow();
                    Analyzer.Typed typed = analyzer.resolveRef(ref, null, group.location(), "the loop", depends, site);
                    if (typed != null && typed.type() != null && typed.type().kind() != DataType.Kind.LIST) {
                        problems.error(ErrorCode.NOT_A_LIST, group.location(), "the loop runs over " + ref.describe()
                                + ", which is " + typed.type().describe() + ", not a list", "loop over a List value");
                    } else if (typed != null) {
                        items = typed.value();
                    }
                }
            }
            case EXIT_HANDLER -> handler = analyzer.planTask(null, group.handler().orElseThrow(),
                    Names.sanitize(group.handler().get().name().orElse(group.handler().get().component().name())),
                    parent, Analyzer.Site.handler(group));
        }
        Plan.PlannedGroup result = new Plan.PlannedGroup(name, group, parent, condition, items, literal, handler,
                List.copyOf(depends));
        planned.put(group, result);
        order.add(result);
    }

    private List<Object> literalItems(Group group) {
        List<?> items = group.literalItems().orElseThrow();
        if (items.isEmpty()) {
            problems.error(ErrorCode.EMPTY_GROUP, group.location(), "the loop runs over an empty list",
                    "give it at least one item, or drop the loop");
        }
        try {
            String json = JSON.writeValueAsString(items);
            @SuppressWarnings("unchecked")
            List<Object> parsed = JSON.readValue(json, List.class);
            return parsed;
        } catch (RuntimeException e) {
            problems.error(ErrorCode.INVALID_VALUE, group.location(), "the loop's items cannot be written as JSON: "
                    + e.getMessage(), "loop over strings, numbers, booleans, lists, maps or records of them");
            return List.of();
        }
    }

    private Plan.Condition condition(Cond cond, Analyzer analyzer, SourceLocation at, Set<String> depends, Analyzer.Site site) {
        if (cond instanceof Cond.All all) {
            return new Plan.All(all.conditions().stream().map(c -> condition(c, analyzer, at, depends, site)).toList());
        }
        if (cond instanceof Cond.Any any) {
            return new Plan.Any(any.conditions().stream().map(c -> condition(c, analyzer, at, depends, site)).toList());
        }
        if (cond instanceof Cond.Not not) {
            return new Plan.Not(condition(not.condition(), analyzer, at, depends, site));
        }
        Cond.Compare cmp = (Cond.Compare) cond;
        Analyzer.Typed left = operand(cmp.left(), analyzer, at, depends, site);
        Analyzer.Typed right = operand(cmp.right(), analyzer, at, depends, site);
        if (left == null || right == null) return new Plan.All(List.of());
        boolean ordering = cmp.op() != Cond.Op.EQ && cmp.op() != Cond.Op.NE;
        boolean numeric = isNumeric(left.type(), right.type()) && isNumeric(right.type(), left.type());
        for (Analyzer.Typed side : List.of(left, right)) {
            if (side.type() != null && side.type().isArtifact()) {
                problems.error(ErrorCode.INVALID_CONDITION, at, "a condition compares an artifact",
                        "compare parameters: numbers, text, booleans or enums");
            }
        }
        if (ordering && !numeric) {
            problems.error(ErrorCode.INVALID_CONDITION, at, "a condition orders values with '" + cmp.op().symbol()
                    + "' that are not numbers", "compare text with eq/ne, or compare numbers");
        }
        return new Plan.Compare(left.value(), cmp.op().symbol(), right.value(), numeric);
    }

    private static boolean isNumeric(DataType<?> type, DataType<?> other) {
        if (type == null) return other == null || other.kind() == DataType.Kind.INTEGER || other.kind() == DataType.Kind.NUMBER;
        return type.kind() == DataType.Kind.INTEGER || type.kind() == DataType.Kind.NUMBER;
    }

    private Analyzer.Typed operand(Cond.Operand operand, Analyzer analyzer, SourceLocation at, Set<String> depends,
                                   Analyzer.Site site) {
        if (operand.ref() != null) {
            return analyzer.resolveRef(operand.ref(), null, at, "the condition", depends, site);
        }
        Object value = operand.literal();
        try {
            DataType<?> type = DataType.of(value.getClass());
            return new Analyzer.Typed(new Plan.Literal(ValueCodec.encode(value)), type);
        } catch (IllegalArgumentException e) {
            problems.error(ErrorCode.INVALID_CONDITION, at, "a condition compares with " + value.getClass().getSimpleName()
                    + " " + value, "compare with text, a number, a boolean or an enum");
            return null;
        }
    }

    /** The value of a loop item at {@code site}, or null after reporting that it is out of its loop. */
    Analyzer.Typed item(Item<?> item, SourceLocation at, String label, Analyzer.Site site) {
        Group loop = item.loop();
        if (site.scope() == null || !loop.encloses(site.scope())) {
            problems.error(ErrorCode.OUT_OF_SCOPE, at, label + " uses " + item.describe() + " outside its loop ("
                    + loop.location() + ")", "use the item only inside the loop's body");
            return null;
        }
        DataType<?> type = item.declaredType().orElse(null);
        if (type == null && item.path().isEmpty()) {
            type = loop.literalItems().flatMap(Groups::firstItemType)
                    .or(() -> loop.itemsRef().flatMap(Groups::elementType)).orElse(null);
        }
        return new Analyzer.Typed(new Plan.FromItem(names.get(loop), item.path()), type);
    }

    private static java.util.Optional<DataType<?>> firstItemType(List<?> items) {
        if (items.isEmpty()) return java.util.Optional.empty();
        try {
            return java.util.Optional.of(DataType.of(items.get(0).getClass()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<DataType<?>> elementType(Ref<?> ref) {
        DataType<?> list = ref instanceof dev.kfj.dsl.Param<?> p ? p.type()
                : ref instanceof OutputRef<?> o ? o.declaredType().orElse(null) : null;
        if (list == null || list.kind() != DataType.Kind.LIST || list.elementType() == Object.class) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(DataType.of(list.elementType()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** A run fact at {@code site}, or null after reporting that it is not available there. */
    Analyzer.Typed runValue(RunValue run, SourceLocation at, String label, Analyzer.Site site) {
        boolean ok = switch (run.kind()) {
            case WORKFLOW_STATUS -> site.atPipelineExit();
            case WORKFLOW_FAILURES -> site.atPipelineExit();
            case GROUP_STATUS -> site.handlerOf() != null && run.group().orElse(null) == site.handlerOf();
        };
        if (!ok) {
            String hint = run.kind() == RunValue.Kind.WORKFLOW_FAILURES && site.handlerOf() != null
                    ? "Argo gives the failures list to the pipeline-wide exit handler only (Pipeline.Builder.onExit)"
                    : "bind it only to the exit handler it was given to";
            problems.error(ErrorCode.OUT_OF_SCOPE, at, label + " uses " + run.describe() + " outside its exit handler", hint);
            return null;
        }
        String group = run.group().map(names::get).orElse("");
        return new Analyzer.Typed(new Plan.FromRun(run.kind(), group), DataType.STRING);
    }

    /**
     * Whether {@code site} may read an output of {@code producer}: the producer's group (or, when
     * collecting, its loop's parent) encloses the site, or only exit-handler groups lie between.
     */
    boolean canRead(Step producer, Analyzer.Site site, boolean collecting, SourceLocation at, String label, OutputRef<?> ref) {
        Group from = producer.group().orElse(null);
        Group scope = site.scope();
        if (collecting) {
            if (from == null || from.kind() != Group.Kind.LOOP) {
                problems.error(ErrorCode.NOT_A_LIST, at, label + " collects " + ref.describe()
                        + ", but that step is not directly inside a loop", "collect outputs of steps in a loop's body");
                return false;
            }
            if (scope != null && from.encloses(scope)) {
                problems.error(ErrorCode.OUT_OF_SCOPE, at, label + " collects " + ref.describe()
                        + " inside the same loop", "use the collected list after the loop");
                return false;
            }
            from = from.parent().orElse(null);
        }
        for (Group g = from; g != null && (scope == null || !g.encloses(scope)); g = g.parent().orElse(null)) {
            if (g.kind() != Group.Kind.EXIT_HANDLER) {
                String hint = g.kind() == Group.Kind.LOOP
                        ? "collect the values of all iterations with p.collect(...) or loop(...).collect(...)"
                        : "use the output inside the branch; outside it the step may not have run";
                problems.error(ErrorCode.OUT_OF_SCOPE, at, label + " reads " + ref.describe() + " from outside the "
                        + g.kind().name().toLowerCase().replace('_', ' ') + " it runs in (" + g.location() + ")", hint);
                return false;
            }
        }
        return true;
    }

    /** Reports groups that contain no step. */
    void checkNotEmpty(List<Step> steps) {
        Set<Group> nonEmpty = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Step step : steps) {
            // the step's group and every group around it hold a step; stop at one already marked
            Group g = step.group().orElse(null);
            while (g != null && nonEmpty.add(g)) {
                g = g.parent().orElse(null);
            }
        }
        for (Group group : pipeline.groups()) {
            if (!nonEmpty.contains(group)) {
                problems.error(ErrorCode.EMPTY_GROUP, group.location(), "this " + group.kind().name().toLowerCase()
                        .replace('_', ' ') + " adds no steps", "add a step in its body, or remove it");
            }
        }
    }

    /** The plan of {@code group}; null for the top level. */
    Plan.PlannedGroup of(Group group) {
        return group == null ? null : planned.get(group);
    }

    /** Every planned group, parents first. */
    List<Plan.PlannedGroup> planned() {
        return List.copyOf(order);
    }
}

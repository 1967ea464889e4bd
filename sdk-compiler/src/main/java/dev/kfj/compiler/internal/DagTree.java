package dev.kfj.compiler.internal;

import dev.kfj.dsl.Group;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The DAG templates of a plan as a tree: the root DAG, one node per group (plus a wrapper for
 * loops with a parallelism limit), and chunks that keep every DAG within Argo's task limit. It
 * resolves each value in the scope of the DAG that reads it, threading it in through inputs and
 * out through outputs of the nodes in between.
 */
final class DagTree {
    private final Map<String, DagNode> nodeOfTask = new HashMap<>();
    private final Map<String, Plan.PlannedTask> taskByName = new HashMap<>();
    private final Map<Plan.PlannedGroup, DagNode> nodeOfGroup = new IdentityHashMap<>();
    private final Map<String, DagNode> nodeOfGroupName = new HashMap<>();
    /** Tasks and nodes already attached to their parent (each has one), by identity: linear in the tree's size. */
    private final Set<Object> attached = Collections.newSetFromMap(new IdentityHashMap<>());
    final DagNode root;
    final List<DagNode> nodes = new ArrayList<>();
    private final boolean paramsAsInputs;

    private DagTree(Plan plan, int maxTasks) {
        paramsAsInputs = plan.asComponent();
        root = new DagNode(DagNode.Kind.ROOT, plan.entrypoint(), plan.entrypoint(), null, null);
        nodes.add(root);
        for (Plan.PlannedGroup g : plan.groups()) {
            DagNode parent = g.parent() == null ? root : nodeOfGroup.get(g.parent());
            if (g.group().kind() == Group.Kind.LOOP && g.group().parallelism() > 0) {
                DagNode limit = new DagNode(DagNode.Kind.LIMIT, g.name(), g.name() + "-limit", null, parent);
                limit.parallelism = g.group().parallelism();
                nodes.add(limit);
                parent = limit;
            }
            DagNode node = new DagNode(DagNode.Kind.GROUP, g.name(), g.name(), g, parent);
            nodes.add(node);
            nodeOfGroup.put(g, node);
            nodeOfGroupName.put(g.name(), node);
        }
        for (Plan.PlannedTask t : plan.tasks()) {
            DagNode node = t.group() == null ? root : nodeOfGroup.get(t.group());
            nodeOfTask.put(t.name(), node);
            taskByName.put(t.name(), t);
            attach(node, t);
        }
        computeDeps(plan);
        Chunking.split(this, maxTasks);
        for (DagNode n : nodes) n.deps.clear();
        computeDeps(plan);
    }

    /** Builds the tree of {@code plan}, splitting DAGs with more than {@code maxTasks} tasks. */
    static DagTree of(Plan plan, int maxTasks) {
        return new DagTree(plan, maxTasks);
    }

    private void attach(DagNode node, Object child) {
        if (!attached.add(child)) return;
        node.children.add(child);
        if (child instanceof DagNode n && n.parent != node) throw new IllegalStateException("bad tree");
        DagNode parent = node.parent;
        if (parent != null) attach(parent, node);
    }

    private void computeDeps(Plan plan) {
        for (Plan.PlannedTask t : plan.tasks()) {
            for (String d : t.depends()) addDep(nodeOfTask.get(t.name()), t, d);
        }
        for (Plan.PlannedGroup g : plan.groups()) {
            DagNode node = nodeOfGroup.get(g);
            for (String d : g.depends()) addDep(node.parent, outermost(node), d);
        }
    }

    /** A loop node's parallelism wrapper stands for it in the enclosing DAG. */
    private static Object outermost(DagNode node) {
        return node.parent != null && node.parent.kind == DagNode.Kind.LIMIT ? node.parent : node;
    }

    private void addDep(DagNode scope, Object child, String taskName) {
        DagNode producerNode = nodeOfTask.get(taskName);
        Plan.PlannedTask producer = taskByName.get(taskName);
        if (producerNode == null) return;
        DagNode common = lca(scope, producerNode);
        Object from = scope == common ? child : childOf(common, scope);
        Object to = producerNode == common ? producer : childOf(common, producerNode);
        if (from != to) common.depsOf(from).add(to);
    }

    static DagNode lca(DagNode a, DagNode b) {
        for (DagNode n = a; n != null; n = n.parent) {
            if (n.encloses(b)) return n;
        }
        throw new IllegalStateException("no common ancestor of " + a + " and " + b);
    }

    private static DagNode childOf(DagNode ancestor, DagNode inner) {
        DagNode n = inner;
        while (n.parent != ancestor) n = n.parent;
        return n;
    }

    /** The node of a task. */
    DagNode nodeOf(Plan.PlannedTask task) {
        return nodeOfTask.get(task.name());
    }

    /** The node of a group. */
    DagNode nodeOf(Plan.PlannedGroup group) {
        return nodeOfGroup.get(group);
    }

    void moveTask(Plan.PlannedTask task, DagNode to) {
        nodeOfTask.put(task.name(), to);
    }

    /** The tree's nodes in pre-order: parents before children, children in order. */
    List<DagNode> preOrder() {
        List<DagNode> out = new ArrayList<>();
        Deque<DagNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            DagNode n = stack.pop();
            out.add(n);
            List<DagNode> kids = n.children.stream().filter(c -> c instanceof DagNode).map(c -> (DagNode) c).toList();
            for (int i = kids.size() - 1; i >= 0; i--) stack.push(kids.get(i));
        }
        return out;
    }

    // ---- values ----

    /** The value of a parameter-valued {@code value} in the scope of {@code scope}, threading it in as needed. */
    Expr resolve(Plan.Value value, DagNode scope) {
        if (value instanceof Plan.FromParam p) {
            if (paramsAsInputs) {
                return thread(root, Expr.Path.of("inputs", "parameters", new Expr.Name(p.param())), p.param(), false, scope);
            }
            return Expr.Path.of("workflow", "parameters", new Expr.Name(p.param()));
        }
        if (value instanceof Plan.FromRun run) {
            return switch (run.kind()) {
                case WORKFLOW_STATUS -> Expr.Path.of("workflow", "status");
                case WORKFLOW_FAILURES -> Expr.Path.of("workflow", "failures");
                case GROUP_STATUS -> Expr.Path.of("tasks", new Expr.Name(run.group()), "status");
            };
        }
        if (value instanceof Plan.FromTask t) {
            String kind = t.artifact() ? "artifacts" : "parameters";
            return thread(nodeOfTask.get(t.task()), Expr.Path.of("tasks", new Expr.Name(t.task()), "outputs", kind,
                    new Expr.Name(t.output())), t.task() + "-" + t.output(), t.artifact(), scope);
        }
        if (value instanceof Plan.FromItem item) {
            DagNode loop = nodeOfGroupName.get(item.loop());
            String key = item.loop() + "-item" + (item.path().isEmpty() ? "" : "-" + String.join("-", item.path()));
            String tag = item.path().isEmpty() ? "{{item}}" : "{{item." + String.join(".", item.path()) + "}}";
            loop.inputs.putIfAbsent(key, new DagNode.In(key, false, tag));
            return thread(loop, Expr.Path.of("inputs", "parameters", new Expr.Name(key)), key, false, scope);
        }
        if (value instanceof Plan.FromCollected c) {
            DagNode loop = nodeOfTask.get(c.task());
            while (loop.kind != DagNode.Kind.GROUP) loop = loop.parent;
            String key = (c.task() + "_" + c.output()).replace('-', '_');
            if (!loop.outputs.containsKey(key)) {
                Expr inside = resolve(new Plan.FromTask(c.task(), c.output(), false), loop);
                loop.outputs.put(key, new DagNode.Out(key, false, inside.tag()));
            }
            Expr all = new Expr.Raw("jsonpath(" + Expr.Path.of("tasks", new Expr.Name(loop.taskName), "outputs", "parameters").expr()
                    + ", '$[*]." + key + "')");
            return thread(loop.parent, all, "collected-" + c.task() + "-" + c.output(), false, scope);
        }
        throw new IllegalArgumentException("not a run-time value: " + value);
    }

    private Expr thread(DagNode home, Expr expr, String key, boolean artifact, DagNode scope) {
        if (home == scope) return expr;
        if (home.encloses(scope)) {
            if (!scope.inputs.containsKey(key)) {
                Expr outer = thread(home, expr, key, artifact, scope.parent);
                scope.inputs.put(key, new DagNode.In(key, artifact, outer.tag()));
            }
            return Expr.Path.of("inputs", artifact ? "artifacts" : "parameters", new Expr.Name(key));
        }
        DagNode common = lca(home, scope);
        DagNode cur = home;
        Expr e = expr;
        while (cur != common) {
            if (!cur.exportable()) throw new IllegalStateException("cannot export " + key + " from " + cur);
            cur.outputs.putIfAbsent(key, new DagNode.Out(key, artifact, e.tag()));
            e = Expr.Path.of("tasks", new Expr.Name(cur.taskName), "outputs", artifact ? "artifacts" : "parameters",
                    new Expr.Name(key));
            cur = cur.parent;
        }
        return thread(common, e, key, artifact, scope);
    }
}

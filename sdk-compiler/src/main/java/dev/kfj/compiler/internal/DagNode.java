package dev.kfj.compiler.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One DAG template being assembled: the root, a group, a chunk of a split DAG, or the wrapper
 * that limits a loop's parallelism. Its children are tasks ({@link Plan.PlannedTask}) and nested
 * nodes; values from enclosing scopes arrive as inputs and values read outside leave as outputs.
 */
final class DagNode {
    /** What a node is. */
    enum Kind { ROOT, GROUP, CHUNK, LIMIT, EXIT }

    /** A value threaded in from the parent. @param name the input name @param artifact artifact or parameter @param argument the value in the parent's scope */
    record In(String name, boolean artifact, String argument) {}

    /** A value exported to the parent. @param name the output name @param artifact artifact or parameter @param source the value in this node's scope */
    record Out(String name, boolean artifact, String source) {}

    final Kind kind;
    final String taskName;
    final String templateName;
    final Plan.PlannedGroup group;
    DagNode parent;
    final List<Object> children = new ArrayList<>();
    final Map<String, In> inputs = new LinkedHashMap<>();
    final Map<String, Out> outputs = new LinkedHashMap<>();
    final Map<Object, Set<Object>> deps = new IdentityHashMap<>();
    int parallelism;

    DagNode(Kind kind, String taskName, String templateName, Plan.PlannedGroup group, DagNode parent) {
        this.kind = kind;
        this.taskName = taskName;
        this.templateName = templateName;
        this.group = group;
        this.parent = parent;
    }

    /** The children {@code child} waits for, in first-added order. */
    Set<Object> depsOf(Object child) {
        return deps.computeIfAbsent(child, c -> new LinkedHashSet<>());
    }

    /** Whether this node is {@code other} or one of its ancestors. */
    boolean encloses(DagNode other) {
        for (DagNode n = other; n != null; n = n.parent) {
            if (n == this) return true;
        }
        return false;
    }

    /** Whether values may be exported from this node to its parent: it always runs when its parent does. */
    boolean exportable() {
        return kind == Kind.CHUNK || kind == Kind.LIMIT
                || (kind == Kind.GROUP && group.group().kind() == dev.kfj.dsl.Group.Kind.EXIT_HANDLER);
    }

    @Override
    public String toString() {
        return templateName;
    }
}

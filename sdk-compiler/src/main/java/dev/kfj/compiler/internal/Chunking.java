package dev.kfj.compiler.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Splits DAGs with more tasks than Argo accepts into nested DAG templates ("parts") of at most
 * that many tasks each, in an order that respects dependencies, so that parts only depend on
 * earlier parts. Values that cross parts are threaded through the parts' inputs and outputs by
 * {@link DagTree}.
 */
final class Chunking {
    private Chunking() {}

    static void split(DagTree tree, int max) {
        int counter = 0;
        for (int i = 0; i < tree.nodes.size(); i++) {
            DagNode node = tree.nodes.get(i);
            while (node.children.size() > max) {
                counter = splitOnce(tree, node, max, counter);
            }
        }
    }

    private static int splitOnce(DagTree tree, DagNode node, int max, int counter) {
        List<Object> order = topological(node);
        List<Object> parts = new ArrayList<>();
        for (int from = 0; from < order.size(); from += max) {
            counter++;
            String name = node.templateName + "-part-" + counter;
            DagNode part = new DagNode(DagNode.Kind.CHUNK, name, name, null, node);
            for (Object child : order.subList(from, Math.min(order.size(), from + max))) {
                part.children.add(child);
                if (child instanceof Plan.PlannedTask t) {
                    tree.moveTask(t, part);
                } else {
                    ((DagNode) child).parent = part;
                }
            }
            tree.nodes.add(part);
            parts.add(part);
        }
        node.children.clear();
        node.children.addAll(parts);
        node.deps.clear();
        return counter;
    }

    /** The children in dependency order, ties broken by declaration order. */
    private static List<Object> topological(DagNode node) {
        Map<Object, Integer> index = new IdentityHashMap<>();
        for (Object c : node.children) index.put(c, index.size());
        Map<Object, Integer> waiting = new IdentityHashMap<>();
        Map<Object, List<Object>> dependants = new IdentityHashMap<>();
        for (Object c : node.children) {
            Set<Object> deps = node.deps.getOrDefault(c, Set.of());
            waiting.put(c, deps.size());
            for (Object d : deps) dependants.computeIfAbsent(d, k -> new ArrayList<>()).add(c);
        }
        PriorityQueue<Object> ready = new PriorityQueue<>((a, b) -> Integer.compare(index.get(a), index.get(b)));
        for (Object c : node.children) if (waiting.get(c) == 0) ready.add(c);
        List<Object> out = new ArrayList<>(node.children.size());
        while (!ready.isEmpty()) {
            Object c = ready.poll();
            out.add(c);
            for (Object d : dependants.getOrDefault(c, List.of())) {
                if (waiting.merge(d, -1, Integer::sum) == 0) ready.add(d);
            }
        }
        if (out.size() != node.children.size()) return List.copyOf(node.children); // cycles are reported elsewhere
        return out;
    }
}

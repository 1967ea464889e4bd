package dev.kfj.compiler.internal;

import dev.kfj.compiler.ErrorCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds dependency cycles among tasks with an iterative depth-first search: linear, no recursion limit. */
final class Cycles {
    private static final int WHITE = 0;
    private static final int GREY = 1;
    private static final int BLACK = 2;

    private Cycles() {}

    /** Reports each cycle found, once, at the step where the search first entered it. */
    static void check(List<Plan.PlannedTask> tasks, Problems problems) {
        Map<String, Plan.PlannedTask> byName = new HashMap<>(tasks.size() * 2);
        for (Plan.PlannedTask t : tasks) byName.putIfAbsent(t.name(), t);
        Map<String, Integer> color = new HashMap<>(tasks.size() * 2);
        for (Plan.PlannedTask root : tasks) {
            if (color.getOrDefault(root.name(), WHITE) != WHITE) continue;
            Deque<Frame> stack = new ArrayDeque<>();
            stack.push(new Frame(root));
            color.put(root.name(), GREY);
            while (!stack.isEmpty()) {
                Frame top = stack.peek();
                if (top.next < top.task.depends().size()) {
                    String dep = top.task.depends().get(top.next++);
                    Plan.PlannedTask target = byName.get(dep);
                    if (target == null) continue;
                    int c = color.getOrDefault(dep, WHITE);
                    if (c == WHITE) {
                        color.put(dep, GREY);
                        stack.push(new Frame(target));
                    } else if (c == GREY) {
                        report(stack, target, problems);
                    }
                } else {
                    color.put(top.task.name(), BLACK);
                    stack.pop();
                }
            }
        }
    }

    private static void report(Deque<Frame> stack, Plan.PlannedTask entry, Problems problems) {
        List<String> path = new ArrayList<>();
        for (Frame f : stack) { // top of the stack first, down to the entry
            path.add(f.task.step().name());
            if (f.task == entry) break;
        }
        // Each frame depends on the one below it, so execution runs from the entry up the stack.
        List<String> order = new ArrayList<>(path.size() + 1);
        order.add(entry.step().name());
        order.addAll(path.subList(0, path.size() - 1));
        order.add(entry.step().name());
        problems.error(ErrorCode.CYCLE, entry.step().location(), "dependency cycle: " + String.join(" -> ", order),
                "remove one of these dependencies so the steps can run in an order");
    }

    private static final class Frame {
        final Plan.PlannedTask task;
        int next;

        Frame(Plan.PlannedTask task) {
            this.task = task;
        }
    }
}

package org.gilpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The asyncio loop under random trees of tasks. Each task sleeps a random time, starts its
 * children as tasks, has some of them cancelled after a random delay, and gathers them with
 * {@code return_exceptions=True}. Which of the cancellations win the race against the child
 * finishing depends on timing (a task cancelled early never starts its children), so the
 * property checks what holds either way: no task is left pending, every task created either
 * completed or was cancelled, every task outside a cancelled subtree completes, and each
 * gather lists its children's results in argument order.
 */
class AsyncioProperties {
    /** One task of the tree: its children, its sleep, and when its parent cancels it (-1: never). */
    private record Node(int id, int sleepMillis, int cancelAfterMillis, List<Node> children) {
    }

    /**
     * Builds the tree from random genes: gene i (for i >= 1) picks node i's parent among the
     * nodes before it, its sleep (0-15 ms, 0 is sleep(0)) and whether it is cancelled.
     */
    private static Node tree(List<Integer> genes) {
        List<List<Node>> children = new ArrayList<>();
        int[] parent = new int[genes.size() + 1];
        int[] sleep = new int[genes.size() + 1];
        int[] cancel = new int[genes.size() + 1];
        cancel[0] = -1;
        children.add(new ArrayList<>());
        for (int i = 1; i <= genes.size(); i++) {
            int gene = genes.get(i - 1);
            parent[i] = gene % i;
            sleep[i] = (gene / 7) % 16;
            cancel[i] = (gene / 113) % 4 == 0 ? (gene / 17) % 20 : -1;
            children.add(new ArrayList<>());
        }
        return build(0, parent, sleep, cancel, genes.size());
    }

    private static Node build(int id, int[] parent, int[] sleep, int[] cancel, int last) {
        List<Node> kids = new ArrayList<>();
        for (int i = id + 1; i <= last; i++) {
            if (parent[i] == id) {
                kids.add(build(i, parent, sleep, cancel, last));
            }
        }
        return new Node(id, sleep[id], cancel[id], kids);
    }

    /** The tree as a Python literal: (id, sleep_ms, cancel_after_ms or None, [children]). */
    private static String literal(Node n) {
        return "(" + n.id + ", " + n.sleepMillis + ", " + (n.cancelAfterMillis < 0 ? "None" : n.cancelAfterMillis) + ", ["
                + n.children.stream().map(AsyncioProperties::literal).collect(Collectors.joining(", ")) + "])";
    }

    private static final String PROGRAM = String.join("\n",
            "import asyncio",
            "completed, started = set(), {}",
            "async def node(spec):",
            "    nid, sleep_ms, _, children = spec",
            "    await asyncio.sleep(sleep_ms / 1000)",
            "    tasks = [asyncio.create_task(node(c)) for c in children]",
            "    for task, c in zip(tasks, children):",
            "        started[c[0]] = task",
            "        if c[2] is not None:",
            "            asyncio.get_running_loop().call_later(c[2] / 1000, task.cancel)",
            "    results = await asyncio.gather(*tasks, return_exceptions=True)",
            "    completed.add(nid)",
            "    return [nid, ['X' if isinstance(r, asyncio.CancelledError) else r for r in results]]",
            "result = asyncio.run(node(TREE))",
            "print(sorted(completed))",
            "print(sorted(n for n, t in started.items() if t.cancelled()))",
            "print(sum(1 for t in started.values() if not t.done()))",
            "print(sorted(started))",
            "print(result)", "");

    @Property(tries = 25)
    void everyTaskFinishesAndGatherKeepsOrder(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 1_000_000) Integer> genes) {
        Node root = tree(genes);
        String[] lines = PythonEval.run(PROGRAM.replace("TREE", literal(root))).split("\n");
        Set<Integer> completed = parseSet(lines[0]);
        Set<Integer> cancelled = parseSet(lines[1]);
        assertEquals("0", lines[2], "tasks left pending");
        Set<Integer> created = parseSet(lines[3]);
        created.add(root.id);
        Set<Integer> all = new TreeSet<>();
        Set<Integer> mustComplete = new TreeSet<>();
        collect(root, false, all, mustComplete);
        assertTrue(all.containsAll(created), "tasks only for nodes of the tree");
        Set<Integer> finished = new TreeSet<>(completed);
        finished.addAll(cancelled);
        assertEquals(created, finished, "every task that was created either completed or was cancelled");
        assertTrue(completed.containsAll(mustComplete), "tasks outside cancelled subtrees completed: " + completed);
        assertEquals(expected(root, completed), lines[4], "gather results in argument order");
    }

    private static void collect(Node n, boolean underCancel, Set<Integer> all, Set<Integer> mustComplete) {
        boolean cancellable = underCancel || n.cancelAfterMillis >= 0;
        all.add(n.id);
        if (!cancellable) {
            mustComplete.add(n.id);
        }
        for (Node c : n.children) {
            collect(c, cancellable, all, mustComplete);
        }
    }

    /** The repr of what node() returns, given which tasks completed. */
    private static String expected(Node n, Set<Integer> completed) {
        return "[" + n.id + ", [" + n.children.stream()
                .map(c -> completed.contains(c.id) ? expected(c, completed) : "'X'")
                .collect(Collectors.joining(", ")) + "]]";
    }

    private static Set<Integer> parseSet(String line) {
        Set<Integer> result = new TreeSet<>();
        String body = line.strip().replaceAll("[\\[\\]]", "");
        for (String part : body.split(",")) {
            if (!part.isBlank()) {
                result.add(Integer.parseInt(part.strip()));
            }
        }
        return result;
    }
}

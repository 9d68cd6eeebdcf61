package org.gilpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Values crossing between processes. For random lists of picklable values (numbers, big
 * ints, strings, bytes, None and bools, nested lists, tuples, dicts and sets, instances of a
 * module-level class), a child receives each value through a Queue and returns it through
 * another Queue and through a Pipe: the parent gets equal values, in order, although both
 * sides mutate their copies right after sending them.
 */
class ProcessProperties {
    private static final String PROGRAM = String.join("\n",
            "import multiprocessing as mp",
            "class Box:",
            "    def __init__(self, v):",
            "        self.v = v",
            "    def __repr__(self):",
            "        return f'Box({self.v!r})'",
            "def mutate(v):",
            "    if isinstance(v, list): v.append('m')",
            "    elif isinstance(v, dict): v['m'] = 1",
            "    elif isinstance(v, set): v.add('m')",
            "    elif isinstance(v, Box): v.v = 'm'",
            "def child(inbox, outbox, conn):",
            "    while True:",
            "        v = inbox.get()",
            "        if v == 'STOP':",
            "            break",
            "        outbox.put(v)",
            "        conn.send(v)",
            "        mutate(v)",
            "    conn.close()",
            "values = VALUES",
            "inbox, outbox = mp.Queue(), mp.Queue()",
            "parent_end, child_end = mp.Pipe()",
            "p = mp.Process(target=child, args=(inbox, outbox, child_end))",
            "p.start()",
            "child_end.close()",
            "befores = []",
            "for v in values:",
            "    befores.append(repr(v))",
            "    inbox.put(v)",
            "    mutate(v)",
            "inbox.put('STOP')",
            "for before in befores:",
            "    a, b = outbox.get(timeout=20), parent_end.recv()",
            "    print(repr(a) == before, repr(b) == before, repr(a) if repr(a) != before else '')",
            "try:",
            "    parent_end.recv()",
            "except EOFError:",
            "    print('EOF')",
            "p.join()",
            "print(p.exitcode)", "");

    @Property(tries = 15)
    void valuesArriveEqualInOrderAndUnshared(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1_000_000) Integer> genes) {
        Iterator<Integer> g = cycle(genes);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < genes.size(); i++) {
            values.add(value(g, 2));
        }
        String out = PythonEval.runWithProcesses(PROGRAM.replace("VALUES", "[" + String.join(", ", values) + "]"));
        String[] lines = out.split("\n");
        assertEquals(values.size() + 2, lines.length, out);
        for (int i = 0; i < values.size(); i++) {
            assertEquals("True True", lines[i].strip(), "value " + values.get(i) + " came back as " + lines[i]);
        }
        assertEquals("EOF", lines[values.size()]);
        assertEquals("0", lines[values.size() + 1]);
    }

    private static Iterator<Integer> cycle(List<Integer> genes) {
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                int gene = genes.get(i % genes.size()) + 7919 * i;
                i++;
                return gene;
            }
        };
    }

    /** A Python literal for a random picklable value; containers nest up to {@code depth} levels. */
    private static String value(Iterator<Integer> g, int depth) {
        int gene = g.next();
        int kind = gene % (depth > 0 ? 11 : 6);
        return switch (kind) {
            case 0 -> String.valueOf(gene % 2001 - 1000);
            case 1 -> "-".repeat(gene % 2) + "7" + "3".repeat(20 + gene % 20);
            case 2 -> (gene % 1000) / 8.0 + "e" + (gene % 40 - 20);
            case 3 -> "'" + "abcxyz".substring(0, gene % 7) + "\\u00e9'";
            case 4 -> new String[]{"None", "True", "False"}[gene % 3];
            case 5 -> "b'" + "xy".repeat(gene % 4) + "'";
            case 6 -> "[" + items(g, depth, gene % 4) + "]";
            case 7 -> "(" + items(g, depth, gene % 4) + (gene % 4 == 1 ? ",)" : ")");
            case 8 -> "{" + entries(g, depth, gene % 4) + "}";
            case 9 -> "Box(" + value(g, depth - 1) + ")";
            default -> gene % 3 == 0 ? "set()" : "{" + (gene % 50) + ", " + (gene % 7 + 100) + "}";
        };
    }

    private static String items(Iterator<Integer> g, int depth, int n) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(value(g, depth - 1));
        }
        return String.join(", ", parts);
    }

    private static String entries(Iterator<Integer> g, int depth, int n) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add("'k" + i + "': " + value(g, depth - 1));
        }
        return String.join(", ", parts);
    }
}

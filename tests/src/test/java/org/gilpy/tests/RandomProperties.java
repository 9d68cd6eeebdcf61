package org.gilpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@code random} gives CPython's sequences: for random seeds and arguments, the results of
 * {@code random()}, {@code randint}, {@code randrange}, {@code choice}, {@code choices},
 * {@code shuffle}, {@code sample}, {@code uniform}, {@code gauss} and {@code getrandbits}
 * equal the values CPython 3.12 produced (captured by {@code tests/capture/random_cases.py}).
 */
class RandomProperties {
    /** One captured call: seed, expression over {@code r}, CPython's repr of its value. */
    record Case(String seed, String expression, String expected) {
    }

    private static final List<Case> CASES = load();

    private static List<Case> load() {
        try (InputStream in = RandomProperties.class.getResourceAsStream("/cpython/random_cases.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(line -> {
                String[] f = line.split("\t");
                return new Case(f[0], f[1], f[2]);
            }).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<List<Case>> batches() {
        return Arbitraries.of(CASES).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 80)
    void sequencesEqualCPythons(@ForAll("batches") List<Case> batch) {
        StringBuilder code = new StringBuilder("import random\n");
        StringBuilder expected = new StringBuilder();
        for (Case c : batch) {
            code.append("r = random.Random(").append(c.seed()).append(")\nprint(repr(").append(c.expression()).append("))\n");
            expected.append(c.expected()).append('\n');
        }
        assertEquals(expected.toString(), PythonEval.run(code.toString()));
    }

    /** The module-level functions share one generator that seed() and setstate() reset. */
    @Property(tries = 40)
    void seedAndStateReplay(@ForAll long seed, @ForAll @IntRange(min = 0, max = 700) int skip) {
        String code = "import random\n"
                + "random.seed(" + seed + ")\n"
                + "first = [random.random() for _ in range(5)]\n"
                + "for _ in range(" + skip + "): random.getrandbits(32)\n"
                + "state = random.getstate()\n"
                + "after = (random.random(), random.gauss(), random.randrange(10**20))\n"
                + "random.setstate(state)\n"
                + "print(after == (random.random(), random.gauss(), random.randrange(10**20)))\n"
                + "random.seed(" + seed + ")\n"
                + "print(first == [random.random() for _ in range(5)], first == [random.Random(" + seed + ").random()][:1] + first[1:])\n";
        assertEquals("True\nTrue True\n", PythonEval.run(code));
    }
}

package org.gilpy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.gilpy.parser.AstCache;
import org.gilpy.parser.SourceParser;
import org.gilpy.parser.ast.Stmt;
import org.gilpy.runtime.PBytes;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parsed modules kept between runs ({@link AstCache}): every module we ship and every test
 * program reads back as the very tree the parser built, entries for other texts or damaged
 * entries are refused, and a second run of a program reads its modules instead of parsing them.
 */
class AstCacheTest {
    @TempDir
    Path dir;

    @Test
    void everyBundledModuleAndTestProgramReadsBackAsTheSameTree() throws IOException {
        List<Path> files;
        try (Stream<Path> stdlib = Files.walk(ProgramRunner.root().resolve("stdlib/src/main/resources"));
             Stream<Path> programs = Files.walk(ProgramRunner.root().resolve("tests/programs"))) {
            files = Stream.concat(stdlib, programs).filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        int checked = 0;
        List<Path> unparsable = new ArrayList<>();
        try (Context context = Context.newBuilder("gilpy").allowAllAccess(true)
                .option("engine.WarnInterpreterOnly", "false").build()) {
            context.initialize("gilpy");
            context.enter();
            try {
                for (Path file : files) {
                    String text = Files.readString(file);
                    com.oracle.truffle.api.source.Source source =
                            com.oracle.truffle.api.source.Source.newBuilder("gilpy", text, file.toString()).build();
                    List<Stmt> parsed;
                    try {
                        parsed = SourceParser.parseModule(source);
                    } catch (RuntimeException syntaxError) {
                        unparsable.add(file);
                        continue;
                    }
                    long hash = AstCache.hash(text);
                    byte[] entry = AstCache.encode(file.toString(), text.length(), hash, parsed);
                    assertNotNull(entry, file + " has a value the cache format does not know");
                    List<Stmt> read = AstCache.decode(entry, file.toString(), text.length(), hash);
                    assertNotNull(read, file.toString());
                    assertSameTree(parsed, read, file.toString());
                    assertEquals(sharedNodes(parsed), sharedNodes(read), file + ": nodes shared in the tree");
                    checked++;
                }
            } finally {
                context.leave();
            }
        }
        assertEquals(files.size(), checked + unparsable.size());
        for (Path file : unparsable) {
            assertTrue(file.startsWith(ProgramRunner.root().resolve("tests/programs/syntax"))
                    || file.getFileName().toString().equals("syntax_error.py"), file + " does not parse");
        }
        assertTrue(checked > 150, "only " + checked + " modules checked");
    }

    @Test
    void entriesForAnotherTextOrDamagedOnesAreRefused() {
        try (Context context = Context.newBuilder("gilpy").option("engine.WarnInterpreterOnly", "false").build()) {
            context.initialize("gilpy");
            context.enter();
            try {
                String text = "x = [1, 2.5, 'three', b'4', 10**30]\nprint(x)\n";
                var source = com.oracle.truffle.api.source.Source.newBuilder("gilpy", text, "m.py").build();
                List<Stmt> tree = SourceParser.parseModule(source);
                long hash = AstCache.hash(text);
                byte[] entry = AstCache.encode("m.py", text.length(), hash, tree);
                assertNotNull(AstCache.decode(entry, "m.py", text.length(), hash));
                assertNull(AstCache.decode(entry, "other.py", text.length(), hash));
                assertNull(AstCache.decode(entry, "m.py", text.length() + 1, hash));
                assertNull(AstCache.decode(entry, "m.py", text.length(), hash + 1));
                assertNull(AstCache.decode(Arrays.copyOf(entry, entry.length - 3), "m.py", text.length(), hash));
                byte[] garbage = entry.clone();
                Arrays.fill(garbage, 40, garbage.length, (byte) 0x7f);
                assertNull(AstCache.decode(garbage, "m.py", text.length(), hash));
                assertNotEquals(AstCache.hash("ab"), AstCache.hash("ba"));
            } finally {
                context.leave();
            }
        }
    }

    @Test
    void aSecondRunReadsTheCacheAndADamagedEntryIsParsedAgain() throws IOException {
        Path cache = dir.resolve("cache");
        Files.writeString(dir.resolve("helper.py"), "def shout(s):\n    return s.upper() + '!'\n");
        Files.writeString(dir.resolve("prog.py"), """
                import json, collections, dataclasses, enum
                from helper import shout

                @dataclasses.dataclass
                class P:
                    x: int
                    y: int = 2

                class Color(enum.Enum):
                    RED = 1

                match P(1):
                    case P(x=1, y=y):
                        print('matched', y)
                print(json.dumps({'a': [1, 2.5, None]}), collections.Counter('abca').most_common(1))
                print(shout('hi'), Color.RED, b'\\x00bytes', 10**30, 1e-7, ...)
                """);
        Map<String, String> env = Map.of("GILPY_CACHE_DIR", cache.toString());
        ProgramRunner.Result first = ProgramRunner.gilpy(dir, "", env, "prog.py");
        assertEquals(0, first.exitCode(), first.stderr());
        Map<Path, FileTime> written = entries(cache);
        assertTrue(written.size() >= 6, "entries: " + written.keySet()); // prog, helper, json..., enum

        ProgramRunner.Result second = ProgramRunner.gilpy(dir, "", env, "prog.py");
        assertEquals(first.stdout(), second.stdout());
        assertEquals(written, entries(cache), "the second run rewrote entries instead of reading them");

        Path helperEntry = null;
        for (Path p : written.keySet()) {
            if (Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1).contains("helper.py")) {
                helperEntry = p;
            }
        }
        assertNotNull(helperEntry);
        byte[] good = Files.readAllBytes(helperEntry);
        Files.write(helperEntry, Arrays.copyOf(good, good.length / 2));
        ProgramRunner.Result third = ProgramRunner.gilpy(dir, "", env, "prog.py");
        assertEquals(first.stdout(), third.stdout());
        assertArrayEquals(good, Files.readAllBytes(helperEntry), "the damaged entry was not written again");

        Files.writeString(dir.resolve("helper.py"), "def shout(s):\n    return s.lower() + '?'\n");
        ProgramRunner.Result changed = ProgramRunner.gilpy(dir, "", env, "prog.py");
        assertTrue(changed.stdout().contains("hi?"), "an edited module ran from its old entry: " + changed.stdout());
    }

    private static Map<Path, FileTime> entries(Path cache) throws IOException {
        Map<Path, FileTime> entries = new HashMap<>();
        try (Stream<Path> files = Files.list(cache)) {
            for (Path p : files.toList()) {
                entries.put(p, Files.getLastModifiedTime(p));
            }
        }
        return entries;
    }

    /** Structural equality of two trees; bytes literals are compared by content. */
    private static void assertSameTree(Object expected, Object actual, String where) {
        if (expected instanceof Record r) {
            assertSame(r.getClass(), actual.getClass(), where);
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    assertSameTree(c.getAccessor().invoke(expected), c.getAccessor().invoke(actual),
                            where + " > " + r.getClass().getSimpleName() + "." + c.getName());
                } catch (ReflectiveOperationException e) {
                    fail(e);
                }
            }
        } else if (expected instanceof List<?> a) {
            List<?> b = (List<?>) actual;
            assertEquals(a.size(), b.size(), where);
            for (int i = 0; i < a.size(); i++) {
                assertSameTree(a.get(i), b.get(i), where + "[" + i + "]");
            }
        } else if (expected instanceof PBytes bytes) {
            assertArrayEquals(bytes.getBytes(), ((PBytes) actual).getBytes(), where);
        } else {
            assertEquals(expected, actual, where);
            if (expected != null) {
                assertSame(expected.getClass(), actual.getClass(), where);
            }
        }
    }

    /**
     * How many nodes the tree reaches more than once (the reader must keep them shared); positions
     * are values, shared or not.
     */
    private static int sharedNodes(Object tree) {
        IdentityHashMap<Object, Integer> seen = new IdentityHashMap<>();
        List<Object> work = new ArrayList<>(List.of(tree));
        int shared = 0;
        while (!work.isEmpty()) {
            Object o = work.remove(work.size() - 1);
            if (o instanceof Record r && !(r instanceof org.gilpy.parser.ast.Pos)) {
                if (seen.put(r, 1) != null) {
                    shared++;
                    continue;
                }
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    try {
                        work.add(c.getAccessor().invoke(r));
                    } catch (ReflectiveOperationException e) {
                        fail(e);
                    }
                }
            } else if (o instanceof List<?> list) {
                work.addAll(list);
            }
        }
        return shared;
    }
}

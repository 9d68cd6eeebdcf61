package org.gilpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program in {@code tests/programs}, {@code samples} and the start-up cache's
 * training program ({@code interpreter/src/main/aot}) in a fresh context and
 * compares its stdout (plus the exception line of a failing program) with {@code NAME.out},
 * which {@code tests/regen-golden.sh} generates from CPython 3.12. A {@code NAME.unordered}
 * marker compares sorted lines instead: for programs whose threads print at the same instant.
 * A {@code NAME.err} holds the expected stderr as well, with the program's directory as DIR/.
 */
class GoldenProgramsTest {
    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        return ProgramRunner.goldenPrograms().stream().map(program -> DynamicTest.dynamicTest(
                ProgramRunner.root().relativize(program).toString(), () -> check(program)));
    }

    private static void check(Path program) throws IOException {
        Path expectedFile = Path.of(program.toString().replaceAll("\\.py$", ".out"));
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        ProgramRunner.Result result = ProgramRunner.gilpy(program.getParent(), program.getFileName().toString());
        String actual = result.goldenText();
        if (Files.exists(Path.of(program.toString().replaceAll("\\.py$", ".unordered")))) {
            expected = sortedLines(expected);
            actual = sortedLines(actual);
        }
        String shown = actual;
        assertEquals(expected, shown, () -> "output of " + program.getFileName() + " differs; stderr:\n" + result.stderr());
        Path expectedErr = Path.of(program.toString().replaceAll("\\.py$", ".err"));
        if (Files.exists(expectedErr)) {
            String dir = program.getParent().toAbsolutePath() + "/";
            assertEquals(Files.readString(expectedErr, StandardCharsets.UTF_8), result.stderr().replace(dir, "DIR/"),
                    () -> "stderr of " + program.getFileName() + " differs");
        }
    }

    private static String sortedLines(String text) {
        return text.lines().sorted().collect(java.util.stream.Collectors.joining("\n"));
    }
}

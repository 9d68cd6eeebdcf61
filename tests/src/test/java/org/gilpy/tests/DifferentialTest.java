package org.gilpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each golden program under CPython on this machine and under gilpy, and requires the
 * same golden text. Skipped (not failed) where no CPython is installed.
 */
class DifferentialTest {
    @TestFactory
    Stream<DynamicTest> againstCPython() throws IOException {
        String python = ProgramRunner.cpython();
        return ProgramRunner.goldenPrograms().stream()
                .filter(p -> !p.toString().contains("/samples/"))
                .map(program -> DynamicTest.dynamicTest(ProgramRunner.root().relativize(program).toString(), () -> {
                    assumeTrue(python != null, "no CPython on this machine");
                    compare(python, program);
                }));
    }

    private static void compare(String python, Path program) throws IOException, InterruptedException {
        String name = program.getFileName().toString();
        ProgramRunner.Result expected = ProgramRunner.cpython(python, program.getParent(), name);
        ProgramRunner.Result actual = ProgramRunner.gilpy(program.getParent(), name);
        assertEquals(expected.exitCode(), actual.exitCode(), () -> "exit status of " + name + "; stderr:\n" + actual.stderr());
        assertEquals(expected.goldenText(), actual.goldenText(), () -> name + " differs from " + python);
    }
}

package org.gilpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden programs whose hot code changes behaviour after it has been compiled (a global
 * rebound, a subscript meeting a new type, a generator sum handing over), run through the
 * {@code gilpy} launcher with the Graal JIT and low compilation thresholds, compiling in the
 * foreground: so that compiled code, its specialisations and its deoptimisation give
 * CPython's output too. The in-process tests run in Truffle's interpreter only.
 */
class CompiledProgramsTest {
    private static final List<String> PROGRAMS = List.of("basics/global_rebinding.py", "basics/subscript_paths.py",
            "basics/sum_paths.py", "basics/float_pow_paths.py", "basics/for_over_generators.py",
            "basics/int_fast_paths.py", "basics/truth_paths.py", "basics/super_calls.py",
            "basics/class_value_reads.py", "basics/instance_dicts.py", "basics/float_lists.py",
            "basics/generator_resume_states.py", "basics/float_pow_libm.py", "basics/closure_cells_compiled.py",
            "basics/big_ints.py");

    @TempDir Path dir;

    @TestFactory
    Stream<DynamicTest> programs() {
        return PROGRAMS.stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
    }

    private void check(String name) throws IOException, InterruptedException {
        Path program = ProgramRunner.root().resolve("tests/programs").resolve(name);
        Path log = dir.resolve(program.getFileName() + ".compilations.log");
        ProcessBuilder pb = new ProcessBuilder(ProgramRunner.root().resolve("gilpy").toString(), program.getFileName().toString())
                .directory(program.getParent().toFile())
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile());
        pb.environment().remove("PYTHON_GIL");
        pb.environment().put("GILPY_NO_BUILD", "1"); // Maven has just built what the launcher runs
        pb.environment().put("GILPY_NO_RUNTIME_IMAGE", "1");
        pb.environment().put("GILPY_CACHE_DIR", "");
        pb.environment().put("GILPY_JAVA_OPTS", String.join(" ", "-Dpolyglot.engine.BackgroundCompilation=false",
                "-Dpolyglot.engine.FirstTierCompilationThreshold=100", "-Dpolyglot.engine.LastTierCompilationThreshold=500",
                "-Dpolyglot.engine.TraceCompilation=true", "-Dpolyglot.log.file=" + log));
        Process process = pb.start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), name + " did not finish within 180 s");
        String stdout = Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8);
        String stderr = Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8);
        String expected = Files.readString(Path.of(program.toString().replaceAll("\\.py$", ".out")), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> name + " failed; stderr:\n" + stderr);
        assertEquals(expected, stdout, () -> "compiled output of " + name + " differs; stderr:\n" + stderr);
        long compilations = Files.exists(log) ? Files.readAllLines(log).stream().filter(l -> l.contains("opt done")).count() : 0;
        assertTrue(compilations > 0, name + ": nothing was compiled (is the Graal JIT available?)");
    }
}

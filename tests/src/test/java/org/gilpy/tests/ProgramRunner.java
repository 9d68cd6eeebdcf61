package org.gilpy.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.gilpy.launcher.GilpyMain;

/**
 * Runs gilpy in-process through the real launcher code (fresh context per run), and CPython
 * as a subprocess, capturing stdout, stderr and the exit status of each.
 */
final class ProgramRunner {
    record Result(String stdout, String stderr, int exitCode) {
        /** stdout, plus the last stderr line when the program failed: the golden-file format. */
        String goldenText() {
            if (exitCode == 0) {
                return stdout;
            }
            String[] lines = stderr.strip().split("\n");
            String last = lines.length == 0 ? "" : lines[lines.length - 1];
            return last.isEmpty() ? stdout : stdout + last + "\n";
        }
    }

    /** Far beyond any test program's run time (the slowest take about ten seconds). */
    static final long PROGRAM_TIMEOUT_SECONDS = 180;

    private ProgramRunner() {
    }

    static Path root() {
        return Paths.get(System.getProperty("gilpy.root", "..")).toAbsolutePath().normalize();
    }

    static Result gilpy(Path workingDir, String stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.remove("PYTHON_GIL");
        environment.remove("GILPY_CACHE_DIR"); // tests parse every time unless they ask for the cache
        environment.putAll(env);
        // on a thread of its own, so that a program that hangs fails its test instead of the whole run
        java.util.concurrent.FutureTask<Integer> run = new java.util.concurrent.FutureTask<>(() -> GilpyMain.run(args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, environment, workingDir));
        Thread runner = new Thread(run, "gilpy-program");
        runner.setDaemon(true);
        runner.start();
        int code;
        try {
            code = run.get(PROGRAM_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("gilpy " + String.join(" ", args) + " did not finish within " + PROGRAM_TIMEOUT_SECONDS
                    + " s; stdout so far:\n" + out.toString(StandardCharsets.UTF_8));
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError("gilpy " + String.join(" ", args) + " failed to run", e);
        }
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
    }

    static Result gilpy(Path workingDir, String... args) {
        return gilpy(workingDir, "", Map.of(), args);
    }

    /** A CPython 3.12 interpreter if this machine has one (the reference), else python3, else null. */
    static String cpython() {
        String pyenvRoot = System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv");
        Path p312 = Paths.get(pyenvRoot, "versions", "3.12.1", "bin", "python3.12");
        if (Files.isExecutable(p312)) {
            return p312.toString();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            for (String name : new String[]{"python3.12", "python3"}) {
                Path candidate = Paths.get(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }

    static Result cpython(String python, Path workingDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(python);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workingDir.toFile());
        pb.environment().remove("PYTHON_GIL");
        Process p = pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new Result(new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8), p.exitValue());
    }

    /** Every program under tests/programs, samples and the aot training directory, except those marked NAME.skip-golden. */
    static List<Path> goldenPrograms() throws IOException {
        List<Path> result = new ArrayList<>();
        // the start-up cache's training program too: if it failed, ./gilpy would silently start slower
        for (String dir : new String[]{"tests/programs", "samples", "interpreter/src/main/aot"}) {
            Path base = root().resolve(dir);
            if (!Files.isDirectory(base)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(base)) {
                files.filter(f -> f.toString().endsWith(".py"))
                        .filter(f -> !Files.exists(Paths.get(f.toString().replaceAll("\\.py$", ".skip-golden"))))
                        .sorted()
                        .forEach(result::add);
            }
        }
        return result;
    }
}

package org.gilpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line behaves like python3's: arguments, exit statuses, error reports, the GIL switch. */
class LauncherTest {
    @TempDir
    Path dir;

    private ProgramRunner.Result run(String... args) {
        return ProgramRunner.gilpy(dir, args);
    }

    @Test
    void commandSeesArgv() {
        ProgramRunner.Result r = run("-c", "import sys; print(sys.argv)", "a", "b");
        assertEquals("['-c', 'a', 'b']\n", r.stdout());
        assertEquals(0, r.exitCode());
    }

    @Test
    void scriptSeesArgvAndMainName() throws IOException {
        Files.writeString(dir.resolve("prog.py"), "import sys\nprint(sys.argv, __name__)\n");
        ProgramRunner.Result r = run("prog.py", "x", "--flag");
        assertEquals("['prog.py', 'x', '--flag'] __main__\n", r.stdout());
    }

    @Test
    void exitStatuses() {
        assertEquals(3, run("-c", "raise SystemExit(3)").exitCode());
        assertEquals(0, run("-c", "import sys; sys.exit()").exitCode());
        ProgramRunner.Result message = run("-c", "import sys; sys.exit('bye')");
        assertEquals(1, message.exitCode());
        assertEquals("bye\n", message.stderr());
        assertEquals(130, run("-c", "raise KeyboardInterrupt").exitCode());
    }

    @Test
    void uncaughtExceptionPrintsCPythonTraceback() {
        ProgramRunner.Result r = run("-c", "def f():\n    return 1/0\nf()");
        assertEquals(1, r.exitCode());
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"<string>\", line 3, in <module>\n"
                + "  File \"<string>\", line 2, in f\n"
                + "ZeroDivisionError: division by zero\n", r.stderr());
    }

    @Test
    void tracebackShowsSourceLinesAndChaining() throws IOException {
        // Statements that fail as a whole, where CPython 3.12 prints no ~~^^ position markers.
        Files.writeString(dir.resolve("chain.py"), "try:\n    raise KeyError('k')\nexcept KeyError as e:\n    raise ValueError('bad') from e\n");
        ProgramRunner.Result r = run("chain.py");
        String path = dir.resolve("chain.py").toAbsolutePath().toString();
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + path + "\", line 2, in <module>\n"
                + "    raise KeyError('k')\n"
                + "KeyError: 'k'\n\n"
                + "The above exception was the direct cause of the following exception:\n\n"
                + "Traceback (most recent call last):\n"
                + "  File \"" + path + "\", line 4, in <module>\n"
                + "    raise ValueError('bad') from e\n"
                + "ValueError: bad\n", r.stderr());
    }

    /** Runs {@code source} as a script file: exit code 1 and, after the file's name, {@code report}. */
    private void assertSyntaxErrorReport(String source, String report) throws IOException {
        Files.writeString(dir.resolve("bad.py"), source);
        ProgramRunner.Result r = run("bad.py");
        assertEquals(1, r.exitCode());
        assertEquals("  File \"" + dir.resolve("bad.py").toAbsolutePath() + "\", " + report, r.stderr());
    }

    @Test
    void syntaxErrorHasCaret() throws IOException {
        assertSyntaxErrorReport("x = 1\nprint(x +)\n", "line 2\n    print(x +)\n             ^\nSyntaxError: invalid syntax\n");
    }

    @Test
    void unclosedBracketIsReported() {
        ProgramRunner.Result r = run("-c", "print(1");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().endsWith("SyntaxError: '(' was never closed\n"), r.stderr());
    }

    /** CPython: a bracket left open is blamed when the parse fails on a later line, not that line. */
    @Test
    void bracketLeftOpenIsBlamedForALaterError() throws IOException {
        assertSyntaxErrorReport("x = 1\nprint((1, 2)\ny = 3\n",
                "line 2\n    print((1, 2)\n         ^\nSyntaxError: '(' was never closed\n");
    }

    @Test
    void indentationErrors() {
        assertEquals("  File \"<string>\", line 2\n    print(1)\n    ^\n"
                + "IndentationError: expected an indented block after 'if' statement on line 1\n",
                run("-c", "if True:\nprint(1)").stderr());
        assertEquals("  File \"<string>\", line 2\n    y = 2\nIndentationError: unexpected indent\n",
                run("-c", "x = 1\n    y = 2").stderr());
        assertTrue(run("-c", "def f():\nreturn 1").stderr().endsWith("after function definition on line 1\n"));
    }

    @Test
    void compileStageErrorsLookLikeCPythons() throws IOException {
        Files.writeString(dir.resolve("ret.py"), "x = 1\nreturn x\n");
        assertEquals("  File \"" + dir.resolve("ret.py").toAbsolutePath() + "\", line 2\n    return x\n    ^^^^^^^^\n"
                + "SyntaxError: 'return' outside function\n", run("ret.py").stderr());
        // for -c code CPython's compiler has no source text, so no line and no caret
        assertEquals("  File \"<string>\", line 2\nSyntaxError: 'break' outside loop\n",
                run("-c", "if True:\n    break").stderr());
        assertEquals("  File \"<string>\", line 2\nSyntaxError: 'await' outside async function\n",
                run("-c", "def f():\n    await g()").stderr());
    }

    @Test
    void badOptionExitsWithTwo() {
        ProgramRunner.Result r = run("-Q");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("Unknown option: -Q"), r.stderr());
    }

    @Test
    void missingScriptExitsWithTwo() {
        ProgramRunner.Result r = run("nope.py");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("can't open file"), r.stderr());
    }

    @Test
    void versionAndHelp() {
        assertTrue(run("-V").stdout().startsWith("Python 3.12"));
        assertTrue(run("-h").stdout().contains("-X opt"));
    }

    @Test
    void gilSwitchPrecedence() {
        String code = "import sys; print(sys._is_gil_enabled())";
        assertEquals("True\n", run("-c", code).stdout());
        assertEquals("False\n", run("-X", "gil=0", "-c", code).stdout());
        assertEquals("False\n", ProgramRunner.gilpy(dir, "", Map.of("PYTHON_GIL", "0"), "-c", code).stdout());
        assertEquals("True\n", ProgramRunner.gilpy(dir, "", Map.of("PYTHON_GIL", "0"), "-X", "gil=1", "-c", code).stdout());
        assertEquals(2, run("-X", "gil=2", "-c", code).exitCode());
    }

    @Test
    void runModuleAsMain() throws IOException {
        Files.writeString(dir.resolve("tool.py"), "print('tool', __name__)\n");
        assertEquals("tool __main__\n", run("-m", "tool").stdout());
    }

    @Test
    void importsSiblingModulesAndPackages() throws IOException {
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pkg/__init__.py"), "from .helper import twice\nNAME = 'pkg'\n");
        Files.writeString(dir.resolve("pkg/helper.py"), "def twice(x):\n    return 2 * x\n");
        Files.writeString(dir.resolve("mod.py"), "print('loading mod')\nVALUE = 7\n");
        Files.writeString(dir.resolve("main.py"), "import mod, mod\nimport pkg\nfrom pkg.helper import twice as t\n"
                + "import sys\nprint(mod.VALUE, pkg.NAME, pkg.twice(4), t(5), 'mod' in sys.modules, mod.__name__)\n");
        ProgramRunner.Result r = run("main.py");
        assertEquals("loading mod\n7 pkg 8 10 True mod\n", r.stdout(), r.stderr());
    }

    @Test
    void internalErrorsNeverShowJavaStackTraces() {
        ProgramRunner.Result r = run("-c", "import nosuchmodule");
        assertEquals(1, r.exitCode());
        assertFalse(r.stderr().contains("at org.gilpy"), r.stderr());
        assertTrue(r.stderr().endsWith("ModuleNotFoundError: No module named 'nosuchmodule'\n"), r.stderr());
    }

    @Test
    void interactivePromptKeepsStateEchoesValuesAndSurvivesErrors() {
        // GILPY_FORCE_REPL stands in for a terminal on stdin
        ProgramRunner.Result r = ProgramRunner.gilpy(dir, "x = 6 * 7\nx\nNone\nfor i in range(2):\n    print(i)\n\n1/0\n_ + 1\nraise SystemExit(5)\n",
                Map.of("GILPY_FORCE_REPL", "1"));
        assertEquals(5, r.exitCode());
        assertTrue(r.stdout().contains(">>> 42\n"), r.stdout());
        assertTrue(r.stdout().contains("0\n1\n"), r.stdout());
        assertTrue(r.stdout().contains(">>> 43\n"), r.stdout());
        assertTrue(r.stderr().contains("ZeroDivisionError: division by zero"), r.stderr());
    }

    @Test
    void readsInput() {
        ProgramRunner.Result r = ProgramRunner.gilpy(dir, "Ada\n", Map.of(), "-c", "name = input('who? ')\nprint('hi', name)");
        assertEquals("who? hi Ada\n", r.stdout());
    }
}

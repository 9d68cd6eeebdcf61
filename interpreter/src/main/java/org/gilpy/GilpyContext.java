package org.gilpy;

import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.Source;

import org.gilpy.builtins.BuiltinRegistry;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PFile;
import org.gilpy.runtime.PList;
import org.gilpy.runtime.PModule;
import org.gilpy.runtime.PythonTypes;
import org.gilpy.runtime.gil.Gil;
import org.gilpy.runtime.imports.ModuleImporter;

/**
 * The state of one running Python program: {@code sys.modules}, the builtins module, the
 * standard streams, the command-line arguments. Everything a program can change lives here,
 * so that two contexts (two programs, or later two processes) never see each other.
 */
public final class GilpyContext {
    private static final ContextReference<GilpyContext> REFERENCE = ContextReference.create(GilpyLanguage.class);

    private final GilpyLanguage language;
    private final Env env;
    private final ModuleImporter importer;
    private final Gil gil;
    private PDict modules;
    private PModule builtinsModule;
    private PModule sysModule;
    private volatile int recursionLimit = 1000;
    /** Python threads of this context that are running (_thread._count). */
    private final java.util.concurrent.atomic.AtomicInteger runningThreads = new java.util.concurrent.atomic.AtomicInteger();
    /** sys.setswitchinterval, kept in whole microseconds as CPython does; the GIL reads it. */
    private volatile long switchIntervalMicros = 5000;
    private PFile stdout;
    private PFile stderr;
    private PFile stdin;
    /** os.getpid() and os.getppid(): the JVM's for the main process, assigned ones for child processes. */
    private volatile Integer exitStatus;
    private final java.util.List<org.gilpy.runtime.process.ChildProcess> children =
            java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private long pid = ProcessHandle.current().pid();
    private long parentPid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);

    GilpyContext(GilpyLanguage language, Env env) {
        this.language = language;
        this.env = env;
        this.importer = new ModuleImporter(this);
        this.gil = Gil.create(env.getOptions().get(GilpyLanguage.GIL), () -> switchIntervalMicros,
                hasXOption("gilstats"));
        if (!gil.isEnabled()) {
            org.gilpy.runtime.FreeThreading.enable();
        }
    }

    public static GilpyContext get(Node node) {
        return REFERENCE.get(node);
    }

    void installBuiltinTypeMethods() {
        BuiltinRegistry.installTypeMethods(language, language.getTypes());
    }

    void initialize() {
        boolean unbuffered = env.getOptions().get(GilpyLanguage.Unbuffered);
        stdout = PFile.forStream(env.out(), "<stdout>", unbuffered);
        stderr = PFile.forStream(env.err(), "<stderr>", true);
        stdin = PFile.forInput(env.in(), "<stdin>");
        modules = new PDict();
        builtinsModule = BuiltinRegistry.createBuiltinsModule(this);
        modules.put("builtins", builtinsModule);
        sysModule = BuiltinRegistry.createModule(this, "sys");
        modules.put("sys", sysModule);
    }

    /**
     * Runs the main program as {@code __main__}: the evaluated source, or the module named
     * by the RunModule option ({@code -m}). {@code sys.path[0]} is the script's directory.
     */
    public void runMain(Source source) {
        if (isInteractive()) {
            runInteractive(source);
            return;
        }
        String runModule = env.getOptions().get(GilpyLanguage.RunModule);
        PList path = (PList) sysModule.getGlobals().getStr("path");
        if (!runModule.isEmpty()) {
            path.insert(0, env.getCurrentWorkingDirectory().getPath());
            importer.runModuleAsMain(runModule);
            return;
        }
        String file = source.getPath();
        if (file != null) {
            TruffleFile parent = env.getPublicTruffleFile(file).getAbsoluteFile().getParent();
            path.insert(0, parent == null ? "" : parent.getPath());
        } else {
            path.insert(0, "");
        }
        importer.executeMain(source, file == null ? null : source.getName());
    }

    /**
     * One input of the interactive prompt: runs in the persistent {@code __main__} (created on
     * first use), so names survive from one input to the next.
     */
    private void runInteractive(Source source) {
        Object main = modules.get("__main__");
        PDict globals;
        if (main instanceof org.gilpy.runtime.PModule m) {
            globals = m.getGlobals();
        } else {
            globals = new PDict();
            org.gilpy.runtime.PModule module = new org.gilpy.runtime.PModule("__main__", globals);
            globals.put("__builtins__", builtinsModule);
            globals.put("__doc__", org.gilpy.runtime.PNone.NONE);
            modules.put("__main__", module);
            ((PList) sysModule.getGlobals().getStr("path")).insert(0, "");
        }
        importer.run(source, globals, true);
    }

    /** Whether evaluated sources are prompt inputs: expression values are echoed, errors do not end the session. */
    public boolean isInteractive() {
        return env.getOptions().get(GilpyLanguage.Interactive);
    }

    /**
     * Called once the main module finished, in CPython's order: waits for non-daemon threads
     * (threading._shutdown, while the GIL is released to them), runs the atexit functions,
     * flushes the streams; returns the exit status.
     */
    public int shutdown(int status) {
        runShutdownHook("threading", "_shutdown");
        runShutdownHook("atexit", "_run_exitfuncs");
        flushStreams();
        if (gil.getStats() != null) {
            stderr.write(gil.getStats().report(switchIntervalMicros / 1000.0));
            stderr.flushQuietly();
        }
        return status;
    }

    /** Calls {@code module.function()} if the program imported that module. */
    private void runShutdownHook(String module, String function) {
        if (modules.get(module) instanceof org.gilpy.runtime.PModule m) {
            Object hook = m.getGlobals().getStr(function);
            if (hook != null) {
                try {
                    org.gilpy.runtime.PyCallables.call(hook);
                } catch (org.gilpy.runtime.PException e) {
                    stderr.write(org.gilpy.runtime.TracebackPrinter.format(e.getPythonException()));
                }
            }
        }
    }

    /** Whether {@code -X name} (or {@code -X name=value}) was given. */
    public boolean hasXOption(String name) {
        for (String opt : env.getOptions().get(GilpyLanguage.XOptions).split(",")) {
            if (opt.equals(name) || opt.startsWith(name + "=")) {
                return true;
            }
        }
        return false;
    }

    public PModule getSysModule() {
        return sysModule;
    }

    public long getSwitchIntervalMicros() {
        return switchIntervalMicros;
    }

    /** Stored truncated to whole microseconds, like CPython (the GIL waits at least 1 us). */
    public void setSwitchIntervalMicros(long micros) {
        this.switchIntervalMicros = Math.max(0, micros);
    }

    public java.util.concurrent.atomic.AtomicInteger getRunningThreads() {
        return runningThreads;
    }

    public int getRecursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    public void addChildProcess(org.gilpy.runtime.process.ChildProcess child) {
        children.add(child);
    }

    public void removeChildProcess(org.gilpy.runtime.process.ChildProcess child) {
        children.remove(child);
    }

    /**
     * When this process ends: children still running are stopped (multiprocessing has already
     * joined the non-daemon ones at exit), and every child's context is closed, with the
     * daemon threads it may have left.
     */
    public void closeChildProcesses() {
        for (org.gilpy.runtime.process.ChildProcess child : children.toArray(new org.gilpy.runtime.process.ChildProcess[0])) {
            child.terminate(null, 15);
            child.closeContext();
        }
        children.clear();
    }

    /** The status os._exit() was called with (it ends the context), or null. */
    public Integer getExitStatus() {
        return exitStatus;
    }

    public void setExitStatus(int status) {
        this.exitStatus = status;
    }

    public long getPid() {
        return pid;
    }

    public long getParentPid() {
        return parentPid;
    }

    /** Makes this context a child process (see {@code org.gilpy.runtime.process.ChildProcess}). */
    public void setProcessIds(long pid, long parentPid) {
        this.pid = pid;
        this.parentPid = parentPid;
    }

    public GilpyLanguage getLanguage() {
        return language;
    }

    public Env getEnv() {
        return env;
    }

    public PythonTypes getTypes() {
        return language.getTypes();
    }

    /** {@code sys.modules}. */
    public PDict getModules() {
        return modules;
    }

    public PModule getBuiltinsModule() {
        return builtinsModule;
    }

    public PDict getBuiltins() {
        return builtinsModule.getGlobals();
    }

    public ModuleImporter getImporter() {
        return importer;
    }

    public PFile getStdout() {
        return stdout;
    }

    public PFile getStderr() {
        return stderr;
    }

    public PFile getStdin() {
        return stdin;
    }

    public boolean isGilEnabled() {
        return gil.isEnabled();
    }

    /** The one GIL of this context (a no-op object when running with {@code -X gil=0}). */
    public Gil getGil() {
        return gil;
    }

    public String[] getArguments() {
        return env.getApplicationArguments();
    }

    /**
     * Files open for writing: flushed when the program ends, as CPython's are when the file
     * objects die. Weak, so a file nobody refers to any more can be collected.
     */
    private final java.util.Set<PFile> openFiles = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    public void trackOpenFile(PFile file) {
        openFiles.add(file);
    }

    public void flushStreams() {
        PFile[] files;
        synchronized (openFiles) {
            files = openFiles.toArray(new PFile[0]);
        }
        for (PFile file : files) {
            file.flushQuietly();
        }
        if (stdout != null) {
            stdout.flushQuietly();
        }
        if (stderr != null) {
            stderr.flushQuietly();
        }
    }

}

package org.gilpy.runtime.process;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleContext;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PException;
import org.gilpy.runtime.PModule;
import org.gilpy.runtime.PyCallables;
import org.gilpy.runtime.PyNumbers;
import org.gilpy.runtime.PyObject;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.PythonTypes;
import org.gilpy.runtime.TracebackPrinter;

/**
 * A child process: an inner Truffle context of the same JVM, with its own modules, its own
 * GIL and its own pid, run by one thread. {@link #fork} starts it as a copy of the parent
 * (see {@link ForkCopier}) and runs the copied {@code Process} object's {@code _bootstrap()},
 * whose result is the exit code. {@link #terminate} cancels the child's context, which stops
 * even a CPU-bound child at its next safepoint, and gives the exit code {@code -signal}.
 */
public final class ChildProcess extends PyObject {
    private static final AtomicLong PID_OFFSET = new AtomicLong();
    private static final long THREAD_STACK_BYTES = 64L * 1024 * 1024;

    private final long pid;
    private final TruffleContext context;
    private final GilpyContext parent;
    private Thread thread;
    private volatile Long exitCode;
    private volatile int killedBy;
    private boolean contextClosed;

    private ChildProcess(long pid, TruffleContext context, GilpyContext parent) {
        super(PythonTypes.get().childProcess);
        this.pid = pid;
        this.context = context;
        this.parent = parent;
    }

    public long getPid() {
        return pid;
    }

    /** The exit code, or null while the child runs. */
    public Long getExitCode() {
        return exitCode;
    }

    /**
     * Starts a child whose state is a copy of the parent's at this moment. The calling thread
     * keeps the parent's GIL until the copy is complete, so no parent thread changes anything
     * meanwhile.
     */
    @TruffleBoundary
    public static ChildProcess fork(GilpyContext parent, Node location, Object processObject) {
        Thread forkingThread = Thread.currentThread();
        return start(parent, location, true, (own, ports) -> {
            ForkCopier copier = new ForkCopier(parent, own, forkingThread, Thread.currentThread());
            copier.copyModules();
            Object process = copier.copy(processObject);
            ports.addAll(copier.copiedPorts());
            return process;
        });
    }

    /**
     * Starts a child as CPython's spawn does: a fresh interpreter that gets the parent's
     * {@code sys.argv} and {@code sys.path}, runs the main script as {@code __mp_main__}
     * (with {@code multiprocessing.process._bootstrapping} set, so that a script without the
     * {@code __main__} guard fails as in CPython), then rebuilds the process object from a
     * pickle-style snapshot taken now (the target travels by qualified name).
     */
    @TruffleBoundary
    public static ChildProcess spawn(GilpyContext parent, Node location, Object processObject, String mainPath) {
        PDict parentSys = parent.getSysModule().getGlobals();
        Snapshot process = Snapshot.of(processObject);
        Snapshot argv = Snapshot.of(parentSys.getStr("argv"));
        Snapshot path = Snapshot.of(parentSys.getStr("path"));
        return start(parent, location, false, (own, ports) -> {
            PDict sys = own.getSysModule().getGlobals();
            sys.put("argv", argv.rebuild(own));
            sys.put("path", path.rebuild(own));
            own.getGil().acquire(null);
            try {
                PModule processModule = (PModule) own.getImporter().importModule("multiprocessing.process", null, 0);
                processModule.getGlobals().put("_bootstrapping", true);
                // as in CPython's spawned child, the start method is already set when main is imported
                PModule contextModule = (PModule) own.getImporter().importModule("multiprocessing.context", null, 0);
                Object defaultContext = contextModule.getGlobals().getStr("_default_context");
                PyCallables.call(PyObjects.getAttribute(defaultContext, "set_start_method"), "spawn", true);
                if (mainPath != null) {
                    own.getImporter().runFileAsMainAlias("__mp_main__", mainPath);
                }
                processModule.getGlobals().put("_bootstrapping", false);
                return process.rebuild(own);
            } finally {
                own.getGil().release();
            }
        });
    }

    /** What a child does before its process object's {@code _bootstrap()}: makes that object. */
    private interface Preparation {
        Object prepare(GilpyContext own, java.util.List<PMessagePort> ports);
    }

    private static ChildProcess start(GilpyContext parent, Node location, boolean parentWaits, Preparation preparation) {
        long pid = parent.getPid() + 1000 + PID_OFFSET.incrementAndGet();
        TruffleContext inner = parent.getEnv().newInnerContextBuilder().inheritAllAccess(true).forceSharing(true)
                .initializeCreatorContext(true).build();
        ChildProcess child = new ChildProcess(pid, inner, parent);
        parent.addChildProcess(child);
        CountDownLatch prepared = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        child.thread = parent.getEnv().newTruffleThreadBuilder(() -> {
            Object process;
            java.util.List<PMessagePort> ports = new java.util.ArrayList<>();
            GilpyContext own = GilpyContext.get(null);
            try {
                if (own.getLanguage() != parent.getLanguage()) {
                    throw PythonErrors.runtimeError("gilpy can start a child process only when the program runs with "
                            + "code sharing: run it with -X processes");
                }
                own.setProcessIds(pid, parent.getPid());
                process = preparation.prepare(own, ports);
            } catch (PException e) {
                if (parentWaits) {
                    failure[0] = e;
                } else {
                    own.getStderr().write(TracebackPrinter.format(e.getPythonException()));
                    own.flushStreams();
                }
                child.exitCode = 1L;
                return;
            } catch (Throwable t) {
                failure[0] = t;
                child.exitCode = 1L;
                return;
            } finally {
                prepared.countDown();
            }
            try {
                child.exitCode = child.run(own, process);
            } finally {
                if (child.exitCode == null) {
                    child.exitCode = 1L; // ended by an internal error; the parent must not wait forever
                }
                ports.forEach(PMessagePort::close);
            }
        }).context(inner).stackSize(THREAD_STACK_BYTES).build();
        child.thread.setDaemon(true);
        child.thread.start();
        if (parentWaits) {
            TruffleSafepoint.setBlockedThreadInterruptible(location, CountDownLatch::await, prepared);
            if (failure[0] != null) {
                throw failure[0] instanceof PException e ? e : PythonErrors.runtimeError("fork failed: " + failure[0]);
            }
        }
        return child;
    }

    /** Runs {@code process._bootstrap()} holding the child's GIL; returns the exit code. */
    private long run(GilpyContext own, Object process) {
        own.getGil().acquire(null);
        try {
            Object code = PyCallables.call(PyObjects.getAttribute(process, "_bootstrap"));
            return code instanceof Long l ? l : PyNumbers.asIndex(code);
        } catch (PException e) {
            own.getStderr().write(TracebackPrinter.format(e.getPythonException()));
            return 1;
        } catch (RuntimeException | Error e) {
            if (killedBy != 0) {
                return -killedBy; // cancelled by terminate()/kill()
            }
            if (own.getExitStatus() != null) {
                return own.getExitStatus(); // os._exit()
            }
            throw e;
        } finally {
            own.flushStreams();
            own.getGil().release();
        }
    }

    /** Waits for the child to end, at most {@code timeoutSeconds} (negative: no limit); true if it ended. */
    @TruffleBoundary
    public boolean join(GilpyContext parent, Node location, double timeoutSeconds) {
        if (thread.isAlive()) {
            parent.getGil().blocking(location, () -> {
                TruffleSafepoint.setBlockedThreadInterruptible(location, t -> {
                    if (timeoutSeconds < 0) {
                        t.join();
                    } else {
                        t.join(Math.max(1, (long) Math.ceil(timeoutSeconds * 1000)));
                    }
                }, thread);
                return null;
            });
        }
        if (thread.isAlive()) {
            return false;
        }
        closeContext();
        return true;
    }

    public boolean isAlive() {
        return thread.isAlive();
    }

    /** Stops the child as a signal would ({@code SIGTERM} 15, {@code SIGKILL} 9). */
    @TruffleBoundary
    public void terminate(Node location, int signal) {
        if (!thread.isAlive() || exitCode != null) {
            return;
        }
        killedBy = signal;
        context.closeCancelled(location, "terminated by signal " + signal);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (exitCode == null) {
            exitCode = (long) -signal;
        }
        synchronized (this) {
            contextClosed = true;
        }
        parent.removeChildProcess(this);
    }

    /**
     * Closes the child's context once its main thread has ended; daemon threads it left behind
     * are cancelled, as a process's exit ends them.
     */
    public synchronized void closeContext() {
        if (!contextClosed) {
            contextClosed = true;
            context.closeCancelled(null, "process exited");
        }
        parent.removeChildProcess(this);
    }
}

package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.gil.TimerSlack;
import org.gilpy.runtime.*;

/**
 * The {@code _thread} module: real Java platform threads entered into the context (each
 * runs Python code only while holding the GIL), locks, and thread identities. The
 * {@code threading} module in stdlib/ is written on top of it.
 */
public final class ThreadModule implements BuiltinModule {
    /** Python threads get deep stacks, like the main thread, so recursion ends in RecursionError. */
    static final long THREAD_STACK_BYTES = 64L * 1024 * 1024;
    static final double TIMEOUT_MAX = 9223372036.0;

    @Override
    public String name() {
        return "_thread";
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return ThreadModuleFactory.getFactories();
    }

    @Override
    public void initialize(GilpyContext context, PDict ns) {
        PythonTypes t = context.getTypes();
        ns.put("LockType", t.lock);
        ns.put("lock", t.lock);
        ns.put("RLock", t.rlock);
        ns.put("error", t.exception("RuntimeError"));
        ns.put("TIMEOUT_MAX", TIMEOUT_MAX);
    }

    @Builtin(name = "start_new_thread", params = "function, args, kwargs=?, /")
    @GenerateNodeFactory
    abstract static class StartNewThreadNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object start(Object function, Object args, Object kwargs) {
            if (!PyCallables.isCallable(function)) {
                throw PythonErrors.typeError("first arg must be callable");
            }
            if (!(args instanceof PTuple tuple)) {
                throw PythonErrors.typeError("2nd arg must be a tuple");
            }
            PDict kw = kwargs == PNone.NO_VALUE ? null : (PDict) kwargs;
            GilpyContext context = GilpyContext.get(this);
            context.getGil().threadStarting();
            TimerSlack.tightenForCurrentThread(); // the starter too: once threads compete, its waits matter
            Thread thread = context.getEnv().newTruffleThreadBuilder(() -> runThread(context, function, tuple.getItems(), kw))
                    .stackSize(THREAD_STACK_BYTES).build();
            thread.setDaemon(true);
            context.getRunningThreads().incrementAndGet();
            thread.start();
            return thread.threadId();
        }
    }

    /** The body of every Python thread: take the GIL, run the function, report what escapes. */
    static void runThread(GilpyContext context, Object function, Object[] args, PDict kwargs) {
        TimerSlack.tightenForCurrentThread();
        context.getGil().acquire(null);
        try {
            PyCallables.callWithMapping(function, args, kwargs);
        } catch (PException e) {
            PBaseException exc = e.getPythonException();
            if (!PyObjects.isInstance(exc, PythonTypes.get().exception("SystemExit"))) {
                context.getStdout().flushQuietly();
                context.getStderr().write("Exception ignored in thread started by: " + PyObjects.repr(function) + "\n"
                        + TracebackPrinter.format(exc));
            }
        } catch (RuntimeException | StackOverflowError e) {
            if (e instanceof com.oracle.truffle.api.exception.AbstractTruffleException || isCancellation(e)) {
                throw e; // the context is closing: let Truffle unwind this thread
            }
            // never a Java stack trace: one line, as the launcher does for the main thread
            context.getStderr().write("gilpy: internal error in thread " + Thread.currentThread().getName() + ": " + e + "\n");
        } finally {
            context.getRunningThreads().decrementAndGet();
            context.getGil().release();
        }
    }

    /**
     * {@code Thread.run}'s call of its target, never inlined into {@code run}: a compiled
     * {@code run} that had inlined one target was invalidated when a thread started with another,
     * and threads already running their loop inside it fell back to the interpreter until OSR.
     * Called through here, every target keeps its own compiled code.
     */
    @Builtin(name = "_run_target", params = "function, args, kwargs, /")
    @GenerateNodeFactory
    abstract static class RunTargetNode extends BuiltinNode.Ternary {
        @Specialization
        Object run(Object function, Object args, Object kwargs) {
            Object[] positional = args instanceof PTuple tuple ? tuple.getItems() : PyObjects.toArray(args);
            return PyCallables.callWithMapping(function, positional, kwargs);
        }
    }

    private static boolean isCancellation(Throwable e) {
        return e.getClass().getName().contains("Cancel") || e.getClass().getName().contains("ThreadDeath");
    }

    @Builtin(name = "allocate_lock")
    @GenerateNodeFactory
    abstract static class AllocateLockNode extends BuiltinNode.Nullary {
        @Specialization
        Object allocate() {
            return new PLock(PythonTypes.get().lock, false);
        }
    }

    @Builtin(name = "get_ident")
    @GenerateNodeFactory
    abstract static class GetIdentNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        Object ident() {
            return Thread.currentThread().threadId();
        }
    }

    @Builtin(name = "get_native_id")
    @GenerateNodeFactory
    abstract static class GetNativeIdNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        Object nativeId() {
            return Thread.currentThread().threadId();
        }
    }

    @Builtin(name = "_count")
    @GenerateNodeFactory
    abstract static class CountNode extends BuiltinNode.Nullary {
        @Specialization
        Object count() {
            return (long) GilpyContext.get(this).getRunningThreads().get();
        }
    }

    @Builtin(name = "daemon_threads_allowed")
    @GenerateNodeFactory
    abstract static class DaemonThreadsAllowedNode extends BuiltinNode.Nullary {
        @Specialization
        Object allowed() {
            return true;
        }
    }

    /** Names the current thread for reports such as -X gilstats (threading calls it). */
    @Builtin(name = "_set_name", params = "name, /")
    @GenerateNodeFactory
    abstract static class SetNameNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object setName(Object name) {
            org.gilpy.runtime.gil.GilStats stats = GilpyContext.get(this).getGil().getStats();
            if (stats != null) {
                stats.name(PyObjects.str(name));
            }
            return PNone.NONE;
        }
    }

    /** Formats an exception with its traceback as CPython prints it (for threading.excepthook). */
    @Builtin(name = "_format_exception", params = "exc, /")
    @GenerateNodeFactory
    abstract static class FormatExceptionNode extends BuiltinNode.Unary {
        @Specialization
        Object format(Object exc) {
            return TracebackPrinter.format((PBaseException) exc);
        }
    }

    @Builtin(name = "stack_size", params = "size=?, /")
    @GenerateNodeFactory
    abstract static class StackSizeNode extends BuiltinNode.Unary {
        @Specialization
        Object stackSize(Object size) {
            return 0L;
        }
    }
}

package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.PBaseException;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PyNumbers;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.TracebackPrinter;
import org.gilpy.runtime.process.ChildProcess;

/**
 * The {@code _gilpy_process} module: child processes as inner contexts of this JVM (see
 * {@link ChildProcess}). {@code multiprocessing} in stdlib/ is written on top of it.
 */
public final class ProcessModule implements BuiltinModule {
    @Override
    public String name() {
        return "_gilpy_process";
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return ProcessModuleFactory.getFactories();
    }

    static ChildProcess child(Object handle) {
        if (handle instanceof ChildProcess c) {
            return c;
        }
        throw PythonErrors.typeError("a child process handle is required");
    }

    @Builtin(name = "fork", params = "process, /")
    @GenerateNodeFactory
    abstract static class ForkNode extends BuiltinNode.Unary {
        /** Starts a child running {@code process._bootstrap()} on a copy of this process's state. */
        @Specialization
        Object fork(Object process) {
            return ChildProcess.fork(GilpyContext.get(this), this, process);
        }
    }

    @Builtin(name = "join", params = "child, timeout, /")
    @GenerateNodeFactory
    abstract static class JoinNode extends BuiltinNode.Binary {
        /** Waits for the child (timeout None: without limit); whether it has ended. */
        @Specialization
        Object join(Object handle, Object timeout) {
            double seconds = timeout == PNone.NONE ? -1 : Math.max(0, PyNumbers.toDouble(timeout));
            return child(handle).join(GilpyContext.get(this), this, seconds);
        }
    }

    @Builtin(name = "exitcode", params = "child, /")
    @GenerateNodeFactory
    abstract static class ExitCodeNode extends BuiltinNode.Unary {
        @Specialization
        Object exitcode(Object handle) {
            Long code = child(handle).getExitCode();
            return code == null ? PNone.NONE : code;
        }
    }

    @Builtin(name = "pid", params = "child, /")
    @GenerateNodeFactory
    abstract static class PidNode extends BuiltinNode.Unary {
        @Specialization
        Object pid(Object handle) {
            return child(handle).getPid();
        }
    }

    @Builtin(name = "is_alive", params = "child, /")
    @GenerateNodeFactory
    abstract static class IsAliveNode extends BuiltinNode.Unary {
        @Specialization
        Object isAlive(Object handle) {
            return child(handle).isAlive();
        }
    }

    @Builtin(name = "terminate", params = "child, signal, /")
    @GenerateNodeFactory
    abstract static class TerminateNode extends BuiltinNode.Binary {
        /** Stops the child as the signal would; its exit code becomes -signal. */
        @Specialization
        Object terminate(Object handle, Object signal) {
            child(handle).terminate(this, (int) PyNumbers.asIndex(signal));
            return PNone.NONE;
        }
    }

    @Builtin(name = "print_exception", params = "exc, /")
    @GenerateNodeFactory
    abstract static class PrintExceptionNode extends BuiltinNode.Unary {
        /** Writes the exception's traceback to this process's stderr, as an uncaught exception's. */
        @Specialization
        @TruffleBoundary
        Object print(Object exc) {
            if (!(exc instanceof PBaseException e)) {
                throw PythonErrors.typeError("an exception is required");
            }
            GilpyContext.get(this).getStderr().write(TracebackPrinter.format(e));
            return PNone.NONE;
        }
    }
}

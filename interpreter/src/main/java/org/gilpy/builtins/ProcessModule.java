package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.PBaseException;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PTuple;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.PythonTypes;
import org.gilpy.runtime.process.PMessagePort;
import org.gilpy.runtime.process.PSemaphore;
import org.gilpy.runtime.process.PSharedMemory;
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

    @Override
    public void initialize(GilpyContext context, PDict namespace) {
        PythonTypes types = context.getTypes();
        PythonClass pickleError = new PythonClass(types.type, "PickleError",
                new PythonClass[]{types.exception("Exception")}, new PDict(), false);
        pickleError.setModule("_pickle");
        PythonClass picklingError = new PythonClass(types.type, "PicklingError", new PythonClass[]{pickleError},
                new PDict(), false);
        picklingError.setModule("_pickle");
        PythonClass unpicklingError = new PythonClass(types.type, "UnpicklingError", new PythonClass[]{pickleError},
                new PDict(), false);
        unpicklingError.setModule("_pickle");
        namespace.put("PickleError", pickleError);
        namespace.put("PicklingError", picklingError);
        namespace.put("UnpicklingError", unpicklingError);
    }

    /** The handle as the Java object this module made it from, or a TypeError naming what was expected. */
    static <T> T handle(Object handle, Class<T> type, String what) {
        if (type.isInstance(handle)) {
            return type.cast(handle);
        }
        throw PythonErrors.typeError(what + " is required");
    }

    static PMessagePort port(Object handle) {
        return handle(handle, PMessagePort.class, "a message port");
    }

    static double timeout(Object timeout) {
        return timeout == PNone.NONE ? -1 : Math.max(0, PyNumbers.toDouble(timeout));
    }

    @Builtin(name = "pipe", params = "duplex, /")
    @GenerateNodeFactory
    abstract static class PipeNode extends BuiltinNode.Unary {
        /** Two connected ports: both ways, or (receiving end, sending end). */
        @Specialization
        Object pipe(Object duplex) {
            PMessagePort[] ends = PMessagePort.pipe(PyObjects.isTrue(duplex));
            return PTuple.of(ends[0], ends[1]);
        }
    }

    @Builtin(name = "queue", params = "maxsize, /")
    @GenerateNodeFactory
    abstract static class QueueNode extends BuiltinNode.Unary {
        /** A port on a new queue shared with forked children (maxsize <= 0: unbounded). */
        @Specialization
        Object queue(Object maxsize) {
            return PMessagePort.queue((int) PyNumbers.asIndex(maxsize));
        }
    }

    @Builtin(name = "send", params = "port, value, timeout, /")
    @GenerateNodeFactory
    abstract static class SendNode extends BuiltinNode.Ternary {
        /** Sends a pickle-style copy of value; False if a bounded queue stayed full for the timeout. */
        @Specialization
        Object send(Object port, Object value, Object timeout) {
            return port(port).send(GilpyContext.get(this), this, value, timeout(timeout));
        }
    }

    @Builtin(name = "recv", params = "port, timeout, /")
    @GenerateNodeFactory
    abstract static class RecvNode extends BuiltinNode.Binary {
        /** (True, value), or (False, None) when nothing came within the timeout; EOFError on a pipe with no senders left. */
        @Specialization
        Object recv(Object port, Object timeout) {
            Object value = port(port).receive(GilpyContext.get(this), this, timeout(timeout));
            return value == null ? PTuple.of(false, PNone.NONE) : PTuple.of(true, value);
        }
    }

    @Builtin(name = "poll", params = "port, timeout, /")
    @GenerateNodeFactory
    abstract static class PollNode extends BuiltinNode.Binary {
        @Specialization
        Object poll(Object port, Object timeout) {
            return port(port).poll(GilpyContext.get(this), this, timeout == PNone.NONE ? 1e9 : timeout(timeout));
        }
    }

    @Builtin(name = "close_port", params = "port, /")
    @GenerateNodeFactory
    abstract static class ClosePortNode extends BuiltinNode.Unary {
        @Specialization
        Object close(Object port) {
            port(port).close();
            return PNone.NONE;
        }
    }

    @Builtin(name = "port_state", params = "port, /")
    @GenerateNodeFactory
    abstract static class PortStateNode extends BuiltinNode.Unary {
        /** (closed, readable, writable, messages waiting). */
        @Specialization
        Object state(Object handle) {
            PMessagePort p = port(handle);
            return PTuple.of(p.isClosed(), p.canReceive(), p.canSend(), (long) (p.canReceive() ? p.size() : 0));
        }
    }

    @Builtin(name = "task_done", params = "port, /")
    @GenerateNodeFactory
    abstract static class TaskDoneNode extends BuiltinNode.Unary {
        @Specialization
        Object taskDone(Object port) {
            if (!port(port).taskDone()) {
                throw PythonErrors.valueError("task_done() called too many times");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "join_tasks", params = "port, /")
    @GenerateNodeFactory
    abstract static class JoinTasksNode extends BuiltinNode.Unary {
        @Specialization
        Object join(Object port) {
            port(port).joinTasks(GilpyContext.get(this), this);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pickle_dumps", params = "obj, protocol, /")
    @GenerateNodeFactory
    abstract static class PickleDumpsNode extends BuiltinNode.Binary {
        /** pickle.dumps at protocol 4 or 5. */
        @Specialization
        Object dumps(Object obj, Object protocol) {
            return new org.gilpy.runtime.PBytes(org.gilpy.runtime.process.PickleCodec.dumps(GilpyContext.get(this), obj,
                    (int) PyNumbers.asIndex(protocol)));
        }
    }

    @Builtin(name = "pickle_loads", params = "data, /")
    @GenerateNodeFactory
    abstract static class PickleLoadsNode extends BuiltinNode.Unary {
        @Specialization
        Object loads(Object data) {
            if (!(data instanceof org.gilpy.runtime.PBytes b)) {
                throw PythonErrors.typeError("a bytes-like object is required, not '" + PyObjects.typeName(data) + "'");
            }
            return org.gilpy.runtime.process.PickleCodec.loads(GilpyContext.get(this), b.getBytes());
        }
    }

    @Builtin(name = "shared_lock", params = "reentrant, /")
    @GenerateNodeFactory
    abstract static class SharedLockNode extends BuiltinNode.Unary {
        /** A lock (or RLock) that forked children share: multiprocessing.Lock. */
        @Specialization
        Object lock(Object reentrant) {
            PythonTypes types = PythonTypes.get();
            boolean r = PyObjects.isTrue(reentrant);
            return org.gilpy.runtime.PLock.sharedBetweenProcesses(r ? types.rlock : types.lock, r);
        }
    }

    @Builtin(name = "semaphore", params = "value, bounded, /")
    @GenerateNodeFactory
    abstract static class SemaphoreNode extends BuiltinNode.Binary {
        @Specialization
        Object semaphore(Object value, Object bounded) {
            return new PSemaphore((int) PyNumbers.asIndex(value), PyObjects.isTrue(bounded));
        }
    }

    static PSemaphore sem(Object handle) {
        return handle(handle, PSemaphore.class, "a shared semaphore");
    }

    @Builtin(name = "sem_acquire", params = "sem, blocking, timeout, /")
    @GenerateNodeFactory
    abstract static class SemAcquireNode extends BuiltinNode.Ternary {
        @Specialization
        Object acquire(Object sem, Object blocking, Object timeout) {
            return sem(sem).acquire(GilpyContext.get(this), this, PyObjects.isTrue(blocking), timeout(timeout));
        }
    }

    @Builtin(name = "sem_release", params = "sem, /")
    @GenerateNodeFactory
    abstract static class SemReleaseNode extends BuiltinNode.Unary {
        @Specialization
        Object release(Object sem) {
            sem(sem).release();
            return PNone.NONE;
        }
    }

    @Builtin(name = "sem_value", params = "sem, /")
    @GenerateNodeFactory
    abstract static class SemValueNode extends BuiltinNode.Unary {
        @Specialization
        Object value(Object sem) {
            return (long) sem(sem).value();
        }
    }

    static PSharedMemory memory(Object handle) {
        return handle(handle, PSharedMemory.class, "shared memory");
    }

    @Builtin(name = "shared_memory", params = "typecode, size, /")
    @GenerateNodeFactory
    abstract static class SharedMemoryNode extends BuiltinNode.Binary {
        /** size cells of a C type, zeroed, shared with forked children. */
        @Specialization
        Object create(Object typecode, Object size) {
            if (!(typecode instanceof String code)) {
                throw PythonErrors.typeError("typecode must be a str");
            }
            return new PSharedMemory(code, (int) PyNumbers.asIndex(size));
        }
    }

    @Builtin(name = "mem_get", params = "memory, index, /")
    @GenerateNodeFactory
    abstract static class MemGetNode extends BuiltinNode.Binary {
        @Specialization
        Object get(Object memory, Object index) {
            return memory(memory).get((int) PyNumbers.asIndex(index));
        }
    }

    @Builtin(name = "mem_set", params = "memory, index, value, /")
    @GenerateNodeFactory
    abstract static class MemSetNode extends BuiltinNode.Ternary {
        @Specialization
        Object set(Object memory, Object index, Object value) {
            memory(memory).set((int) PyNumbers.asIndex(index), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "mem_info", params = "memory, /")
    @GenerateNodeFactory
    abstract static class MemInfoNode extends BuiltinNode.Unary {
        /** (typecode, length). */
        @Specialization
        Object info(Object memory) {
            PSharedMemory m = memory(memory);
            return PTuple.of(String.valueOf(m.typecode()), (long) m.length());
        }
    }

    static ChildProcess child(Object handle) {
        return handle(handle, ChildProcess.class, "a child process handle");
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

    @Builtin(name = "spawn", params = "process, main_path, /")
    @GenerateNodeFactory
    abstract static class SpawnNode extends BuiltinNode.Binary {
        /** Starts a fresh child that imports the main script as __mp_main__ and runs a copy of process. */
        @Specialization
        Object spawn(Object process, Object mainPath) {
            return ChildProcess.spawn(GilpyContext.get(this), this, process, mainPath instanceof String s ? s : null);
        }
    }

    @Builtin(name = "join", params = "child, timeout, /")
    @GenerateNodeFactory
    abstract static class JoinNode extends BuiltinNode.Binary {
        /** Waits for the child (timeout None: without limit); whether it has ended. */
        @Specialization
        Object join(Object handle, Object timeout) {
            return child(handle).join(GilpyContext.get(this), this, timeout(timeout));
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

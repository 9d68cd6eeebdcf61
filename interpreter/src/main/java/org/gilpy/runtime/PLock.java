package org.gilpy.runtime;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.runtime.gil.Gil;

/**
 * {@code _thread.lock} and {@code _thread.RLock}. A plain lock is a binary semaphore, since
 * Python lets any thread release it; a reentrant lock also tracks its owner and depth.
 * A blocking acquire releases the GIL while it waits and stays cancellable.
 */
public final class PLock extends PyObject {
    private final Semaphore permit;
    private final boolean reentrant;
    /** A multiprocessing lock: a forked child's copy waits on the same permit. */
    private final boolean shared;
    private volatile Thread owner;
    private int depth;

    public PLock(PythonClass cls, boolean reentrant) {
        this(cls, reentrant, new Semaphore(1), false);
    }

    private PLock(PythonClass cls, boolean reentrant, Semaphore permit, boolean shared) {
        super(cls);
        this.reentrant = reentrant;
        this.permit = permit;
        this.shared = shared;
    }

    /** A lock shared between processes (multiprocessing.Lock and RLock). */
    public static PLock sharedBetweenProcesses(PythonClass cls, boolean reentrant) {
        return new PLock(cls, reentrant, new Semaphore(1), true);
    }

    /** @param timeoutSeconds negative for no limit */
    @TruffleBoundary
    public boolean acquire(Node location, Gil gil, boolean blocking, double timeoutSeconds) {
        Thread current = Thread.currentThread();
        if (reentrant && owner == current) {
            depth++;
            return true;
        }
        boolean got = permit.tryAcquire();
        if (!got && blocking) {
            gil.release();
            try {
                got = TruffleSafepoint.setBlockedThreadInterruptibleFunction(location, s -> {
                    if (timeoutSeconds < 0) {
                        s.acquire();
                        return true;
                    }
                    return s.tryAcquire((long) (timeoutSeconds * 1e9), TimeUnit.NANOSECONDS);
                }, permit);
            } finally {
                gil.acquire(location);
            }
        }
        if (got && reentrant) {
            owner = current;
            depth = 1;
        }
        return got;
    }

    @TruffleBoundary
    public synchronized void release() {
        if (reentrant) {
            if (owner != Thread.currentThread()) {
                throw PythonErrors.runtimeError("cannot release un-acquired lock");
            }
            if (--depth > 0) {
                return;
            }
            owner = null;
        } else if (permit.availablePermits() > 0) {
            throw PythonErrors.runtimeError("release unlocked lock");
        }
        permit.release();
    }

    /**
     * The lock a forked child sees: for a lock shared between processes, a handle on the
     * same lock (a reentrant one owned by nobody in the child); otherwise a new lock in this
     * one's state. A lock held by the thread
     * that forked is held by the child's thread; one held by another thread stays held for
     * good, as after a real fork (that thread does not exist in the child).
     */
    public PLock forkedCopy(Thread forkingThread, Thread childThread) {
        if (shared) {
            return new PLock(getPythonClass(), reentrant, permit, true); // the same lock, seen from the child
        }
        PLock copy = new PLock(getPythonClass(), reentrant);
        if (isLocked()) {
            copy.permit.acquireUninterruptibly();
            if (reentrant && owner == forkingThread) {
                copy.owner = childThread;
                copy.depth = depth;
            }
        }
        return copy;
    }

    public boolean isLocked() {
        return permit.availablePermits() == 0;
    }

    public boolean isOwnedByCurrentThread() {
        return owner == Thread.currentThread();
    }

    public boolean isReentrant() {
        return reentrant;
    }
}

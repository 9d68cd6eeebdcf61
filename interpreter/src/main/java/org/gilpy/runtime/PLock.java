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
    private final Semaphore permit = new Semaphore(1);
    private final boolean reentrant;
    private volatile Thread owner;
    private int depth;

    public PLock(PythonClass cls, boolean reentrant) {
        super(cls);
        this.reentrant = reentrant;
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
     * The lock a forked child sees: a new lock in this one's state. A lock held by the thread
     * that forked is held by the child's thread; one held by another thread stays held for
     * good, as after a real fork (that thread does not exist in the child).
     */
    public PLock forkedCopy(Thread forkingThread, Thread childThread) {
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

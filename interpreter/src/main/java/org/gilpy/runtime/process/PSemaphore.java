package org.gilpy.runtime.process;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.PyObject;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.PythonTypes;

/**
 * A counting semaphore shared between processes (multiprocessing.Semaphore and
 * BoundedSemaphore, and the waiting behind its Condition, Event and Barrier). Forked
 * children share the object itself: it has no per-process state.
 */
public final class PSemaphore extends PyObject {
    private final Semaphore permits;
    /** The largest value a BoundedSemaphore may reach, or -1. */
    private final int bound;

    public PSemaphore(int value, boolean bounded) {
        super(PythonTypes.get().sharedSemaphore);
        if (value < 0) {
            throw PythonErrors.valueError("semaphore initial value must be >= 0");
        }
        this.permits = new Semaphore(value);
        this.bound = bounded ? value : -1;
    }

    /** Waits (without the GIL) at most {@code timeoutSeconds} (negative: no limit); whether it got a permit. */
    @TruffleBoundary
    public boolean acquire(GilpyContext context, Node location, boolean blocking, double timeoutSeconds) {
        if (permits.tryAcquire()) {
            return true;
        }
        if (!blocking) {
            return false;
        }
        return context.getGil().blocking(location, () -> {
            boolean[] got = new boolean[1];
            TruffleSafepoint.setBlockedThreadInterruptible(location, s -> {
                if (timeoutSeconds < 0) {
                    s.acquire();
                    got[0] = true;
                } else {
                    got[0] = s.tryAcquire((long) (timeoutSeconds * 1e9), TimeUnit.NANOSECONDS);
                }
            }, permits);
            return got[0];
        });
    }

    @TruffleBoundary
    public synchronized void release() {
        if (bound >= 0 && permits.availablePermits() >= bound) {
            throw PythonErrors.valueError("semaphore or lock released too many times");
        }
        permits.release();
    }

    public int value() {
        return permits.availablePermits();
    }
}

package org.gilpy.runtime.gil;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;

/**
 * CPython's "new GIL" (Python/ceval_gil.c, 3.2+): a thread that wants the GIL waits up to
 * the switch interval; if it timed out and no switch happened meanwhile, it sets the drop
 * request. The holder sees the request at its next check point and drops the GIL, and then
 * waits until another thread has taken it (FORCE_SWITCHING), so it cannot grab it straight
 * back. A voluntary release (before blocking) has no such wait.
 */
final class SwitchIntervalGil implements Gil {
    private final ReentrantLock mutex = new ReentrantLock();
    /** Signalled when the GIL is released. */
    private final Condition released = mutex.newCondition();
    /** Signalled when a thread takes the GIL (ends a forced switch's wait). */
    private final Condition switched = mutex.newCondition();
    private final LongSupplier intervalMicros;

    /**
     * Valid until a second Python thread starts: check points of single-threaded programs
     * compile to nothing, since no one can ever ask for the GIL.
     */
    private final Assumption singleThreaded = Truffle.getRuntime().createAssumption("only one Python thread");
    /** The eval-breaker flag: read at every check point, so volatile and nothing else. */
    private volatile boolean dropRequest;
    private boolean locked;
    private Thread holder;
    private Thread lastHolder;
    private long switchNumber;
    private int waiters;
    /** The thread that last dropped the GIL because it was asked to while others waited (for the statistics). */
    private Thread forcedDropper;
    /** Null unless -X gilstats asked for statistics. */
    private final GilStats stats;

    SwitchIntervalGil(LongSupplier intervalMicros, GilStats stats) {
        this.intervalMicros = intervalMicros;
        this.stats = stats;
    }

    @Override
    public boolean isEnabled() {
        return true;
    }

    @Override
    public GilStats getStats() {
        return stats;
    }

    @Override
    public void checkpoint(Node location) {
        if (singleThreaded.isValid()) {
            return;
        }
        if (CompilerDirectives.injectBranchProbability(CompilerDirectives.SLOWPATH_PROBABILITY, dropRequest)) {
            forcedSwitch(location);
        }
    }

    @Override
    public void threadStarting() {
        singleThreaded.invalidate();
    }

    @Override
    @TruffleBoundary
    public void acquire(Node location) {
        Thread current = Thread.currentThread();
        long started = stats == null ? 0 : System.nanoTime();
        RuntimeException interrupted = null;
        mutex.lock();
        try {
            waiters++;
            try {
                while (locked) {
                    long saved = switchNumber;
                    boolean timedOut;
                    try {
                        timedOut = awaitInterval(location);
                    } catch (RuntimeException e) {
                        // a safepoint action (KeyboardInterrupt, cancellation) fired while waiting:
                        // take the GIL first, so that the unwinding code's release() is balanced
                        interrupted = e;
                        timedOut = false;
                    }
                    if (timedOut && locked && switchNumber == saved) {
                        dropRequest = true;
                    }
                }
            } finally {
                waiters--;
            }
            locked = true;
            holder = current;
            boolean switchedHolder = lastHolder != current;
            if (switchedHolder) {
                lastHolder = current;
                switchNumber++;
            }
            if (stats != null) {
                stats.acquired(System.nanoTime() - started, switchedHolder);
                if (forcedDropper != null && forcedDropper == current) {
                    stats.sameThreadRetake();
                }
                forcedDropper = null;
            }
            switched.signalAll();
            if (dropRequest) {
                dropRequest = false;
            }
        } finally {
            mutex.unlock();
        }
        if (interrupted != null) {
            throw interrupted;
        }
    }

    /** Waits up to one switch interval for a release; true when the interval ran out. */
    private boolean awaitInterval(Node location) {
        long nanos = intervalNanos();
        return TruffleSafepoint.setBlockedThreadInterruptibleFunction(location,
                condition -> condition.awaitNanos(nanos) <= 0, released);
    }

    /** The switch interval as it is now (sys.setswitchinterval may change it at any time). */
    private long intervalNanos() {
        return TimeUnit.MICROSECONDS.toNanos(Math.max(1, intervalMicros.getAsLong()));
    }

    @Override
    @TruffleBoundary
    public void release() {
        mutex.lock();
        try {
            if (holder != Thread.currentThread()) {
                return; // only the holder can release (defensive: unwinding paths call this)
            }
            if (stats != null) {
                stats.released(false);
            }
            locked = false;
            holder = null;
            released.signal();
        } finally {
            mutex.unlock();
        }
    }

    /** The holder honours a drop request: releases, waits for another thread to take over, re-takes. */
    @TruffleBoundary
    private void forcedSwitch(Node location) {
        Thread current = Thread.currentThread();
        mutex.lock();
        try {
            if (holder != current) {
                return;
            }
            if (stats != null) {
                stats.released(true);
                forcedDropper = waiters > 0 ? current : null;
            }
            locked = false;
            holder = null;
            released.signal();
            dropRequest = false;
            while (lastHolder == current && waiters > 0) {
                TruffleSafepoint.setBlockedThreadInterruptibleFunction(location,
                        condition -> condition.awaitNanos(intervalNanos()),
                        switched);
            }
        } finally {
            mutex.unlock();
        }
        acquire(location);
    }
}

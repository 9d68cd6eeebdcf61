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
 *
 * <p>One addition to CPython's algorithm, in how the hand-off is waited for, not in when it
 * happens: the waiter that has just set the drop request spins briefly for the release
 * instead of parking (see {@link #spinForRelease}), because waking a parked thread costs
 * 0.1-0.3 ms on a virtual machine, which is 5% of a 5 ms interval.
 */
final class SwitchIntervalGil implements Gil {
    /** Spinning only pays when the holder can run on another core meanwhile. */
    private static final boolean MAY_SPIN = Runtime.getRuntime().availableProcessors() > 1;
    /**
     * How long the waiter that set the drop request polls for the release before it parks
     * again. A compiled holder reaches its next check point within microseconds, an
     * interpreted one within tens of microseconds; a holder inside a long built-in call
     * (a big sort, a big-int product) does not, and then 0.2 ms of one core is the price.
     */
    private static final long SPIN_LIMIT_NANOS = 200_000;

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
    /** Written under {@link #mutex}; volatile so that {@link #spinForRelease} can poll it. */
    private volatile boolean locked;
    /** Whether a waiter is in {@link #spinForRelease} (at most one spins at a time). */
    private boolean spinning;
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
                        if (!spinning && MAY_SPIN) {
                            spinning = true;
                            spinForRelease();
                            spinning = false;
                        }
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

    /**
     * Called and returns with the mutex held. Polls, without the mutex, until the GIL is
     * free or the spin limit (capped by the switch interval) has passed, then takes the
     * mutex back, polling for that too: the releasing holder keeps it for a few more µs,
     * and parking on it would cost the wake-up the spin is there to avoid (measured: 46 µs
     * from a forced release to the next acquisition with a parking re-lock, 15 µs polling).
     * The caller re-checks {@link #locked}.
     */
    private void spinForRelease() {
        long deadline = System.nanoTime() + Math.min(SPIN_LIMIT_NANOS, intervalNanos());
        mutex.unlock();
        while (locked && System.nanoTime() - deadline < 0) {
            Thread.onSpinWait();
        }
        while (!mutex.tryLock()) {
            if (System.nanoTime() - deadline >= 0) {
                mutex.lock();
                return;
            }
            Thread.onSpinWait();
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

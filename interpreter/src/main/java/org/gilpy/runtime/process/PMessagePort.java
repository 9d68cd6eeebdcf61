package org.gilpy.runtime.process;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.PyObject;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.PythonTypes;

/**
 * A process's handle on message channels: an end of a Pipe (receiving on one channel,
 * sending on another, or one way only) or a Queue (both on one channel). A fork gives the
 * child its own copy of each port, on the same channels; closing one copy leaves the
 * others open, as with file descriptors, and a child's copies close when it exits.
 */
public final class PMessagePort extends PyObject {
    private static final long POLL_SLICE_NANOS = 20_000_000;

    private final MessageChannel incoming;
    private final MessageChannel outgoing;
    /** A pipe end learns from the channel that every sender is gone (EOFError); a queue never does. */
    private final boolean endOfInput;
    private boolean closed;

    private PMessagePort(MessageChannel incoming, MessageChannel outgoing, boolean endOfInput) {
        super(PythonTypes.get().messagePort);
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.endOfInput = endOfInput;
        if (outgoing != null) {
            outgoing.addSender();
        }
    }

    /** The two ends of a pipe: duplex, or (reader, writer). */
    public static PMessagePort[] pipe(boolean duplex) {
        MessageChannel a = new MessageChannel(0);
        MessageChannel b = duplex ? new MessageChannel(0) : null;
        return new PMessagePort[]{new PMessagePort(a, b, true), new PMessagePort(b, a, true)};
    }

    /** A queue's port: what it sends, it (or any copy) receives; {@code maxsize <= 0}: unbounded. */
    public static PMessagePort queue(int maxsize) {
        MessageChannel channel = new MessageChannel(maxsize);
        return new PMessagePort(channel, channel, false);
    }

    /** The copy a forked child gets: same channels, its own open/closed state. */
    PMessagePort forkedCopy() {
        PMessagePort copy = new PMessagePort(incoming, outgoing, endOfInput);
        if (closed) {
            copy.close();
        }
        return copy;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean canSend() {
        return outgoing != null;
    }

    public boolean canReceive() {
        return incoming != null;
    }

    public void close() {
        if (!closed) {
            closed = true;
            if (outgoing != null) {
                outgoing.removeSender();
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw PythonErrors.create("OSError", "handle is closed");
        }
    }

    /** Sends a snapshot of {@code value}; false if a bounded queue stayed full for the whole timeout. */
    @TruffleBoundary
    public boolean send(GilpyContext context, Node location, Object value, double timeoutSeconds) {
        checkOpen();
        if (outgoing == null) {
            throw PythonErrors.create("OSError", "connection is read-only");
        }
        Snapshot message = Snapshot.of(value);
        if (!outgoing.isBounded()) {
            return putInterruptibly(location, message, -1); // never waits
        }
        return context.getGil().blocking(location, () -> putInterruptibly(location, message, timeoutSeconds));
    }

    private boolean putInterruptibly(Node location, Snapshot message, double timeoutSeconds) {
        boolean[] sent = new boolean[1];
        TruffleSafepoint.setBlockedThreadInterruptible(location, c -> sent[0] = c.put(message, timeoutSeconds), outgoing);
        return sent[0];
    }

    /**
     * The next value, rebuilt in this process, waiting at most {@code timeoutSeconds}
     * (negative: no limit) without the GIL; null on timeout. EOFError on a pipe end once
     * nothing is left and no open port can send.
     */
    @TruffleBoundary
    public Object receive(GilpyContext context, Node location, double timeoutSeconds) {
        checkOpen();
        if (incoming == null) {
            throw PythonErrors.create("OSError", "connection is write-only");
        }
        long deadline = timeoutSeconds < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeoutSeconds * 1e9);
        Snapshot message = context.getGil().blocking(location, () -> {
            Snapshot[] got = new Snapshot[1];
            TruffleSafepoint.setBlockedThreadInterruptible(location, c -> {
                while (got[0] == null) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || (endOfInput && c.exhausted())) {
                        return;
                    }
                    got[0] = c.poll(Math.min(left, POLL_SLICE_NANOS));
                }
            }, incoming);
            return got[0];
        });
        if (message == null) {
            if (endOfInput && incoming.exhausted()) {
                throw PythonErrors.create("EOFError", null);
            }
            return null;
        }
        return message.rebuild(context);
    }

    /** Whether a value can be received within the timeout (or the other ends are all closed). */
    @TruffleBoundary
    public boolean poll(GilpyContext context, Node location, double timeoutSeconds) {
        checkOpen();
        if (incoming == null) {
            throw PythonErrors.create("OSError", "connection is write-only");
        }
        long deadline = System.nanoTime() + (long) (Math.max(0, timeoutSeconds) * 1e9);
        while (true) {
            if (incoming.hasMessage() || (endOfInput && incoming.exhausted())) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            context.getGil().blocking(location, () -> {
                TruffleSafepoint.setBlockedThreadInterruptible(location, t -> Thread.sleep(1), null);
                return null;
            });
        }
    }

    public int size() {
        return incoming.size();
    }

    public boolean taskDone() {
        return outgoing.taskDone();
    }

    @TruffleBoundary
    public void joinTasks(GilpyContext context, Node location) {
        context.getGil().blocking(location, () -> {
            TruffleSafepoint.setBlockedThreadInterruptible(location, MessageChannel::joinTasks, outgoing);
            return null;
        });
    }
}

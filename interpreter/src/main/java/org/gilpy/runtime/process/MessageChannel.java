package org.gilpy.runtime.process;

import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One direction of communication between processes: the {@link Snapshot}s sent and not yet
 * received, shared by every process that holds a port on it (a fork copies ports, not
 * channels). It counts the ports that can still send, so that a receiver learns when no
 * message can come any more (EOFError), and the tasks of a JoinableQueue not yet done.
 */
final class MessageChannel {
    private final BlockingDeque<Snapshot> messages;
    private final boolean bounded;
    private final AtomicInteger senders = new AtomicInteger();
    private final Object taskLock = new Object();
    private long unfinishedTasks;

    MessageChannel(int capacity) {
        this.messages = capacity > 0 ? new LinkedBlockingDeque<>(capacity) : new LinkedBlockingDeque<>();
        this.bounded = capacity > 0;
    }

    void addSender() {
        senders.incrementAndGet();
    }

    void removeSender() {
        senders.decrementAndGet();
    }

    /** Whether no port could ever send again and nothing is left to receive. */
    boolean exhausted() {
        return senders.get() <= 0 && messages.isEmpty();
    }

    /** @return false if the channel stayed full for the whole timeout (negative: no limit) */
    boolean put(Snapshot message, double timeoutSeconds) throws InterruptedException {
        synchronized (taskLock) {
            unfinishedTasks++;
        }
        boolean sent;
        if (timeoutSeconds < 0) {
            messages.putLast(message);
            sent = true;
        } else {
            sent = messages.offerLast(message, (long) (timeoutSeconds * 1e9), TimeUnit.NANOSECONDS);
        }
        if (!sent) {
            taskDone();
        }
        return sent;
    }

    /** The next message, or null if none came within the slice (so the caller can look for EOF). */
    Snapshot poll(long nanos) throws InterruptedException {
        return messages.pollFirst(nanos, TimeUnit.NANOSECONDS);
    }

    boolean hasMessage() {
        return !messages.isEmpty();
    }

    int size() {
        return messages.size();
    }

    boolean isBounded() {
        return bounded;
    }

    /** @return false if there was no unfinished task */
    boolean taskDone() {
        synchronized (taskLock) {
            if (unfinishedTasks <= 0) {
                return false;
            }
            if (--unfinishedTasks == 0) {
                taskLock.notifyAll();
            }
            return true;
        }
    }

    /** Waits until every task put has been marked done. */
    void joinTasks() throws InterruptedException {
        synchronized (taskLock) {
            while (unfinishedTasks > 0) {
                taskLock.wait();
            }
        }
    }
}

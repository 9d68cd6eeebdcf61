package org.gilpy.runtime;

import java.nio.channels.SelectableChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * A non-blocking TCP socket of the {@code _gilpy_nio} module: a listening
 * {@link ServerSocketChannel} or a connected (or connecting) {@link SocketChannel}. asyncio's
 * event loop registers these with a {@link PSelector} and reads and writes them only when
 * they are ready, so no call on them ever blocks.
 */
public final class PChannel extends PyObject {
    private final SelectableChannel channel;
    private final int id;
    private java.nio.channels.Selector registeredWith; // the selector that watches it, if any
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_ID = new java.util.concurrent.atomic.AtomicInteger(3);

    public PChannel(SelectableChannel channel) {
        super(PythonTypes.get().channel);
        this.channel = channel;
        this.id = NEXT_ID.getAndIncrement();
    }

    public SelectableChannel channel() {
        return channel;
    }

    public boolean isListening() {
        return channel instanceof ServerSocketChannel;
    }

    public SocketChannel socket() {
        return (SocketChannel) channel;
    }

    public ServerSocketChannel server() {
        return (ServerSocketChannel) channel;
    }

    public void registeredWith(java.nio.channels.Selector selector) {
        this.registeredWith = selector;
    }

    /**
     * Closes the socket now. A channel still registered with a selector is only really closed
     * (and its port freed, its peer told) at that selector's next selection, so this runs one.
     */
    public void close() throws java.io.IOException {
        channel.close();
        java.nio.channels.Selector selector = registeredWith;
        if (selector != null && selector.isOpen()) {
            selector.selectNow(); // ready keys stay in the selected set for the loop's next select
        }
    }

    /** A small number standing for the socket where Python code expects a file descriptor. */
    public int id() {
        return id;
    }
}

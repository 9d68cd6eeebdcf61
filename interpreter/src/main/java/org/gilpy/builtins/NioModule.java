package org.gilpy.builtins;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.PBytes;
import org.gilpy.runtime.PChannel;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PException;
import org.gilpy.runtime.PList;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PSelector;
import org.gilpy.runtime.PTuple;
import org.gilpy.runtime.PyNumbers;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.gil.Gil;

/**
 * {@code _gilpy_nio}: the small Java core under asyncio's sockets. Non-blocking TCP channels
 * (listen, connect, accept, recv, send) and a selector whose {@code select} is the event
 * loop's only blocking call; it releases the GIL while it waits, so other threads run, and
 * {@code wakeup} ends it from any thread. Readiness is reported as {@code EVENT_READ} and
 * {@code EVENT_WRITE}, as in the selectors module (accepting counts as reading, finishing a
 * connect as writing). Java's I/O errors become CPython's OSError subclasses with errno.
 */
public final class NioModule implements BuiltinModule {
    static final long EVENT_READ = 1;
    static final long EVENT_WRITE = 2;

    @Override
    public String name() {
        return "_gilpy_nio";
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return NioModuleFactory.getFactories();
    }

    @Override
    public void initialize(GilpyContext context, PDict namespace) {
        namespace.put("EVENT_READ", EVENT_READ);
        namespace.put("EVENT_WRITE", EVENT_WRITE);
    }

    @Builtin(name = "selector")
    @GenerateNodeFactory
    abstract static class SelectorNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        Object create() {
            try {
                return new PSelector(Selector.open());
            } catch (IOException e) {
                throw osError(e);
            }
        }
    }

    @Builtin(name = "listen", params = "host, port, backlog, /")
    @GenerateNodeFactory
    abstract static class ListenNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object listen(Object host, Object port, Object backlog) {
            try {
                ServerSocketChannel server = ServerSocketChannel.open();
                server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                server.bind(address(host, port), (int) PyNumbers.asLong(backlog));
                server.configureBlocking(false);
                return new PChannel(server);
            } catch (IOException | UnresolvedAddressException e) {
                throw osError(e);
            }
        }
    }

    @Builtin(name = "connect", params = "host, port, /")
    @GenerateNodeFactory
    abstract static class ConnectNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object connect(Object host, Object port) {
            try {
                SocketChannel socket = SocketChannel.open();
                socket.configureBlocking(false);
                socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
                socket.connect(address(host, port));
                return new PChannel(socket);
            } catch (IOException | UnresolvedAddressException e) {
                throw osError(e);
            }
        }
    }

    @Builtin(name = "finish_connect", params = "channel, /")
    @GenerateNodeFactory
    abstract static class FinishConnectNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object finish(Object channel) {
            try {
                return socket(channel).finishConnect();
            } catch (IOException e) {
                throw osError(e);
            }
        }
    }

    @Builtin(name = "accept", params = "channel, /")
    @GenerateNodeFactory
    abstract static class AcceptNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object accept(Object channel) {
            try {
                SocketChannel socket = ((PChannel) channel).server().accept();
                if (socket == null) {
                    return PNone.NONE;
                }
                socket.configureBlocking(false);
                socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
                return new PChannel(socket);
            } catch (IOException e) {
                throw osError(e);
            }
        }
    }

    @Builtin(name = "recv", params = "channel, size, /")
    @GenerateNodeFactory
    abstract static class RecvNode extends BuiltinNode.Binary {
        /** Bytes read, b'' at end of stream, or None when nothing is available yet. */
        @Specialization
        @TruffleBoundary
        Object recv(Object channel, Object size) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(1, PyNumbers.asLong(size)));
            try {
                int n = socket(channel).read(buffer);
                if (n < 0) {
                    return new PBytes(new byte[0]);
                }
                if (n == 0) {
                    return PNone.NONE;
                }
                byte[] data = new byte[n];
                buffer.flip().get(data);
                return new PBytes(data);
            } catch (IOException e) {
                throw osError(e);
            }
        }
    }

    @Builtin(name = "send", params = "channel, data, /")
    @GenerateNodeFactory
    abstract static class SendNode extends BuiltinNode.Binary {
        /** Writes what the socket takes now and returns how many bytes that was. */
        @Specialization
        @TruffleBoundary
        Object send(Object channel, Object data) {
            try {
                return (long) socket(channel).write(ByteBuffer.wrap(((PBytes) data).getBytes()));
            } catch (IOException e) {
                throw osError(e);
            }
        }
    }

    @Builtin(name = "shutdown_write", params = "channel, /")
    @GenerateNodeFactory
    abstract static class ShutdownWriteNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object shutdown(Object channel) {
            try {
                socket(channel).shutdownOutput();
                return PNone.NONE;
            } catch (IOException e) {
                throw osError(e);
            }
        }
    }

    @Builtin(name = "close", params = "channel, /")
    @GenerateNodeFactory
    abstract static class CloseNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object close(Object channel) {
            try {
                if (channel instanceof PSelector s) {
                    s.selector().close();
                } else {
                    ((PChannel) channel).close();
                }
                return PNone.NONE;
            } catch (IOException e) {
                throw osError(e);
            }
        }
    }

    @Builtin(name = "sockname", params = "channel, /")
    @GenerateNodeFactory
    abstract static class SocknameNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object sockname(Object channel) {
            try {
                PChannel c = (PChannel) channel;
                return addressTuple(c.isListening() ? c.server().getLocalAddress() : c.socket().getLocalAddress());
            } catch (IOException e) {
                throw osError(e);
            }
        }
    }

    @Builtin(name = "peername", params = "channel, /")
    @GenerateNodeFactory
    abstract static class PeernameNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object peername(Object channel) {
            try {
                return addressTuple(socket(channel).getRemoteAddress());
            } catch (IOException e) {
                throw osError(e);
            }
        }
    }

    @Builtin(name = "fileno", params = "channel, /")
    @GenerateNodeFactory
    abstract static class FilenoNode extends BuiltinNode.Unary {
        @Specialization
        Object fileno(Object channel) {
            return (long) ((PChannel) channel).id();
        }
    }

    @Builtin(name = "register", params = "selector, channel, events, /")
    @GenerateNodeFactory
    abstract static class RegisterNode extends BuiltinNode.Ternary {
        /** Sets the events the selector watches the channel for; 0 stops watching it. */
        @Specialization
        @TruffleBoundary
        Object register(Object selector, Object channel, Object events) {
            Selector s = ((PSelector) selector).selector();
            PChannel c = (PChannel) channel;
            long wanted = PyNumbers.asLong(events);
            SelectionKey key = c.channel().keyFor(s);
            if (wanted == 0) {
                if (key != null) {
                    key.cancel();
                }
                return PNone.NONE;
            }
            int ops = 0;
            if ((wanted & EVENT_READ) != 0) {
                ops |= c.isListening() ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
            }
            if ((wanted & EVENT_WRITE) != 0) {
                ops |= c.socket().isConnectionPending() ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
            }
            try {
                if (key != null && key.isValid()) {
                    key.interestOps(ops);
                } else {
                    if (key != null) {
                        s.selectNow(); // a cancelled key leaves the selector only at its next select
                    }
                    c.channel().register(s, ops, c);
                    c.registeredWith(s);
                }
            } catch (IOException e) {
                throw osError(e);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "select", params = "selector, timeout, /")
    @GenerateNodeFactory
    abstract static class SelectNode extends BuiltinNode.Binary {
        /**
         * Waits until a registered channel is ready, the timeout (seconds; None: no limit)
         * passes, or wakeup() is called, and returns [(channel, events), ...]. The GIL is
         * released only when the wait can block.
         */
        @Specialization
        @TruffleBoundary
        Object select(Object selector, Object timeout) {
            Selector s = ((PSelector) selector).selector();
            try {
                double seconds = timeout == PNone.NONE ? -1 : PyNumbers.toDouble(timeout);
                if (seconds == 0) {
                    s.selectNow();
                } else {
                    blockingSelect(s, seconds);
                }
            } catch (IOException e) {
                throw osError(e);
            }
            List<Object> ready = new ArrayList<>();
            for (SelectionKey key : s.selectedKeys()) {
                if (!key.isValid()) {
                    continue;
                }
                long events = 0;
                int readyOps = key.readyOps();
                if ((readyOps & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
                    events |= EVENT_READ;
                }
                if ((readyOps & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
                    events |= EVENT_WRITE;
                }
                ready.add(PTuple.of(key.attachment(), events));
            }
            s.selectedKeys().clear();
            return new PList(ready.toArray());
        }

        private void blockingSelect(Selector s, double seconds) throws IOException {
            Gil gil = GilpyContext.get(this).getGil();
            gil.release();
            try {
                TruffleSafepoint.setBlockedThreadInterruptible(this, sel -> {
                    try {
                        if (seconds < 0) {
                            sel.select();
                        } else {
                            sel.select(Math.max(1, (long) Math.ceil(seconds * 1000)));
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    if (Thread.interrupted()) {
                        throw new InterruptedException(); // a safepoint action (Ctrl-C) is waiting
                    }
                }, s);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            } finally {
                gil.acquire(this);
            }
        }
    }

    @Builtin(name = "wakeup", params = "selector, /")
    @GenerateNodeFactory
    abstract static class WakeupNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object wakeup(Object selector) {
            ((PSelector) selector).selector().wakeup();
            return PNone.NONE;
        }
    }

    private static SocketChannel socket(Object channel) {
        return ((PChannel) channel).socket();
    }

    private static SocketAddress address(Object host, Object port) {
        String h = host == PNone.NONE ? "0.0.0.0" : PyObjects.str(host);
        return new InetSocketAddress(h, (int) PyNumbers.asLong(port));
    }

    private static Object addressTuple(SocketAddress address) {
        if (!(address instanceof InetSocketAddress a)) {
            return PNone.NONE;
        }
        return PTuple.of(a.getAddress().getHostAddress(), (long) a.getPort());
    }

    /** CPython's OSError subclass and errno for a Java I/O failure. */
    private static PException osError(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof ConnectException) {
            return Files.osError("ConnectionRefusedError", 111, "Connection refused", null);
        } else if (e instanceof BindException) {
            return Files.osError("OSError", 98, "Address already in use", null);
        } else if (e instanceof UnresolvedAddressException) {
            return Files.osError("OSError", -2, "Name or service not known", null);
        } else if (e instanceof ClosedChannelException) {
            return Files.osError("OSError", 9, "Bad file descriptor", null);
        } else if (message.contains("reset")) {
            return Files.osError("ConnectionResetError", 104, "Connection reset by peer", null);
        } else if (message.contains("Broken pipe")) {
            return Files.osError("BrokenPipeError", 32, "Broken pipe", null);
        }
        return Files.osError("OSError", 5, message, null);
    }
}

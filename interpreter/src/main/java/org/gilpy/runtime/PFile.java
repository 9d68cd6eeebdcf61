package org.gilpy.runtime;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A Python file object over Java streams, text (UTF-8, universal newlines on read) or
 * binary. Backs {@code sys.stdout}/{@code stderr}/{@code stdin} and {@code open()}. I/O
 * errors become OSError; operations on a closed file raise ValueError as in CPython.
 */
public final class PFile extends PyObject {
    private final String name;
    private final String mode;
    private final boolean text;
    private final boolean unbuffered;
    private OutputStream out;
    private PushbackInputStream in;
    private boolean closed;
    private final boolean closeUnderlying;

    private PFile(PythonClass cls, String name, String mode, boolean text, OutputStream out, InputStream in,
                  boolean unbuffered, boolean closeUnderlying) {
        super(cls);
        this.name = name;
        this.mode = mode;
        this.text = text;
        this.out = out == null ? null : new BufferedOutputStream(out, 8192);
        this.in = in == null ? null : new PushbackInputStream(new BufferedInputStream(in, 8192), 4);
        this.unbuffered = unbuffered;
        this.closeUnderlying = closeUnderlying;
    }

    public static PFile forStream(OutputStream out, String name, boolean unbuffered) {
        return new PFile(PythonTypes.get().textFile, name, "w", true, out, null, unbuffered, false);
    }

    public static PFile forInput(InputStream in, String name) {
        return new PFile(PythonTypes.get().textFile, name, "r", true, null, in, false, false);
    }

    public static PFile open(String name, String mode, OutputStream out, InputStream in, boolean binary) {
        PythonTypes t = PythonTypes.get();
        return new PFile(binary ? t.binaryFile : t.textFile, name, mode, !binary, out, in, false, true);
    }

    public String getName() {
        return name;
    }

    public String getMode() {
        return mode;
    }

    public boolean isText() {
        return text;
    }

    public boolean isClosed() {
        return closed;
    }

    private void checkOpen() {
        if (closed) {
            throw PythonErrors.valueError("I/O operation on closed file.");
        }
    }

    @TruffleBoundary
    public void write(String s) {
        checkOpen();
        if (out == null) {
            throw PythonErrors.create("OSError", "not writable");
        }
        writeBytes(s.getBytes(StandardCharsets.UTF_8));
        if (unbuffered) {
            flush();
        }
    }

    @TruffleBoundary
    public void writeBytes(byte[] bytes) {
        checkOpen();
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw PythonErrors.create("OSError", e.getMessage());
        }
    }

    @TruffleBoundary
    public void flush() {
        checkOpen();
        if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                throw PythonErrors.create("OSError", e.getMessage());
            }
        }
    }

    public void flushQuietly() {
        if (!closed && out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                // the reader went away (a closed pipe); nothing useful to do at exit
            }
        }
    }

    @TruffleBoundary
    public void close() {
        if (closed) {
            return;
        }
        flushQuietly();
        closed = true;
        if (closeUnderlying) {
            try {
                if (out != null) {
                    out.close();
                }
                if (in != null) {
                    in.close();
                }
            } catch (IOException e) {
                throw PythonErrors.create("OSError", e.getMessage());
            }
        }
    }

    private int readByte() {
        try {
            return in.read();
        } catch (IOException e) {
            throw PythonErrors.create("OSError", e.getMessage());
        }
    }

    /** Reads one code point of UTF-8 text, translating \r\n and \r to \n; -1 at end. */
    private int readChar() {
        int b = readByte();
        if (b < 0) {
            return -1;
        }
        if (b == '\r') {
            int next = readByte();
            if (next >= 0 && next != '\n') {
                unread(next);
            }
            return '\n';
        }
        if (b < 0x80) {
            return b;
        }
        int extra = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
        int cp = b & (0x3f >> extra);
        for (int i = 0; i < extra; i++) {
            int c = readByte();
            if (c < 0) {
                break;
            }
            cp = (cp << 6) | (c & 0x3f);
        }
        return cp;
    }

    private void unread(int b) {
        try {
            in.unread(b);
        } catch (IOException e) {
            throw PythonErrors.create("OSError", e.getMessage());
        }
    }

    private void checkReadable() {
        checkOpen();
        if (in == null) {
            throw PythonErrors.create("OSError", "not readable");
        }
    }

    /** Reads a line including its newline; "" at end of file. */
    @TruffleBoundary
    public String readLine() {
        checkReadable();
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = readChar()) >= 0) {
            sb.appendCodePoint(c);
            if (c == '\n') {
                break;
            }
        }
        return sb.toString();
    }

    /** Reads up to {@code n} characters, or everything when n < 0. */
    @TruffleBoundary
    public String read(long n) {
        checkReadable();
        StringBuilder sb = new StringBuilder();
        int c;
        while ((n < 0 || sb.length() < n) && (c = readChar()) >= 0) {
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    @TruffleBoundary
    public byte[] readBytes(long n) {
        checkReadable();
        try {
            if (n < 0) {
                return in.readAllBytes();
            }
            return in.readNBytes((int) n);
        } catch (IOException e) {
            throw PythonErrors.create("OSError", e.getMessage());
        }
    }

    @TruffleBoundary
    public byte[] readLineBytes() {
        checkReadable();
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        int b;
        while ((b = readByte()) >= 0) {
            buf.write(b);
            if (b == '\n') {
                break;
            }
        }
        return buf.toByteArray();
    }
}

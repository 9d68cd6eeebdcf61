package org.gilpy.parser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;

import org.gilpy.parser.ast.Pos;
import org.gilpy.parser.ast.Stmt;
import org.gilpy.runtime.PBigInt;
import org.gilpy.runtime.PBytes;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PyInts;

/**
 * Parsed modules kept on disk between runs, as CPython keeps {@code __pycache__}: on a fresh
 * JVM, parsing with ANTLR is the larger part of importing a module (cold lexer and parser,
 * prediction caches filled from scratch in every process), and reading the syntax tree back is
 * several times cheaper. An entry is used only by the build of gilpy that wrote it (so a change
 * to the parser never meets an old tree) and only for the source's name, length and 64-bit text
 * hash it was written for. The launcher names {@code interpreter/target/pycache} and empties it
 * at every build, which keeps old entries from piling up.
 *
 * <p>The tree is written generically: records by their components (shared nodes once, then by
 * reference, so the tree read back has the same shape), lists, strings, numbers, enums and the
 * few runtime constants a literal can be. A tree holding anything else is simply not cached.
 */
public final class AstCache {
    private static final int MAGIC = 0x67696c61; // "gila"
    private static final int FORMAT = 2;
    /** Which build wrote an entry: when gilpy's code (its jar, or classes folder) was last written. */
    private static final long BUILD = buildTime();

    private final Path dir;

    public AstCache(Path dir) {
        this.dir = dir;
    }

    /** The module's statements: from the cache when it holds this very text, else parsed (and stored). */
    @TruffleBoundary
    public List<Stmt> parseModule(Source source) {
        String text = source.getCharacters().toString();
        long hash = hash(text);
        Path file = dir.resolve(Long.toHexString(hash(source.getName())) + ".ast");
        List<Stmt> cached = read(file, source.getName(), text.length(), hash);
        if (cached != null) {
            return cached;
        }
        List<Stmt> parsed = SourceParser.parseModule(source);
        byte[] entry = encode(source.getName(), text.length(), hash, parsed);
        if (entry != null) {
            write(file, entry);
        }
        return parsed;
    }

    private static long buildTime() {
        try {
            java.net.URL code = AstCache.class.getProtectionDomain().getCodeSource().getLocation();
            return Files.getLastModifiedTime(Path.of(code.toURI())).toMillis();
        } catch (Exception e) { // an unusual class loader: entries are then only told apart by format
            return 0;
        }
    }

    /** The hash an entry is checked against. */
    public static long hash(String s) { // FNV-1a over the chars
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    private static List<Stmt> read(Path file, String name, int length, long hash) {
        try {
            return decode(Files.readAllBytes(file), name, length, hash);
        } catch (IOException e) {
            return null;
        }
    }

    /** The tree in an entry, or null if the entry is for another text or damaged. Public for the tests. */
    @SuppressWarnings("unchecked")
    public static List<Stmt> decode(byte[] bytes, String name, int length, long hash) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readLong() != BUILD || !in.readUTF().equals(name) || in.readInt() != length
                    || in.readLong() != hash) {
                return null;
            }
            return (List<Stmt>) new Reader(in).value();
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            return null; // a damaged or foreign entry: parse again
        }
    }

    /** An entry for the tree, or null if the tree holds a value the format does not know. Public for the tests. */
    public static byte[] encode(String name, int length, long hash, List<Stmt> tree) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(BUILD);
            out.writeUTF(name);
            out.writeInt(length);
            out.writeLong(hash);
            new Writer(out).value(tree);
        } catch (IOException | ReflectiveOperationException | UnsupportedOperationException e) {
            return null; // something the format does not know: this module stays uncached
        }
        return bytes.toByteArray();
    }

    private void write(Path file, byte[] entry) {
        try {
            Files.createDirectories(dir);
            // written aside and moved into place, so a reader never sees half an entry
            Path tmp = Files.createTempFile(dir, "ast", ".tmp");
            Files.write(tmp, entry);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a read-only or full disk only costs the next run a parse
        }
    }

    // tags of the format
    private static final int NULL = 0, REF = 1, RECORD = 2, LIST = 3, STRING = 4, LONG = 5, INT = 6, DOUBLE = 7,
            TRUE = 8, FALSE = 9, BIGINT = 10, BYTES = 11, ENUM = 12, NONE = 13, ELLIPSIS = 14, CHAR = 15, POS = 16;

    /** How a record class is taken apart and put together again, looked up once per class. */
    private record RecordShape(Constructor<?> constructor, Method[] accessors) {
        static final ClassValue<RecordShape> OF = new ClassValue<>() {
            @Override
            protected RecordShape computeValue(Class<?> type) {
                RecordComponent[] components = type.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                Method[] accessors = new Method[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    accessors[i] = components[i].getAccessor();
                }
                try {
                    return new RecordShape(type.getDeclaredConstructor(types), accessors);
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<Object, Integer> shared = new IdentityHashMap<>();
        private final Map<String, Integer> strings = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void value(Object v) throws IOException, ReflectiveOperationException {
            switch (v) {
                case null -> out.writeByte(NULL);
                case Pos p -> {
                    out.writeByte(POS);
                    out.writeInt(p.start());
                    out.writeInt(p.end());
                    out.writeInt(p.line());
                    out.writeInt(p.column());
                }
                case String s -> {
                    out.writeByte(STRING);
                    string(s);
                }
                case Long l -> {
                    out.writeByte(LONG);
                    out.writeLong(l);
                }
                case Integer i -> {
                    out.writeByte(INT);
                    out.writeInt(i);
                }
                case Double d -> {
                    out.writeByte(DOUBLE);
                    out.writeDouble(d);
                }
                case Boolean b -> out.writeByte(b ? TRUE : FALSE);
                case Character c -> {
                    out.writeByte(CHAR);
                    out.writeChar(c);
                }
                case PBigInt b -> {
                    out.writeByte(BIGINT);
                    bytes(b.toBigInteger().toByteArray());
                }
                case PBytes b -> {
                    out.writeByte(BYTES);
                    bytes(b.getBytes());
                }
                case Enum<?> e -> {
                    out.writeByte(ENUM);
                    string(e.getDeclaringClass().getName());
                    out.writeInt(e.ordinal());
                }
                default -> composite(v);
            }
        }

        private void composite(Object v) throws IOException, ReflectiveOperationException {
            if (v == PNone.NONE || v == PNone.ELLIPSIS) {
                out.writeByte(v == PNone.NONE ? NONE : ELLIPSIS);
                return;
            }
            Integer id = shared.get(v);
            if (id != null) {
                out.writeByte(REF);
                out.writeInt(id);
                return;
            }
            if (v instanceof List<?> list) {
                out.writeByte(LIST);
                out.writeInt(list.size());
                for (Object item : list) {
                    value(item);
                }
            } else if (v instanceof Record) {
                out.writeByte(RECORD);
                string(v.getClass().getName());
                for (Method accessor : RecordShape.OF.get(v.getClass()).accessors()) {
                    value(accessor.invoke(v));
                }
            } else {
                throw new UnsupportedOperationException(v.getClass().getName());
            }
            shared.put(v, shared.size()); // numbered after its parts, as the reader numbers it
        }

        private void string(String s) throws IOException {
            Integer index = strings.get(s);
            if (index != null) {
                out.writeInt(index);
            } else {
                strings.put(s, strings.size());
                out.writeInt(-1);
                bytes(s.getBytes(StandardCharsets.UTF_8));
            }
        }

        private void bytes(byte[] b) throws IOException {
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private final List<Object> shared = new ArrayList<>();
        private final List<String> strings = new ArrayList<>();
        private final Map<String, Class<?>> classes = new HashMap<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        Object value() throws IOException, ReflectiveOperationException {
            int tag = in.readByte();
            return switch (tag) {
                case NULL -> null;
                case POS -> new Pos(in.readInt(), in.readInt(), in.readInt(), in.readInt());
                case STRING -> string();
                case LONG -> in.readLong();
                case INT -> in.readInt();
                case DOUBLE -> in.readDouble();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case CHAR -> in.readChar();
                case BIGINT -> PyInts.normalize(new BigInteger(bytes()));
                case BYTES -> new PBytes(bytes());
                case ENUM -> type().getEnumConstants()[in.readInt()];
                case NONE -> PNone.NONE;
                case ELLIPSIS -> PNone.ELLIPSIS;
                case REF -> shared.get(in.readInt());
                case LIST -> {
                    int n = in.readInt();
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(value());
                    }
                    shared.add(list);
                    yield list;
                }
                case RECORD -> {
                    RecordShape shape = RecordShape.OF.get(type());
                    Object[] args = new Object[shape.accessors().length];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = value();
                    }
                    Object record = construct(shape.constructor(), args);
                    shared.add(record);
                    yield record;
                }
                default -> throw new IOException("bad tag " + tag);
            };
        }

        private static Object construct(Constructor<?> constructor, Object[] args) throws ReflectiveOperationException {
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        private byte[] bytes() throws IOException {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            return b;
        }

        private String string() throws IOException {
            int index = in.readInt();
            if (index >= 0) {
                return strings.get(index);
            }
            String s = new String(bytes(), StandardCharsets.UTF_8);
            strings.add(s);
            return s;
        }

        /** A record or enum class, written as its name in the string table; looked up once per name. */
        private Class<?> type() throws IOException, ClassNotFoundException {
            String name = string();
            Class<?> c = classes.get(name);
            if (c == null) {
                if (!name.startsWith("org.gilpy.")) {
                    throw new IOException("not a syntax tree class: " + name);
                }
                c = Class.forName(name, false, AstCache.class.getClassLoader());
                classes.put(name, c);
            }
            return c;
        }
    }
}

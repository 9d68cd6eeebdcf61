package org.gilpy.runtime.process;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.HashTable;
import org.gilpy.runtime.PBaseException;
import org.gilpy.runtime.PBuiltinFunction;
import org.gilpy.runtime.PBytes;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PFunction;
import org.gilpy.runtime.PInstance;
import org.gilpy.runtime.PList;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PSet;
import org.gilpy.runtime.PTuple;
import org.gilpy.runtime.PyCallables;
import org.gilpy.runtime.PyObject;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.PythonTypes;
import org.gilpy.runtime.SetTable;

/**
 * The {@code pickle} byte format, protocols 4 and 5, for what {@link Snapshot} can take apart:
 * None, bools, ints, floats, str, bytes, bytearray, tuples, lists, dicts, sets, frozensets,
 * functions and classes by reference, instances of Python classes (class, then their
 * {@code __dict__}) and exceptions (class and args). {@link #dumps} writes what CPython's
 * pickler writes for these (one frame, memoised containers and strings), so CPython reads
 * gilpy's pickles and the other way round; {@link #loads} also reads the opcodes CPython
 * uses for them at protocols 2 and 3.
 */
public final class PickleCodec {
    private PickleCodec() {
    }

    // ------------------------------------------------------------------ writing

    @TruffleBoundary
    public static byte[] dumps(GilpyContext context, Object value, int protocol) {
        Writer w = new Writer(protocol);
        w.save(value);
        w.out.write('.');
        byte[] payload = w.out.toByteArray();
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        result.write(0x80);
        result.write(protocol);
        if (payload.length >= 4) {
            result.write(0x95); // FRAME: the whole pickle fits in one
            writeLittle(result, payload.length, 8);
        }
        result.writeBytes(payload);
        return result.toByteArray();
    }

    private static void writeLittle(ByteArrayOutputStream out, long v, int n) {
        for (int i = 0; i < n; i++) {
            out.write((int) (v >>> (8 * i)) & 0xff);
        }
    }

    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final Map<Object, Integer> memo = new IdentityHashMap<>();
        final Map<String, Integer> strings = new java.util.HashMap<>();
        final int protocol;

        Writer(int protocol) {
            this.protocol = protocol;
        }

        void memoize(Object obj) {
            out.write(0x94);
            memo.put(obj, memo.size() + strings.size());
        }

        boolean fromMemo(Object obj) {
            Integer index = obj instanceof String s ? strings.get(s) : memo.get(obj);
            if (index == null) {
                return false;
            }
            if (index < 256) {
                out.write('h');
                out.write(index);
            } else {
                out.write('j');
                writeLittle(out, index, 4);
            }
            return true;
        }

        void save(Object v) {
            PythonTypes types = PythonTypes.get();
            if (v == PNone.NONE) {
                out.write('N');
            } else if (v instanceof Boolean b) {
                out.write(b ? 0x88 : 0x89);
            } else if (v instanceof Long l) {
                saveInt(BigInteger.valueOf(l));
            } else if (v instanceof org.gilpy.runtime.PBigInt big) {
                saveInt(big.toBigInteger());
            } else if (v instanceof Double d) {
                out.write('G');
                long bits = Double.doubleToLongBits(d);
                for (int i = 7; i >= 0; i--) {
                    out.write((int) (bits >>> (8 * i)) & 0xff);
                }
            } else if (v instanceof String s) {
                saveString(s);
            } else if (fromMemo(v)) {
                return;
            } else if (v instanceof PythonClass || v instanceof PFunction || v instanceof PBuiltinFunction) {
                saveGlobal(v);
            } else if (v instanceof PBytes b && b.getPythonClass() == types.bytes) {
                byte[] data = b.getBytes();
                if (data.length < 256) {
                    out.write('C');
                    out.write(data.length);
                } else {
                    out.write('B');
                    writeLittle(out, data.length, 4);
                }
                out.writeBytes(data);
                memoize(v);
            } else if (v instanceof PBytes b && b.getPythonClass() == types.bytearray && protocol >= 5) {
                out.write(0x96);
                writeLittle(out, b.getBytes().length, 8);
                out.writeBytes(b.getBytes());
                memoize(v);
            } else if (v instanceof PBytes b && b.getPythonClass() == types.bytearray) {
                saveGlobal(types.bytearray);
                saveTuple(new PTuple(new Object[]{new PBytes(b.getBytes().clone())}));
                out.write('R');
                memoize(v);
            } else if (v instanceof PTuple t && t.getPythonClass() == types.tuple) {
                saveTuple(t);
            } else if (v instanceof PList l && l.getPythonClass() == types.list) {
                out.write(']');
                memoize(v);
                saveBatches(l.toArray(), 'a', 'e');
            } else if (v instanceof PDict d && d.getPythonClass() == types.dict) {
                out.write('}');
                memoize(v);
                saveItems(d);
            } else if (v instanceof PSet s && s.getPythonClass() == types.set) {
                out.write(0x8f);
                memoize(v);
                Object[] items = setItems(s);
                if (items.length > 0) {
                    out.write('(');
                    for (Object item : items) {
                        save(item);
                    }
                    out.write(0x90);
                }
            } else if (v instanceof PSet s && s.getPythonClass() == types.frozenset) {
                out.write('(');
                for (Object item : setItems(s)) {
                    save(item);
                }
                out.write(0x91);
                memoize(v);
            } else if (v instanceof PBaseException e) {
                saveGlobal(e.getPythonClass());
                saveTuple(e.getArgs());
                out.write('R');
                memoize(v);
                saveState(e);
            } else if (v instanceof PInstance obj) {
                saveGlobal(obj.getPythonClass());
                out.write(')');
                out.write(0x81);
                memoize(v);
                saveState(obj);
            } else {
                throw Snapshot.cannotPickle((PyObject) v);
            }
        }

        private void saveState(PyObject obj) {
            PDict dict = obj.getDict();
            if (dict != null && dict.size() > 0) {
                save(dict);
                out.write('b');
            }
        }

        private Object[] setItems(PSet s) {
            List<Object> items = new ArrayList<>();
            SetTable t = s.table();
            for (int i = 0; i < t.slots(); i++) {
                if (t.keyAt(i) != null) {
                    items.add(t.keyAt(i));
                }
            }
            return items.toArray();
        }

        private void saveInt(BigInteger v) {
            if (v.signum() >= 0 && v.bitLength() <= 8) {
                out.write('K');
                out.write(v.intValue());
            } else if (v.signum() >= 0 && v.bitLength() <= 16) {
                out.write('M');
                writeLittle(out, v.intValue(), 2);
            } else if (v.bitLength() <= 31) {
                out.write('J');
                writeLittle(out, v.intValue(), 4);
            } else {
                byte[] big = v.toByteArray(); // big-endian two's complement, minimal
                out.write(0x8a);
                out.write(big.length);
                for (int i = big.length - 1; i >= 0; i--) {
                    out.write(big[i]);
                }
            }
        }

        private void saveString(String s) {
            if (fromMemo(s)) {
                return;
            }
            byte[] data = s.getBytes(StandardCharsets.UTF_8);
            if (data.length < 256) {
                out.write(0x8c);
                out.write(data.length);
            } else {
                out.write('X');
                writeLittle(out, data.length, 4);
            }
            out.writeBytes(data);
            out.write(0x94);
            strings.put(s, memo.size() + strings.size());
        }

        private void saveTuple(PTuple t) {
            Object[] items = t.getItems();
            if (items.length == 0) {
                out.write(')');
                return;
            }
            if (items.length <= 3) {
                for (Object item : items) {
                    save(item);
                }
                if (fromMemo(t)) { // the tuple was reached through its own items
                    return;
                }
                out.write(0x85 + items.length - 1);
            } else {
                out.write('(');
                for (Object item : items) {
                    save(item);
                }
                out.write('t');
            }
            memoize(t);
        }

        private void saveBatches(Object[] items, int one, int many) {
            for (int start = 0; start < items.length; start += 1000) {
                int end = Math.min(items.length, start + 1000);
                if (end - start == 1) {
                    save(items[start]);
                    out.write(one);
                } else {
                    out.write('(');
                    for (int i = start; i < end; i++) {
                        save(items[i]);
                    }
                    out.write(many);
                }
            }
        }

        private void saveItems(PDict d) {
            HashTable t = d.table();
            List<Object> flat = new ArrayList<>();
            for (int p = 0; p < t.capacity(); p++) {
                if (t.keyAt(p) != null) {
                    flat.add(t.keyAt(p));
                    flat.add(t.valueAt(p));
                }
            }
            for (int start = 0; start < flat.size(); start += 2000) {
                int end = Math.min(flat.size(), start + 2000);
                if (end - start == 2) {
                    save(flat.get(start));
                    save(flat.get(start + 1));
                    out.write('s');
                } else {
                    out.write('(');
                    for (int i = start; i < end; i++) {
                        save(flat.get(i));
                    }
                    out.write('u');
                }
            }
        }

        /** A function or class by reference: module and qualified name, as pickle checks them. */
        private void saveGlobal(Object v) {
            if (fromMemo(v)) {
                return;
            }
            Snapshot.Global g = Snapshot.globalOf(v);
            saveString(g.module());
            saveString(g.qualname());
            out.write(0x93);
            memoize(v);
        }
    }

    // ------------------------------------------------------------------ reading

    private static final Object MARK = new Object();

    @TruffleBoundary
    public static Object loads(GilpyContext context, byte[] data) {
        List<Object> stack = new ArrayList<>();
        List<Object> memo = new ArrayList<>();
        int pos = 0;
        while (true) {
            if (pos >= data.length) {
                throw unpickling("pickle data was truncated");
            }
            int op = data[pos++] & 0xff;
            switch (op) {
                case 0x80 -> pos++; // PROTO
                case 0x95 -> pos += 8; // FRAME
                case '.' -> {
                    return stack.remove(stack.size() - 1);
                }
                case 'N' -> stack.add(PNone.NONE);
                case 0x88 -> stack.add(true);
                case 0x89 -> stack.add(false);
                case 'K' -> stack.add((long) (data[pos++] & 0xff));
                case 'M' -> {
                    stack.add(little(data, pos, 2));
                    pos += 2;
                }
                case 'J' -> {
                    stack.add((long) (int) little(data, pos, 4));
                    pos += 4;
                }
                case 0x8a, 0x8b -> {
                    int n = op == 0x8a ? data[pos++] & 0xff : (int) little(data, pos, 4);
                    pos += op == 0x8a ? 0 : 4;
                    byte[] be = new byte[Math.max(n, 1)];
                    for (int i = 0; i < n; i++) {
                        be[n - 1 - i] = data[pos + i];
                    }
                    pos += n;
                    BigInteger v = n == 0 ? BigInteger.ZERO : new BigInteger(be);
                    stack.add(org.gilpy.runtime.PyInts.normalize(v));
                }
                case 'G' -> {
                    long bits = 0;
                    for (int i = 0; i < 8; i++) {
                        bits = (bits << 8) | (data[pos + i] & 0xff);
                    }
                    pos += 8;
                    stack.add(Double.longBitsToDouble(bits));
                }
                case 0x8c, 'X', 0x8d -> {
                    int width = op == 0x8c ? 1 : op == 'X' ? 4 : 8;
                    int n = (int) little(data, pos, width);
                    pos += width;
                    stack.add(new String(data, pos, n, StandardCharsets.UTF_8));
                    pos += n;
                }
                case 'C', 'B', 0x8e, 0x96 -> {
                    int width = op == 'C' ? 1 : op == 'B' ? 4 : 8;
                    int n = (int) little(data, pos, width);
                    pos += width;
                    byte[] bytes = java.util.Arrays.copyOfRange(data, pos, pos + n);
                    pos += n;
                    PythonTypes types = PythonTypes.get();
                    stack.add(new PBytes(op == 0x96 ? types.bytearray : types.bytes, bytes));
                }
                case 0x94 -> memo.add(stack.get(stack.size() - 1));
                case 'q' -> {
                    put(memo, data[pos++] & 0xff, stack.get(stack.size() - 1));
                }
                case 'r' -> {
                    put(memo, (int) little(data, pos, 4), stack.get(stack.size() - 1));
                    pos += 4;
                }
                case 'h' -> stack.add(memo.get(data[pos++] & 0xff));
                case 'j' -> {
                    stack.add(memo.get((int) little(data, pos, 4)));
                    pos += 4;
                }
                case '(' -> stack.add(MARK);
                case ')' -> stack.add(PTuple.empty());
                case ']' -> stack.add(new PList());
                case '}' -> stack.add(new PDict());
                case 0x8f -> stack.add(PSet.newSet());
                case 0x85, 0x86, 0x87 -> {
                    int n = op - 0x84;
                    Object[] items = new Object[n];
                    for (int i = n - 1; i >= 0; i--) {
                        items[i] = stack.remove(stack.size() - 1);
                    }
                    stack.add(new PTuple(items));
                }
                case 't' -> stack.add(new PTuple(popMark(stack)));
                case 'a' -> {
                    Object item = stack.remove(stack.size() - 1);
                    ((PList) stack.get(stack.size() - 1)).append(item);
                }
                case 'e' -> {
                    Object[] items = popMark(stack);
                    PList list = (PList) stack.get(stack.size() - 1);
                    for (Object item : items) {
                        list.append(item);
                    }
                }
                case 's' -> {
                    Object value = stack.remove(stack.size() - 1);
                    Object key = stack.remove(stack.size() - 1);
                    ((PDict) stack.get(stack.size() - 1)).put(key, value);
                }
                case 'u' -> {
                    Object[] items = popMark(stack);
                    PDict dict = (PDict) stack.get(stack.size() - 1);
                    for (int i = 0; i < items.length; i += 2) {
                        dict.put(items[i], items[i + 1]);
                    }
                }
                case 0x90 -> {
                    Object[] items = popMark(stack);
                    PSet set = (PSet) stack.get(stack.size() - 1);
                    for (Object item : items) {
                        set.table().add(item);
                    }
                }
                case 0x91 -> {
                    PSet set = PSet.newFrozenSet();
                    for (Object item : popMark(stack)) {
                        set.table().add(item);
                    }
                    stack.add(set);
                }
                case 0x93 -> {
                    String name = (String) stack.remove(stack.size() - 1);
                    String module = (String) stack.remove(stack.size() - 1);
                    stack.add(findGlobal(context, module, name));
                }
                case 'c' -> {
                    int nl = indexOf(data, pos, (byte) '\n');
                    String module = new String(data, pos, nl - pos, StandardCharsets.UTF_8);
                    int nl2 = indexOf(data, nl + 1, (byte) '\n');
                    String name = new String(data, nl + 1, nl2 - nl - 1, StandardCharsets.UTF_8);
                    pos = nl2 + 1;
                    stack.add(findGlobal(context, module, name));
                }
                case 'R' -> {
                    PTuple args = (PTuple) stack.remove(stack.size() - 1);
                    Object callable = stack.remove(stack.size() - 1);
                    stack.add(PyCallables.call(callable, args.getItems()));
                }
                case 0x81 -> {
                    PTuple args = (PTuple) stack.remove(stack.size() - 1);
                    PythonClass cls = (PythonClass) stack.remove(stack.size() - 1);
                    Object[] newArgs = new Object[args.getItems().length + 1];
                    newArgs[0] = cls;
                    System.arraycopy(args.getItems(), 0, newArgs, 1, args.getItems().length);
                    stack.add(PyCallables.call(PyObjects.getAttribute(cls, "__new__"), newArgs));
                }
                case 'b' -> {
                    Object state = stack.remove(stack.size() - 1);
                    build(stack.get(stack.size() - 1), state);
                }
                default -> throw unpickling("invalid load key, '" + (char) op + "'.");
            }
        }
    }

    private static void put(List<Object> memo, int index, Object value) {
        while (memo.size() <= index) {
            memo.add(null);
        }
        memo.set(index, value);
    }

    private static void build(Object obj, Object state) {
        Object setstate = PyObjects.lookupAttribute(obj, "__setstate__");
        if (setstate != null && !(setstate instanceof PBuiltinFunction)) {
            PyCallables.call(setstate, state);
            return;
        }
        if (state instanceof PDict d) {
            HashTable t = d.table();
            for (int p = 0; p < t.capacity(); p++) {
                if (t.keyAt(p) != null) {
                    ((PyObject) obj).getOrCreateDict().put(t.keyAt(p), t.valueAt(p));
                }
            }
        }
    }

    private static Object findGlobal(GilpyContext context, String module, String name) {
        Object found = Snapshot.lookup(context, module, name);
        if (found == null) {
            throw PythonErrors.attributeError("Can't get attribute '" + name + "' on <module '" + module + "'>");
        }
        return found;
    }

    private static Object[] popMark(List<Object> stack) {
        int mark = stack.lastIndexOf(MARK);
        if (mark < 0) {
            throw unpickling("could not find MARK");
        }
        List<Object> items = new ArrayList<>(stack.subList(mark + 1, stack.size()));
        while (stack.size() > mark) {
            stack.remove(stack.size() - 1);
        }
        return items.toArray();
    }

    private static int indexOf(byte[] data, int from, byte b) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        throw unpickling("pickle data was truncated");
    }

    private static long little(byte[] data, int pos, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (data[pos + i] & 0xff);
        }
        return v;
    }

    private static org.gilpy.runtime.PException unpickling(String message) {
        GilpyContext context = GilpyContext.get(null);
        Object cls = Snapshot.lookup(context, "_gilpy_process", "UnpicklingError");
        return PythonErrors.create((PythonClass) cls, message);
    }
}

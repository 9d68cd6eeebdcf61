package org.gilpy.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.*;

/**
 * The {@code builtins} module: the functions every Python program sees without an import.
 * The built-in types themselves (int, str, list, ...) and the exception classes are added
 * to the namespace in {@link #initialize}; their constructors are the types' {@code __new__}.
 */
public final class BuiltinFunctions implements BuiltinModule {
    @Override
    public String name() {
        return "builtins";
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return BuiltinFunctionsFactory.getFactories();
    }

    @Override
    public void initialize(GilpyContext context, PDict ns) {
        PythonTypes t = context.getTypes();
        for (String name : new String[]{"object", "type", "int", "bool", "float", "str", "bytes", "bytearray", "list",
            "tuple", "dict", "set", "frozenset", "range", "slice", "property", "staticmethod", "classmethod", "super"}) {
            ns.put(name, t.all().get(name));
        }
        for (var e : t.exceptionClasses().entrySet()) {
            ns.put(e.getKey(), e.getValue());
        }
        ns.put("EnvironmentError", t.exception("OSError"));
        ns.put("IOError", t.exception("OSError"));
        ns.put("NotImplemented", PNone.NOT_IMPLEMENTED);
        ns.put("Ellipsis", PNone.ELLIPSIS);
        ns.put("__debug__", Boolean.TRUE);
    }

    static boolean given(Object o) {
        return o != PNone.NO_VALUE;
    }

    @Builtin(name = "print", params = "*args, sep=?, end=?, file=?, flush=?")
    @GenerateNodeFactory
    abstract static class PrintNode extends BuiltinNode.Varargs {
        @Specialization
        Object print(Object[] a) {
            doPrint(GilpyContext.get(this), (PTuple) a[0], a[1], a[2], a[3], a[4]);
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void doPrint(GilpyContext context, PTuple args, Object sep, Object end, Object file, Object flush) {
            String sepText = sep == PNone.NO_VALUE || sep == PNone.NONE ? " " : checkStr(sep, "sep");
            String endText = end == PNone.NO_VALUE || end == PNone.NONE ? "\n" : checkStr(end, "end");
            StringBuilder sb = new StringBuilder();
            Object[] items = args.getItems();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(sepText);
                }
                sb.append(PyObjects.str(items[i]));
            }
            sb.append(endText);
            Object target = file == PNone.NO_VALUE || file == PNone.NONE ? context.getSysModule().getGlobals().getStr("stdout") : file;
            Streams.write(target, sb.toString());
            if (given(flush) && PyObjects.isTrue(flush)) {
                Streams.flush(target);
            }
        }

        private static String checkStr(Object o, String what) {
            if (o instanceof String s) {
                return s;
            }
            throw PythonErrors.typeError(what + " must be None or a string, not " + PyObjects.typeName(o));
        }
    }

    @Builtin(name = "input", params = "prompt=?")
    @GenerateNodeFactory
    abstract static class InputNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object input(Object prompt) {
            GilpyContext context = GilpyContext.get(this);
            Object out = context.getSysModule().getGlobals().getStr("stdout");
            if (given(prompt)) {
                Streams.write(out, PyObjects.str(prompt));
            }
            Streams.flush(out);
            Object in = context.getSysModule().getGlobals().getStr("stdin");
            String line;
            if (in instanceof PFile f) {
                // reading the terminal may block for ever: other threads run meanwhile
                line = context.getGil().blocking(this, f::readLine);
            } else {
                line = PyObjects.str(PyCallables.call(PyObjects.getAttribute(in, "readline")));
            }
            if (line.isEmpty()) {
                throw PythonErrors.create("EOFError", "EOF when reading a line");
            }
            return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        }
    }

    @Builtin(name = "len", params = "obj, /")
    @GenerateNodeFactory
    abstract static class LenNode extends BuiltinNode.Unary {
        @Specialization
        long len(String s) {
            return s.length();
        }

        @Specialization
        long len(PList l) {
            return l.getPythonClass().isBuiltin() ? l.size() : PyObjects.length(l);
        }

        @Specialization(replaces = {"len"})
        long generic(Object o) {
            return PyObjects.length(o);
        }
    }

    @Builtin(name = "repr", params = "obj, /")
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        Object repr(Object o) {
            return PyObjects.repr(o);
        }
    }

    @Builtin(name = "ascii", params = "obj, /")
    @GenerateNodeFactory
    abstract static class AsciiNode extends BuiltinNode.Unary {
        @Specialization
        Object ascii(Object o) {
            return org.gilpy.nodes.expressions.FormatNodes.ascii(PyObjects.repr(o));
        }
    }

    @Builtin(name = "format", params = "value, format_spec=?, /")
    @GenerateNodeFactory
    abstract static class FormatNode extends BuiltinNode.Binary {
        @Specialization
        Object format(Object value, Object spec) {
            return FormatSpec.format(value, given(spec) ? (String) spec : "");
        }
    }

    @Builtin(name = "abs", params = "x, /")
    @GenerateNodeFactory
    abstract static class AbsNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object abs(Object x) {
            if (x instanceof Long l) {
                return l < 0 ? PyInts.negate(l) : l;
            } else if (x instanceof Double d) {
                return Math.abs(d);
            } else if (x instanceof Boolean b) {
                return b ? 1L : 0L;
            } else if (x instanceof PBigInt b) {
                return b.abs();
            }
            Object m = PyObjects.typeOf(x).lookup("__abs__");
            if (m == null) {
                throw PythonErrors.typeError("bad operand type for abs(): '" + PyObjects.typeName(x) + "'");
            }
            return PyCallables.call(m, x);
        }
    }

    @Builtin(name = "divmod", params = "a, b, /")
    @GenerateNodeFactory
    abstract static class DivmodNode extends BuiltinNode.Binary {
        @Specialization
        Object divmod(Object a, Object b) {
            if (PyNumbers.isReal(a) && PyNumbers.isReal(b)) {
                return new PTuple(new Object[]{PyNumbers.binary(BinaryOp.FLOORDIV, a, b), PyNumbers.binary(BinaryOp.MOD, a, b)});
            }
            Object m = PyObjects.typeOf(a).lookup("__divmod__");
            if (m != null) {
                return PyCallables.call(m, a, b);
            }
            throw PythonErrors.typeError("unsupported operand type(s) for divmod(): '" + PyObjects.typeName(a) + "' and '"
                    + PyObjects.typeName(b) + "'");
        }
    }

    @Builtin(name = "pow", params = "base, exp, mod=?")
    @GenerateNodeFactory
    abstract static class PowNode extends BuiltinNode.Ternary {
        @Specialization
        Object pow(Object base, Object exp, Object mod) {
            if (!given(mod) || mod == PNone.NONE) {
                return PyNumbers.binary(BinaryOp.POW, base, exp);
            }
            if (!PyInts.isInt(base) || !PyInts.isInt(exp) || !PyInts.isInt(mod)) {
                throw PythonErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            return PyInts.powMod(base, exp, mod);
        }
    }

    @Builtin(name = "round", params = "number, ndigits=?")
    @GenerateNodeFactory
    abstract static class RoundNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object round(Object number, Object ndigits) {
            boolean noDigits = !given(ndigits) || ndigits == PNone.NONE;
            if (number instanceof Double d) {
                if (noDigits) {
                    return PyNumbers.doubleToInt(Math.rint(d));
                }
                long n = PyNumbers.asIndex(ndigits);
                if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
                    return d;
                }
                if (n > 330) {
                    return d;
                }
                return new BigDecimal(d).setScale((int) Math.max(n, -400), RoundingMode.HALF_EVEN).doubleValue();
            }
            if (PyInts.isInt(number)) {
                if (noDigits || PyNumbers.asIndex(ndigits) >= 0) {
                    return number instanceof Boolean b ? (Object) (b ? 1L : 0L) : number;
                }
                BigDecimal v = new BigDecimal(PyInts.big(number)).setScale((int) PyNumbers.asIndex(ndigits), RoundingMode.HALF_EVEN);
                return PyInts.normalize(v.setScale(0, RoundingMode.UNNECESSARY).toBigIntegerExact());
            }
            Object m = PyObjects.typeOf(number).lookup("__round__");
            if (m == null) {
                throw PythonErrors.typeError("type " + PyObjects.typeName(number) + " doesn't define __round__ method");
            }
            return noDigits ? PyCallables.call(m, number) : PyCallables.call(m, number, ndigits);
        }
    }

    @Builtin(name = "chr", params = "i, /")
    @GenerateNodeFactory
    abstract static class ChrNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object chr(Object i) {
            long cp = PyNumbers.asIndex(i);
            if (cp < 0 || cp > 0x10ffff) {
                throw PythonErrors.valueError("chr() arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) cp));
        }
    }

    @Builtin(name = "ord", params = "c, /")
    @GenerateNodeFactory
    abstract static class OrdNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object ord(Object c) {
            if (c instanceof String s) {
                int n = s.codePointCount(0, s.length());
                if (n != 1) {
                    throw PythonErrors.typeError("ord() expected a character, but string of length " + n + " found");
                }
                return (long) s.codePointAt(0);
            }
            if (c instanceof PBytes b && b.getBytes().length == 1) {
                return (long) (b.getBytes()[0] & 0xff);
            }
            throw PythonErrors.typeError("ord() expected string of length 1, but " + PyObjects.typeName(c) + " found");
        }
    }

    @TruffleBoundary
    static String radix(Object x, int radix, String prefix) {
        BigInteger v = PyInts.big(PyInts.isInt(x) ? x : (Object) PyNumbers.asIndex(x));
        String digits = v.abs().toString(radix);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    @Builtin(name = "hex", params = "x, /")
    @GenerateNodeFactory
    abstract static class HexNode extends BuiltinNode.Unary {
        @Specialization
        Object hex(Object x) {
            return radix(x, 16, "0x");
        }
    }

    @Builtin(name = "oct", params = "x, /")
    @GenerateNodeFactory
    abstract static class OctNode extends BuiltinNode.Unary {
        @Specialization
        Object oct(Object x) {
            return radix(x, 8, "0o");
        }
    }

    @Builtin(name = "bin", params = "x, /")
    @GenerateNodeFactory
    abstract static class BinNode extends BuiltinNode.Unary {
        @Specialization
        Object bin(Object x) {
            return radix(x, 2, "0b");
        }
    }

    @Builtin(name = "hash", params = "obj, /")
    @GenerateNodeFactory
    abstract static class HashNode extends BuiltinNode.Unary {
        @Specialization
        Object hash(Object o) {
            return PyHash.hash(o);
        }
    }

    @Builtin(name = "id", params = "obj, /")
    @GenerateNodeFactory
    abstract static class IdNode extends BuiltinNode.Unary {
        @Specialization
        Object id(Object o) {
            return PyObjects.id(o);
        }
    }

    @Builtin(name = "callable", params = "obj, /")
    @GenerateNodeFactory
    abstract static class CallableNode extends BuiltinNode.Unary {
        @Specialization
        Object callable(Object o) {
            return PyCallables.isCallable(o);
        }
    }

    @Builtin(name = "iter", params = "obj, sentinel=?, /")
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Binary {
        @Specialization
        Object iter(Object o, Object sentinel) {
            if (given(sentinel)) {
                if (!PyCallables.isCallable(o)) {
                    throw PythonErrors.typeError("iter(v, w): v must be callable");
                }
                return new FunctionalIterators.CallUntil(o, sentinel);
            }
            return PyObjects.getIterator(o);
        }
    }

    @Builtin(name = "next", params = "iterator, default=?, /")
    @GenerateNodeFactory
    abstract static class NextNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object next(Object it, Object dflt) {
            if (!(it instanceof PIterator) && PyObjects.typeOf(it).lookup("__next__") == null) {
                throw PythonErrors.typeError("'" + PyObjects.typeName(it) + "' object is not an iterator");
            }
            if (!(it instanceof PIterator) && !given(dflt)) {
                return PyCallables.call(PyObjects.typeOf(it).lookup("__next__"), it);
            }
            if (it instanceof Resumable r && !given(dflt)) {
                return r.send(PNone.NONE); // StopIteration carries the generator's return value
            }
            Object v = PyObjects.next(it);
            if (v == null) {
                if (given(dflt)) {
                    return dflt;
                }
                throw PythonErrors.stopIteration();
            }
            return v;
        }
    }

    @Builtin(name = "getattr", params = "obj, name, default=?, /")
    @GenerateNodeFactory
    abstract static class GetattrNode extends BuiltinNode.Ternary {
        @Specialization
        Object getattr(Object obj, Object name, Object dflt) {
            String n = attrName(name, "getattr");
            if (given(dflt)) {
                Object v = PyObjects.lookupAttribute(obj, n);
                return v == null ? dflt : v;
            }
            return PyObjects.getAttribute(obj, n);
        }
    }

    static String attrName(Object name, String fn) {
        if (name instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("attribute name must be string, not '" + PyObjects.typeName(name) + "'");
    }

    @Builtin(name = "setattr", params = "obj, name, value, /")
    @GenerateNodeFactory
    abstract static class SetattrNode extends BuiltinNode.Ternary {
        @Specialization
        Object setattr(Object obj, Object name, Object value) {
            PyObjects.setAttribute(obj, attrName(name, "setattr"), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "hasattr", params = "obj, name, /")
    @GenerateNodeFactory
    abstract static class HasattrNode extends BuiltinNode.Binary {
        @Specialization
        Object hasattr(Object obj, Object name) {
            return PyObjects.lookupAttribute(obj, attrName(name, "hasattr")) != null;
        }
    }

    @Builtin(name = "delattr", params = "obj, name, /")
    @GenerateNodeFactory
    abstract static class DelattrNode extends BuiltinNode.Binary {
        @Specialization
        Object delattr(Object obj, Object name) {
            PyObjects.deleteAttribute(obj, attrName(name, "delattr"));
            return PNone.NONE;
        }
    }

    @Builtin(name = "isinstance", params = "obj, class_or_tuple, /")
    @GenerateNodeFactory
    abstract static class IsinstanceNode extends BuiltinNode.Binary {
        @Specialization
        Object isinstance(Object obj, Object spec) {
            return Classes.isInstance(obj, spec);
        }
    }

    @Builtin(name = "issubclass", params = "cls, class_or_tuple, /")
    @GenerateNodeFactory
    abstract static class IssubclassNode extends BuiltinNode.Binary {
        @Specialization
        Object issubclass(Object cls, Object spec) {
            return Classes.isSubclass(cls, spec);
        }
    }

    @Builtin(name = "sum", params = "iterable, /, start=?")
    @GenerateNodeFactory
    abstract static class SumNode extends BuiltinNode.Binary {
        @Override
        FrameDescriptor frameDescriptor() {
            return SumOverGenerator.frameDescriptor();
        }

        @Specialization
        Object sum(VirtualFrame frame, Object iterable, Object start,
                   @Cached SumOverGenerator overGenerator) {
            Object total = given(start) ? start : 0L;
            if (total instanceof String) {
                throw PythonErrors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            }
            Object it = PyObjects.getIterator(iterable);
            if (it instanceof PGenerator generator && total instanceof Long t) {
                return overGenerator.execute(frame, generator, t);
            }
            return sumRest(total, it);
        }

        /** Adds the remaining items of iterator {@code it} to {@code total}. */
        @TruffleBoundary
        static Object sumRest(Object total, Object it) {
            Object item;
            // Floats are added with Neumaier's compensated summation, as CPython 3.12 does.
            double compensation = 0;
            boolean compensating = false;
            while ((item = PyObjects.next(it)) != null) {
                if (total instanceof Double t && (item instanceof Double || item instanceof Long)) {
                    double x = PyNumbers.toDouble(item);
                    double sum = t + x;
                    if (Double.isFinite(sum)) {
                        compensation += Math.abs(t) >= Math.abs(x) ? (t - sum) + x : (x - sum) + t;
                        compensating = true;
                    }
                    total = sum;
                    continue;
                }
                if (compensating) {
                    total = (Double) total + compensation;
                    compensation = 0;
                    compensating = false;
                }
                if (total instanceof Long a && item instanceof Long b) {
                    long r = a + b;
                    if (((a ^ r) & (b ^ r)) >= 0) {
                        total = r;
                        continue;
                    }
                }
                total = PyNumbers.binary(BinaryOp.ADD, total, item);
            }
            if (compensating && compensation != 0 && Double.isFinite(compensation)) {
                total = (Double) total + compensation;
            }
            return total;
        }
    }

    @TruffleBoundary
    static Object minMax(PTuple args, Object key, Object dflt, boolean max) {
        String name = max ? "max" : "min";
        Object[] items = args.getItems();
        Object it;
        if (items.length == 1) {
            it = PyObjects.getIterator(items[0]);
        } else if (items.length == 0) {
            throw PythonErrors.typeError(name + " expected at least 1 argument, got 0");
        } else {
            if (given(dflt)) {
                throw PythonErrors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            it = new BuiltinIterators.ArrayIterator(items);
        }
        boolean hasKey = given(key) && key != PNone.NONE;
        Object best = null;
        Object bestKey = null;
        Object item;
        while ((item = PyObjects.next(it)) != null) {
            Object k = hasKey ? PyCallables.call(key, item) : item;
            if (best == null || (max ? PyCompare.lessThan(bestKey, k) : PyCompare.lessThan(k, bestKey))) {
                best = item;
                bestKey = k;
            }
        }
        if (best == null) {
            if (given(dflt)) {
                return dflt;
            }
            throw PythonErrors.valueError(name + "() iterable argument is empty");
        }
        return best;
    }

    @Builtin(name = "max", params = "*args, key=?, default=?")
    @GenerateNodeFactory
    abstract static class MaxNode extends BuiltinNode.Ternary {
        @Specialization
        Object max(Object args, Object key, Object dflt) {
            return minMax((PTuple) args, key, dflt, true);
        }
    }

    @Builtin(name = "min", params = "*args, key=?, default=?")
    @GenerateNodeFactory
    abstract static class MinNode extends BuiltinNode.Ternary {
        @Specialization
        Object min(Object args, Object key, Object dflt) {
            return minMax((PTuple) args, key, dflt, false);
        }
    }

    @Builtin(name = "all", params = "iterable, /")
    @GenerateNodeFactory
    abstract static class AllNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object all(Object iterable) {
            Object it = PyObjects.getIterator(iterable);
            Object item;
            while ((item = PyObjects.next(it)) != null) {
                if (!PyObjects.isTrue(item)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "any", params = "iterable, /")
    @GenerateNodeFactory
    abstract static class AnyNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object any(Object iterable) {
            Object it = PyObjects.getIterator(iterable);
            Object item;
            while ((item = PyObjects.next(it)) != null) {
                if (PyObjects.isTrue(item)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "enumerate", params = "iterable, start=?")
    @GenerateNodeFactory
    abstract static class EnumerateNode extends BuiltinNode.Binary {
        @Specialization
        Object enumerate(Object iterable, Object start) {
            Object s = given(start) ? start : 0L;
            if (!PyInts.isInt(s)) {
                throw PythonErrors.typeError("'" + PyObjects.typeName(s) + "' object cannot be interpreted as an integer");
            }
            return new FunctionalIterators.Enumerate(PyObjects.getIterator(iterable), s);
        }
    }

    @Builtin(name = "zip", params = "*iterables, strict=?")
    @GenerateNodeFactory
    abstract static class ZipNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object zip(Object iterables, Object strict) {
            Object[] items = ((PTuple) iterables).getItems();
            Object[] its = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                its[i] = PyObjects.getIterator(items[i]);
            }
            return new FunctionalIterators.Zip(its, given(strict) && PyObjects.isTrue(strict));
        }
    }

    @Builtin(name = "map", params = "func, iterable, /, *iterables")
    @GenerateNodeFactory
    abstract static class MapNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object map(Object func, Object iterable, Object more) {
            Object[] rest = ((PTuple) more).getItems();
            Object[] its = new Object[rest.length + 1];
            its[0] = PyObjects.getIterator(iterable);
            for (int i = 0; i < rest.length; i++) {
                its[i + 1] = PyObjects.getIterator(rest[i]);
            }
            return new FunctionalIterators.Map(func, its);
        }
    }

    @Builtin(name = "filter", params = "function, iterable, /")
    @GenerateNodeFactory
    abstract static class FilterNode extends BuiltinNode.Binary {
        @Specialization
        Object filter(Object function, Object iterable) {
            return new FunctionalIterators.Filter(function, PyObjects.getIterator(iterable));
        }
    }

    @Builtin(name = "reversed", params = "sequence, /")
    @GenerateNodeFactory
    abstract static class ReversedNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object reversed(Object seq) {
            PythonClass cls = PyObjects.typeOf(seq);
            Object m = cls.lookup("__reversed__");
            if (m != null && !(m instanceof PBuiltinFunction)) {
                return PyCallables.call(m, seq);
            }
            if (seq instanceof PList l) {
                return new BuiltinIterators.ReversedListIterator(l);
            } else if (seq instanceof PRange r) {
                long n = r.length();
                return new BuiltinIterators.RangeIterator(r.start + (n - 1) * r.step, -r.step, n);
            } else if (seq instanceof PDict d) {
                Object[] keys = PyObjects.toArray(d);
                java.util.Collections.reverse(java.util.Arrays.asList(keys));
                return new BuiltinIterators.ArrayIterator(keys);
            }
            if (seq instanceof PTuple || seq instanceof String || (cls.lookup("__len__") != null && cls.lookup("__getitem__") != null)) {
                long n = PyObjects.length(seq);
                Object[] items = new Object[(int) n];
                for (int i = 0; i < n; i++) {
                    items[(int) (n - 1 - i)] = PyItems.getItem(seq, (long) i);
                }
                return new BuiltinIterators.ArrayIterator(items);
            }
            throw PythonErrors.typeError("'" + cls.getName() + "' object is not reversible");
        }
    }

    @Builtin(name = "sorted", params = "iterable, /, *, key=?, reverse=?")
    @GenerateNodeFactory
    abstract static class SortedNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object sorted(Object iterable, Object key, Object reverse) {
            Object[] items = PyObjects.toArray(iterable).clone();
            ListSort.sort(items, items.length, key, given(reverse) && PyObjects.isTrue(reverse));
            return new PList(items);
        }
    }

    @Builtin(name = "open", params = "file, mode=?, buffering=?, encoding=?, errors=?, newline=?, closefd=?")
    @GenerateNodeFactory
    abstract static class OpenNode extends BuiltinNode.Varargs {
        @Specialization
        Object open(Object[] a) {
            return Files.open(GilpyContext.get(this), a[0], given(a[1]) ? (String) a[1] : "r");
        }
    }

    @Builtin(name = "vars", params = "object=?, /")
    @GenerateNodeFactory
    abstract static class VarsNode extends BuiltinNode.Unary {
        @Specialization
        Object vars(Object o) {
            if (!given(o)) {
                return CallerFrames.locals();
            }
            Object d = PyObjects.lookupAttribute(o, "__dict__");
            if (d == null) {
                throw PythonErrors.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        }
    }

    @Builtin(name = "globals")
    @GenerateNodeFactory
    abstract static class GlobalsNode extends BuiltinNode.Nullary {
        @Specialization
        Object globals() {
            return CallerFrames.globals();
        }
    }

    @Builtin(name = "locals")
    @GenerateNodeFactory
    abstract static class LocalsNode extends BuiltinNode.Nullary {
        @Specialization
        Object locals() {
            return CallerFrames.locals();
        }
    }

    @Builtin(name = "dir", params = "object=?, /")
    @GenerateNodeFactory
    abstract static class DirNode extends BuiltinNode.Unary {
        @Specialization
        Object dir(Object o) {
            return Classes.dir(given(o) ? o : null);
        }
    }

    @Builtin(name = "exit", params = "code=?")
    @GenerateNodeFactory
    abstract static class ExitNode extends BuiltinNode.Unary {
        @Specialization
        Object exit(Object code) {
            throw PythonErrors.create(PythonTypes.get().exception("SystemExit"), given(code) ? new Object[]{code} : new Object[0]);
        }
    }

    @Builtin(name = "quit", params = "code=?")
    @GenerateNodeFactory
    abstract static class QuitNode extends BuiltinNode.Unary {
        @Specialization
        Object quit(Object code) {
            throw PythonErrors.create(PythonTypes.get().exception("SystemExit"), given(code) ? new Object[]{code} : new Object[0]);
        }
    }

    @TruffleBoundary
    static Object runCode(GilpyContext context, Object source, Object globals, Object locals, boolean evaluate) {
        String name = evaluate ? "eval" : "exec";
        String code;
        if (source instanceof String s) {
            code = s;
        } else if (source instanceof PBytes b) {
            code = new String(b.getBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } else {
            throw PythonErrors.typeError(name + "() arg 1 must be a string, bytes or code object");
        }
        if (evaluate) {
            code = code.strip();
        }
        PDict g;
        PDict l;
        if (!given(globals) || globals == PNone.NONE) {
            g = CallerFrames.globals();
            l = given(locals) && locals != PNone.NONE ? asDict(locals, name) : CallerFrames.locals();
        } else {
            if (!(globals instanceof PDict d)) {
                throw PythonErrors.typeError(name + "() globals must be a dict, not " + PyObjects.typeName(globals));
            }
            g = d;
            l = given(locals) && locals != PNone.NONE ? asDict(locals, name) : g;
        }
        return context.getImporter().runCode(code, "<string>", g, l, evaluate);
    }

    private static PDict asDict(Object locals, String name) {
        if (locals instanceof PDict d) {
            return d;
        }
        throw PythonErrors.typeError(name + "() locals must be a mapping or None, not " + PyObjects.typeName(locals));
    }

    @Builtin(name = "exec", params = "source, globals=?, locals=?, /")
    @GenerateNodeFactory
    abstract static class ExecNode extends BuiltinNode.Ternary {
        @Specialization
        Object exec(Object source, Object globals, Object locals) {
            runCode(GilpyContext.get(this), source, globals, locals, false);
            return PNone.NONE;
        }
    }

    @Builtin(name = "eval", params = "source, globals=?, locals=?, /")
    @GenerateNodeFactory
    abstract static class EvalNode extends BuiltinNode.Ternary {
        @Specialization
        Object eval(Object source, Object globals, Object locals) {
            return runCode(GilpyContext.get(this), source, globals, locals, true);
        }
    }

    @Builtin(name = "__import__", params = "name, globals=?, locals=?, fromlist=?, level=?")
    @GenerateNodeFactory
    abstract static class ImportNode extends BuiltinNode.Varargs {
        @Specialization
        @TruffleBoundary
        Object importModule(Object[] a) {
            GilpyContext context = GilpyContext.get(this);
            String name = (String) a[0];
            PDict globals = a[1] instanceof PDict d ? d : new PDict();
            long level = given(a[4]) ? PyNumbers.asIndex(a[4]) : 0;
            Object leaf = context.getImporter().importModule(name, globals, (int) level);
            boolean fromList = given(a[3]) && a[3] != PNone.NONE && PyObjects.isTrue(a[3]);
            return fromList || level > 0 ? leaf : context.getImporter().topLevel(name);
        }
    }
}

package org.gilpy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Binary and unary operators for every type: numbers, the sequence operators
 * ({@code str + str}, {@code list * n}, {@code str % args}), set and dict operators, and
 * special-method dispatch for user classes with CPython's order (a reflected method of a
 * subclass first, then {@code __op__}, then {@code __rop__}, with NotImplemented between).
 */
public final class PyNumbers {
    private PyNumbers() {
    }

    @TruffleBoundary
    public static Object binary(BinaryOp op, Object a, Object b) {
        Object r = tryBinary(op, a, b);
        if (r == PNone.NOT_IMPLEMENTED) {
            throw unsupported(op, a, b);
        }
        return r;
    }

    @TruffleBoundary
    public static Object inplace(BinaryOp op, Object a, Object b) {
        PythonClass ta = PyObjects.typeOf(a);
        if (!ta.isBuiltin()) {
            Object method = ta.lookup(op.inplace);
            if (method != null && !(method instanceof PBuiltinFunction)) {
                Object r = PyCallables.call(method, a, b);
                if (r != PNone.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if (a instanceof PList list) {
            if (op == BinaryOp.ADD) {
                Object[] more = PyObjects.toArray(b);
                list.extend(more, more.length);
                return list;
            } else if (op == BinaryOp.MUL && PyInts.isInt(b)) {
                Object[] rep = Sequences.repeat(list.toArray(), asIndex(b));
                list.setContent(rep, rep.length);
                return list;
            }
        } else if (a instanceof PSet set && !set.isFrozen() && b instanceof PSet other) {
            SetOps.inplace(op, set, other);
            return set;
        } else if (a instanceof PDict d && op == BinaryOp.OR) {
            DictOps.update(d, b);
            return d;
        } else if (a instanceof PDeque d && op == BinaryOp.ADD) {
            d.extend(PyObjects.toArray(b));
            return d;
        }
        return binary(op, a, b);
    }

    private static PException unsupported(BinaryOp op, Object a, Object b) {
        if (op == BinaryOp.ADD && a instanceof String) {
            return PythonErrors.typeError("can only concatenate str (not \"" + PyObjects.typeName(b) + "\") to str");
        }
        if (op == BinaryOp.ADD && (a instanceof PList || a instanceof PTuple) && PyObjects.typeOf(a).isBuiltin()) {
            String n = PyObjects.typeName(a);
            return PythonErrors.typeError("can only concatenate " + n + " (not \"" + PyObjects.typeName(b) + "\") to " + n);
        }
        if (op == BinaryOp.MUL && (isSequence(a) || isSequence(b)) && !PyInts.isInt(a) && !PyInts.isInt(b)) {
            Object other = isSequence(a) ? b : a;
            if (!(PyObjects.typeOf(other).lookup("__index__") instanceof PFunction)) {
                return PythonErrors.typeError("can't multiply sequence by non-int of type '" + PyObjects.typeName(other) + "'");
            }
        }
        String sym = op == BinaryOp.POW ? "** or pow()" : op.symbol;
        return PythonErrors.typeError("unsupported operand type(s) for " + sym + ": '" + PyObjects.typeName(a)
                + "' and '" + PyObjects.typeName(b) + "'");
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PList || o instanceof PTuple || o instanceof PBytes;
    }

    static Object tryBinary(BinaryOp op, Object a, Object b) {
        PythonClass ta = PyObjects.typeOf(a);
        PythonClass tb = PyObjects.typeOf(b);
        if (ta.isBuiltin() && tb.isBuiltin()) {
            return builtinBinary(op, a, b);
        }
        boolean reflectedTried = false;
        if (!tb.isBuiltin() && ta != tb && tb.isSubclassOf(ta)) {
            Object r = callDunder(b, op.reflected, a);
            if (r != PNone.NOT_IMPLEMENTED) {
                return r;
            }
            reflectedTried = true;
        }
        Object r = ta.isBuiltin() ? PNone.NOT_IMPLEMENTED : callDunder(a, op.method, b);
        if (r != PNone.NOT_IMPLEMENTED) {
            return r;
        }
        r = builtinBinary(op, a, b);
        if (r != PNone.NOT_IMPLEMENTED) {
            return r;
        }
        if (!tb.isBuiltin() && !reflectedTried && ta != tb) {
            return callDunder(b, op.reflected, a);
        }
        return PNone.NOT_IMPLEMENTED;
    }

    private static Object callDunder(Object self, String name, Object other) {
        Object method = PyObjects.typeOf(self).lookup(name);
        if (method == null || method == PNone.NONE || method instanceof PBuiltinFunction) {
            return PNone.NOT_IMPLEMENTED;
        }
        return PyCallables.call(method, self, other);
    }

    private static Object builtinBinary(BinaryOp op, Object a, Object b) {
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.op(op, a, b);
        }
        if (isReal(a) && isReal(b)) {
            return floatOp(op, toDouble(a), toDouble(b));
        }
        if (a instanceof String s) {
            if (op == BinaryOp.ADD && b instanceof String t) {
                return s.concat(t);
            } else if (op == BinaryOp.MUL && PyInts.isInt(b)) {
                return repeat(s, asIndex(b));
            } else if (op == BinaryOp.MOD) {
                return PercentFormat.format(s, b);
            }
            return PNone.NOT_IMPLEMENTED;
        }
        if (op == BinaryOp.MUL && PyInts.isInt(a) && (b instanceof String || b instanceof PList || b instanceof PTuple || b instanceof PBytes)) {
            return builtinBinary(op, b, a);
        }
        if (a instanceof PList l) {
            if (op == BinaryOp.ADD && b instanceof PList m) {
                return new PList(Sequences.concat(l.toArray(), m.toArray()));
            } else if (op == BinaryOp.MUL && PyInts.isInt(b)) {
                return new PList(Sequences.repeat(l.toArray(), asIndex(b)));
            }
        } else if (a instanceof PTuple t) {
            if (op == BinaryOp.ADD && b instanceof PTuple u) {
                return new PTuple(Sequences.concat(t.getItems(), u.getItems()));
            } else if (op == BinaryOp.MUL && PyInts.isInt(b)) {
                return new PTuple(Sequences.repeat(t.getItems(), asIndex(b)));
            }
        } else if (a instanceof PBytes x) {
            if (op == BinaryOp.ADD && b instanceof PBytes y) {
                byte[] r = java.util.Arrays.copyOf(x.getBytes(), x.getBytes().length + y.getBytes().length);
                System.arraycopy(y.getBytes(), 0, r, x.getBytes().length, y.getBytes().length);
                return new PBytes(x.getPythonClass(), r);
            } else if (op == BinaryOp.MUL && PyInts.isInt(b)) {
                return new PBytes(x.getPythonClass(), Sequences.unboxBytes(Sequences.repeat(Sequences.boxBytes(x.getBytes()), asIndex(b))));
            }
        } else if (a instanceof PSet s && b instanceof PSet t) {
            return SetOps.binary(op, s, t);
        } else if (a instanceof PDictView v && v.kind != BuiltinIterators.DictIterator.Kind.VALUES) {
            PSet s = SetOps.fromIterable(PyObjects.getIterator(v), PythonTypes.get().set);
            PSet t = b instanceof PSet bs ? bs : SetOps.fromIterable(PyObjects.getIterator(b), PythonTypes.get().set);
            return SetOps.binary(op, s, t);
        } else if (a instanceof PDict d && b instanceof PDict e && op == BinaryOp.OR) {
            PDict r = new PDict();
            r.replaceTable(d.table().copy());
            DictOps.update(r, e);
            return r;
        }
        return PNone.NOT_IMPLEMENTED;
    }

    private static String repeat(String s, long n) {
        if (n <= 0) {
            return "";
        }
        if (s.length() * n > Integer.MAX_VALUE - 8) {
            throw PythonErrors.create("MemoryError", null);
        }
        return s.repeat((int) n);
    }

    // ---------------------------------------------------------------- floats

    @TruffleBoundary
    public static Object floatOp(BinaryOp op, double x, double y) {
        switch (op) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            case TRUEDIV:
                if (y == 0) {
                    throw PythonErrors.zeroDivision("float division by zero");
                }
                return x / y;
            case FLOORDIV:
                if (y == 0) {
                    throw PythonErrors.zeroDivision("float floor division by zero");
                }
                return floorDivide(x, y);
            case MOD:
                if (y == 0) {
                    throw PythonErrors.zeroDivision("float modulo");
                }
                return modulo(x, y);
            case POW:
                return floatPow(x, y);
            default:
                return PNone.NOT_IMPLEMENTED;
        }
    }

    /** CPython's float_rem: the result takes the sign of the divisor. */
    public static double modulo(double x, double y) {
        double mod = x % y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    /** CPython's float_divmod quotient. */
    public static double floorDivide(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0 && (y < 0) != (mod < 0)) {
            div -= 1.0;
        }
        if (div != 0) {
            double floor = Math.floor(div);
            if (div - floor > 0.5) {
                floor += 1.0;
            }
            return floor;
        }
        return Math.copySign(0.0, x / y);
    }

    /** CPython's float_pow (C99 pow's special cases, where Java's Math.pow differs, and errors). */
    public static double floatPow(double x, double y) {
        if (x == 1.0 || (x == -1.0 && Double.isInfinite(y))) {
            return 1.0; // C's pow, unlike Java's, even for a NaN or infinite exponent
        }
        if (x == 0 && y < 0) {
            throw PythonErrors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.rint(y) && Double.isFinite(y)) {
            throw PythonErrors.valueError("math domain error (complex results are not supported yet)");
        }
        double r = LibM.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw PythonErrors.overflow("(34, 'Numerical result out of range')");
        }
        return r;
    }

    // ---------------------------------------------------------------- unary

    @TruffleBoundary
    public static Object negative(Object a) {
        if (PyInts.isInt(a)) {
            return PyInts.negate(a);
        } else if (a instanceof Double d) {
            return -d;
        }
        return unaryDunder(a, "__neg__", "unary -");
    }

    @TruffleBoundary
    public static Object positive(Object a) {
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (PyInts.isInt(a) || a instanceof Double) {
            return a;
        }
        return unaryDunder(a, "__pos__", "unary +");
    }

    @TruffleBoundary
    public static Object invert(Object a) {
        if (a instanceof Long l) {
            return ~l;
        } else if (a instanceof Boolean b) {
            return b ? -2L : -1L;
        } else if (a instanceof PBigInt b) {
            return PyInts.normalize(b.toBigInteger().not());
        }
        return unaryDunder(a, "__invert__", "unary ~");
    }

    private static Object unaryDunder(Object a, String name, String what) {
        Object method = PyObjects.typeOf(a).lookup(name);
        if (method == null || method instanceof PBuiltinFunction) {
            throw PythonErrors.typeError("bad operand type for " + what + ": '" + PyObjects.typeName(a) + "'");
        }
        return PyCallables.call(method, a);
    }

    // ---------------------------------------------------------------- conversions

    public static boolean isReal(Object o) {
        return o instanceof Double || PyInts.isInt(o);
    }

    public static long asLong(Object o) {
        if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw PythonErrors.overflow("Python int too large to convert to C long");
    }

    @TruffleBoundary
    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        } else if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        } else if (o instanceof PBigInt b) {
            return PyInts.toDouble(b.toBigInteger());
        }
        Object method = PyObjects.typeOf(o).lookup("__float__");
        if (method != null && !(method instanceof PBuiltinFunction)) {
            return toDouble(PyCallables.call(method, o));
        }
        method = PyObjects.typeOf(o).lookup("__index__");
        if (method != null && !(method instanceof PBuiltinFunction)) {
            return toDouble(PyCallables.call(method, o));
        }
        throw PythonErrors.typeError("must be real number, not " + PyObjects.typeName(o));
    }

    /** {@code operator.index(o)} narrowed to long (OverflowError when it does not fit). */
    @TruffleBoundary
    public static long asIndex(Object o) {
        if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (o instanceof PBigInt) {
            throw PythonErrors.overflow("Python int too large to convert to C ssize_t");
        }
        Object method = PyObjects.typeOf(o).lookup("__index__");
        if (method != null && !(method instanceof PBuiltinFunction)) {
            return asIndex(PyCallables.call(method, o));
        }
        throw PythonErrors.typeError("'" + PyObjects.typeName(o) + "' object cannot be interpreted as an integer");
    }

    /** Like {@link #asIndex} but clamps huge values, as slice bounds do. */
    public static long asIndexClamped(Object o) {
        if (o instanceof PBigInt b) {
            return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        if (!(o instanceof Long) && !(o instanceof Boolean) && PyObjects.typeOf(o).lookup("__index__") == null) {
            throw PythonErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return asIndex(o);
    }

    /** Converts a finite double to an int (Long or PBigInt), truncating toward zero. */
    @TruffleBoundary
    public static Object doubleToInt(double d) {
        if (Double.isNaN(d)) {
            throw PythonErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PythonErrors.overflow("cannot convert float infinity to integer");
        }
        if (d > -9.2e18 && d < 9.2e18) {
            return (long) d;
        }
        return PyInts.normalize(new BigDecimal(d).toBigInteger());
    }
}

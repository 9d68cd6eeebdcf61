package org.gilpy.builtins;

import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;

/**
 * Methods of {@code _random.Random}, the generator core that the Python module
 * {@code random} subclasses; the algorithm lives in {@link PRandom}.
 */
public final class RandomMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.random;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return RandomMethodsFactory.getFactories();
    }

    static PRandom self(Object o) {
        return (PRandom) o;
    }

    @Builtin(name = "__new__", params = "cls, *args, **kwargs")
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        Object create(Object cls, Object args, Object kwargs) {
            return new PRandom((PythonClass) cls);
        }
    }

    /** None: entropy; an int: its absolute value; anything else: its hash, as CPython's C seed. */
    @Builtin(name = "seed", params = "self, n=None, /")
    @GenerateNodeFactory
    abstract static class SeedNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object seed(Object self, Object n) {
            if (n == PNone.NONE) {
                self(self).seedFromEntropy();
            } else if (n instanceof Boolean b) {
                self(self).seed(b ? BigInteger.ONE : BigInteger.ZERO);
            } else if (PyInts.isInt(n)) {
                self(self).seed(PyInts.big(n));
            } else {
                self(self).seed(BigInteger.valueOf(PyHash.hash(n)));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "random", params = "self, /")
    @GenerateNodeFactory
    abstract static class RandomNode extends BuiltinNode.Unary {
        @Specialization
        double random(Object self) {
            return self(self).nextDouble();
        }
    }

    @Builtin(name = "getrandbits", params = "self, k, /")
    @GenerateNodeFactory
    abstract static class GetrandbitsNode extends BuiltinNode.Binary {
        @Specialization
        Object getrandbits(Object self, Object k) {
            long bits = PyNumbers.asIndex(k);
            if (bits < 0) {
                throw PythonErrors.valueError("number of bits must be non-negative");
            }
            if (bits > Integer.MAX_VALUE - 31) {
                throw PythonErrors.overflow("Python int too large to convert to C int");
            }
            return self(self).getrandbits((int) bits);
        }
    }

    @Builtin(name = "getstate", params = "self, /")
    @GenerateNodeFactory
    abstract static class GetstateNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object getstate(Object self) {
            long[] words = self(self).getState();
            Object[] items = new Object[words.length];
            for (int i = 0; i < words.length; i++) {
                items[i] = words[i];
            }
            return new PTuple(items);
        }
    }

    @Builtin(name = "setstate", params = "self, state, /")
    @GenerateNodeFactory
    abstract static class SetstateNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object setstate(Object self, Object state) {
            if (!(state instanceof PTuple tuple)) {
                throw PythonErrors.typeError("state vector must be a tuple");
            }
            Object[] items = tuple.getItems();
            if (items.length != PRandom.stateLength()) {
                throw PythonErrors.valueError("state vector is the wrong size");
            }
            long[] words = new long[items.length];
            for (int i = 0; i < items.length; i++) {
                if (!PyInts.isInt(items[i])) {
                    throw PythonErrors.typeError("'" + PyObjects.typeName(items[i]) + "' object cannot be interpreted as an integer");
                }
                BigInteger word = PyInts.big(items[i]);
                if (word.signum() < 0 || word.bitLength() > 32) {
                    throw PythonErrors.overflow("Python int too large to convert to C unsigned long");
                }
                words[i] = word.longValue();
            }
            if (words[words.length - 1] > words.length - 1) {
                throw PythonErrors.valueError("invalid state");
            }
            self(self).setState(words);
            return PNone.NONE;
        }
    }
}

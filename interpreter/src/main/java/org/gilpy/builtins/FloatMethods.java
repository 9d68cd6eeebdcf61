package org.gilpy.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;

/** Methods of {@code float}. */
public final class FloatMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.float_;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return FloatMethodsFactory.getFactories();
    }

    @Builtin(name = "__new__", params = "cls, x=?, /")
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Binary {
        @Specialization
        Object create(Object cls, Object x) {
            if (cls != PythonTypes.get().float_) {
                throw PythonErrors.typeError("subclassing float is not supported yet");
            }
            return x == PNone.NO_VALUE ? 0.0 : PyConversions.toFloat(x);
        }
    }

    @Builtin(name = "is_integer", params = "self, /")
    @GenerateNodeFactory
    abstract static class IsIntegerNode extends BuiltinNode.Unary {
        @Specialization
        Object isInteger(Object self) {
            double d = (Double) self;
            return Double.isFinite(d) && d == Math.rint(d);
        }
    }

    @Builtin(name = "as_integer_ratio", params = "self, /")
    @GenerateNodeFactory
    abstract static class AsIntegerRatioNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object ratio(Object self) {
            double d = (Double) self;
            if (Double.isInfinite(d)) {
                throw PythonErrors.overflow("cannot convert Infinity to integer ratio");
            }
            if (Double.isNaN(d)) {
                throw PythonErrors.valueError("cannot convert NaN to integer ratio");
            }
            BigDecimal bd = new BigDecimal(d);
            BigInteger num = bd.unscaledValue();
            BigInteger den = BigInteger.TEN.pow(Math.max(0, bd.scale()));
            if (bd.scale() < 0) {
                num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
            }
            BigInteger g = num.gcd(den);
            return new PTuple(new Object[]{PyInts.normalize(num.divide(g)), PyInts.normalize(den.divide(g))});
        }
    }

    @Builtin(name = "conjugate", params = "self, /")
    @GenerateNodeFactory
    abstract static class ConjugateNode extends BuiltinNode.Unary {
        @Specialization
        Object conjugate(Object self) {
            return self;
        }
    }

    @Builtin(name = "hex", params = "self, /")
    @GenerateNodeFactory
    abstract static class HexNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object hex(Object self) {
            return Double.toHexString((Double) self).replace("0x1.0p", "0x1.0000000000000p");
        }
    }

    @Builtin(name = "__trunc__", params = "self, /")
    @GenerateNodeFactory
    abstract static class TruncNode extends BuiltinNode.Unary {
        @Specialization
        Object trunc(Object self) {
            return PyNumbers.doubleToInt((Double) self);
        }
    }
}

package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;

/**
 * Methods of generator objects: iteration, send, throw and close. MiscTypeMethods.finishTypes
 * gives them to coroutines and to the awaitable steps of async generators as well.
 */
public final class GeneratorMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.generator;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return GeneratorMethodsFactory.getFactories();
    }

    @Builtin(name = "__iter__", params = "self, /")
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        Object iter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", params = "self, /")
    @GenerateNodeFactory
    abstract static class NextNode extends BuiltinNode.Unary {
        @Specialization
        Object next(Object self) {
            return ((Resumable) self).send(PNone.NONE);
        }
    }

    @Builtin(name = "send", params = "self, value, /")
    @GenerateNodeFactory
    abstract static class SendNode extends BuiltinNode.Binary {
        @Specialization
        Object send(Object self, Object value) {
            return ((Resumable) self).send(value);
        }
    }

    @Builtin(name = "throw", params = "self, typ, val=?, tb=?, /")
    @GenerateNodeFactory
    abstract static class ThrowNode extends BuiltinNode.Varargs {
        @Specialization
        Object throwInto(Object[] a) {
            return ((Resumable) a[0]).throwInto(exceptionToThrow(a[1], a[2]));
        }
    }

    /** The exception that {@code throw(typ[, val])} (and {@code athrow}) raise at the suspension point. */
    @TruffleBoundary
    static PException exceptionToThrow(Object typ, Object val) {
        PBaseException exc;
        if (typ instanceof PythonClass cls) {
            Object value = val == PNone.NO_VALUE || val == PNone.NONE ? PyCallables.call(cls)
                    : val instanceof PBaseException e ? e : PyCallables.call(cls, val);
            exc = (PBaseException) value;
        } else if (typ instanceof PBaseException e) {
            exc = e;
        } else {
            throw PythonErrors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + PyObjects.typeName(typ));
        }
        return PythonErrors.raise(exc);
    }

    /** Installed on coroutines and async generator steps only (see MiscTypeMethods.finishTypes): they await themselves. */
    @Builtin(name = "__await__", params = "self, /")
    @GenerateNodeFactory
    abstract static class AwaitNode extends BuiltinNode.Unary {
        /** A coroutine hands out an iterator over itself; an async generator step is its own. */
        @Specialization
        Object await(Object self) {
            return self instanceof PGenerator coroutine ? new PCoroutineWrapper(coroutine) : self;
        }
    }

    @Builtin(name = "close", params = "self, /")
    @GenerateNodeFactory
    abstract static class CloseNode extends BuiltinNode.Unary {
        @Specialization
        Object close(Object self) {
            ((Resumable) self).close();
            return PNone.NONE;
        }
    }
}

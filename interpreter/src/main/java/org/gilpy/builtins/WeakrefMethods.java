package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;

/**
 * Methods of {@code weakref.ReferenceType} (weakref.ref); the reference itself is {@link PWeakRef},
 * and its equality, hash and repr are the runtime's (PyCompare, PyObjects.hashObject, Repr).
 */
public final class WeakrefMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.weakref;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return WeakrefMethodsFactory.getFactories();
    }

    @Builtin(name = "__new__", params = "cls, obj, callback=?, /")
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object create(Object cls, Object obj, Object callback) {
            if (!PWeakRef.canReference(obj)) {
                throw PythonErrors.typeError("cannot create weak reference to '" + PyObjects.typeName(obj) + "' object");
            }
            return new PWeakRef((PythonClass) cls, obj);
        }
    }

    @Builtin(name = "__init__", params = "self, *args, **kwargs")
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Ternary {
        @Specialization
        Object init(Object self, Object args, Object kwargs) {
            return PNone.NONE; // __new__ did the work
        }
    }

    @Builtin(name = "__call__", params = "self, /")
    @GenerateNodeFactory
    abstract static class CallNode extends BuiltinNode.Unary {
        @Specialization
        Object call(Object self) {
            Object target = ((PWeakRef) self).get();
            return target == null ? PNone.NONE : target;
        }
    }
}

package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;
import org.gilpy.runtime.PAsyncGeneratorStep.Kind;

/** Methods of async generator objects: each returns an awaitable step (PEP 525). */
public final class AsyncGeneratorMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.asyncGenerator;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return AsyncGeneratorMethodsFactory.getFactories();
    }

    /** A new awaitable step; the first one of a generator calls the firstiter hook. */
    private static PAsyncGeneratorStep step(com.oracle.truffle.api.nodes.Node node, Object self, Kind kind, Object value,
                                            PException exception) {
        PAsyncGenerator generator = (PAsyncGenerator) self;
        generator.callFirstiterHook(org.gilpy.GilpyLanguage.get(node).getThreadState());
        return new PAsyncGeneratorStep(generator, kind, value, exception);
    }

    @Builtin(name = "__aiter__", params = "self, /")
    @GenerateNodeFactory
    abstract static class AiterNode extends BuiltinNode.Unary {
        @Specialization
        Object aiter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__anext__", params = "self, /")
    @GenerateNodeFactory
    abstract static class AnextNode extends BuiltinNode.Unary {
        @Specialization
        Object anext(Object self) {
            return step(this, self, Kind.SEND, PNone.NONE, null);
        }
    }

    @Builtin(name = "asend", params = "self, value, /")
    @GenerateNodeFactory
    abstract static class AsendNode extends BuiltinNode.Binary {
        @Specialization
        Object asend(Object self, Object value) {
            return step(this, self, Kind.SEND, value, null);
        }
    }

    @Builtin(name = "athrow", params = "self, typ, val=?, tb=?, /")
    @GenerateNodeFactory
    abstract static class AthrowNode extends BuiltinNode.Varargs {
        @Specialization
        Object athrow(Object[] a) {
            return step(this, a[0], Kind.THROW, PNone.NONE, GeneratorMethods.exceptionToThrow(a[1], a[2]));
        }
    }

    @Builtin(name = "aclose", params = "self, /")
    @GenerateNodeFactory
    abstract static class AcloseNode extends BuiltinNode.Unary {
        @Specialization
        Object aclose(Object self) {
            return step(this, self, Kind.CLOSE, PNone.NONE, null);
        }
    }
}

package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;

/** The awaitable steps of async generators: awaiting one iterates it like a coroutine. */
public final class AsyncGeneratorStepMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.asyncGeneratorStep;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return AsyncGeneratorStepMethodsFactory.getFactories();
    }

    @Builtin(name = "__await__", params = "self, /")
    @GenerateNodeFactory
    abstract static class AwaitNode extends BuiltinNode.Unary {
        @Specialization
        Object await(Object self) {
            return self;
        }
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
            return ((PAsyncGeneratorStep) self).send(PNone.NONE);
        }
    }

    @Builtin(name = "send", params = "self, value, /")
    @GenerateNodeFactory
    abstract static class SendNode extends BuiltinNode.Binary {
        @Specialization
        Object send(Object self, Object value) {
            return ((PAsyncGeneratorStep) self).send(value);
        }
    }

    @Builtin(name = "throw", params = "self, typ, val=?, tb=?, /")
    @GenerateNodeFactory
    abstract static class ThrowNode extends BuiltinNode.Varargs {
        @Specialization
        Object throwInto(Object[] a) {
            return ((PAsyncGeneratorStep) a[0]).throwInto(GeneratorMethods.exceptionToThrow(a[1], a[2]));
        }
    }

    @Builtin(name = "close", params = "self, /")
    @GenerateNodeFactory
    abstract static class CloseNode extends BuiltinNode.Unary {
        @Specialization
        Object close(Object self) {
            ((PAsyncGeneratorStep) self).close();
            return PNone.NONE;
        }
    }
}

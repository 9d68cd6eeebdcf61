package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.*;

/**
 * The {@code gc} module over the JVM's collector. There is no reference counting and no
 * generations: collect() asks the JVM for a full collection and reports 0 unreachable
 * objects found. disable() cannot stop the JVM's collector; isenabled() reports the last
 * enable()/disable() of this interpreter, as scripts that toggle it expect.
 */
public final class GcModule implements BuiltinModule {
    @Override
    public String name() {
        return "gc";
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return GcModuleFactory.getFactories();
    }

    @Override
    public void initialize(GilpyContext context, PDict namespace) {
        namespace.put("garbage", new PList());
        namespace.put("callbacks", new PList());
    }

    @Builtin(name = "collect", params = "generation=?")
    @GenerateNodeFactory
    abstract static class CollectNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object collect(Object generation) {
            long g = generation == PNone.NO_VALUE ? 2 : PyNumbers.asIndex(generation);
            if (g < 0 || g > 2) {
                throw PythonErrors.valueError("invalid generation");
            }
            System.gc();
            return 0L;
        }
    }

    /** Contexts (interpreters) whose program called gc.disable(). */
    private static final java.util.Set<GilpyContext> DISABLED =
            java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    @Builtin(name = "enable")
    @GenerateNodeFactory
    abstract static class EnableNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        Object enable() {
            DISABLED.remove(GilpyContext.get(this));
            return PNone.NONE;
        }
    }

    @Builtin(name = "disable")
    @GenerateNodeFactory
    abstract static class DisableNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        Object disable() {
            DISABLED.add(GilpyContext.get(this));
            return PNone.NONE;
        }
    }

    @Builtin(name = "isenabled")
    @GenerateNodeFactory
    abstract static class IsEnabledNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        Object isEnabled() {
            return !DISABLED.contains(GilpyContext.get(this));
        }
    }

    @Builtin(name = "get_count")
    @GenerateNodeFactory
    abstract static class GetCountNode extends BuiltinNode.Nullary {
        @Specialization
        Object count() {
            return PTuple.of(0L, 0L, 0L);
        }
    }
}

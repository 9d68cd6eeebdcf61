package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.dsl.NodeFactory;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.PDict;

/** The {@code _weakref} module: the reference type that stdlib's {@code weakref} builds on. */
public final class WeakrefModule implements BuiltinModule {
    @Override
    public String name() {
        return "_weakref";
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return List.of();
    }

    @Override
    public void initialize(GilpyContext context, PDict namespace) {
        namespace.put("ref", context.getTypes().weakref);
        namespace.put("ReferenceType", context.getTypes().weakref);
    }
}

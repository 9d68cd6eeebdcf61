package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.dsl.NodeFactory;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.PDict;

/** The {@code _collections} module: the Java-implemented types that stdlib's {@code collections} re-exports. */
public final class CollectionsModule implements BuiltinModule {
    @Override
    public String name() {
        return "_collections";
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return List.of();
    }

    @Override
    public void initialize(GilpyContext context, PDict namespace) {
        namespace.put("deque", context.getTypes().deque);
    }
}

package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.dsl.NodeFactory;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.PDict;

/** The {@code _random} module: the Mersenne Twister type that stdlib's {@code random} subclasses. */
public final class RandomModule implements BuiltinModule {
    @Override
    public String name() {
        return "_random";
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return List.of();
    }

    @Override
    public void initialize(GilpyContext context, PDict namespace) {
        namespace.put("Random", context.getTypes().random);
    }
}

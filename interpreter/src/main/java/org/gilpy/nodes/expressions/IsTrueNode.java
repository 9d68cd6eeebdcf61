package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.nodes.PyTypes;
import org.gilpy.runtime.PyObjects;

/** Python truthiness of a value, for conditions and boolean operators. */
@TypeSystemReference(PyTypes.class)
public abstract class IsTrueNode extends Node {
    public abstract boolean execute(Object value);

    @Specialization
    protected boolean bool(boolean b) {
        return b;
    }

    @Specialization
    protected boolean integer(long l) {
        return l != 0;
    }

    @Specialization
    protected boolean string(String s) {
        return !s.isEmpty();
    }

    @Fallback
    protected boolean generic(Object o) {
        return PyObjects.isTrue(o);
    }
}

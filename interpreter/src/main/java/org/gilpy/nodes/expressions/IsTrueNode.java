package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.nodes.PyTypes;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PList;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PTuple;
import org.gilpy.runtime.PyObjects;

/**
 * Python truthiness of a value, for conditions and boolean operators. Exact built-in
 * containers ({@code while queue:}, {@code if not items:}) and None are tested inline;
 * subclasses (which may define {@code __bool__} or {@code __len__}) and anything else go
 * through {@link PyObjects#isTrue}.
 */
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

    @Specialization
    protected boolean floating(double d) {
        return d != 0.0;
    }

    @Specialization(guards = "isNone(o)")
    protected boolean none(@SuppressWarnings("unused") Object o) {
        return false;
    }

    @Specialization(guards = "list.getPythonClass().isBuiltin()")
    protected boolean list(PList list) {
        return list.size() != 0;
    }

    @Specialization(guards = "tuple.getPythonClass().isBuiltin()")
    protected boolean tuple(PTuple tuple) {
        return tuple.size() != 0;
    }

    @Specialization(guards = "dict.getPythonClass().isBuiltin()")
    protected boolean dict(PDict dict) {
        return dict.size() != 0;
    }

    protected static boolean isNone(Object o) {
        return o == PNone.NONE;
    }

    @Fallback
    protected boolean generic(Object o) {
        return PyObjects.isTrue(o);
    }
}

package org.gilpy.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.PArguments;
import org.gilpy.nodes.frame.LocalVariables;
import org.gilpy.runtime.PCell;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PFunction;
import org.gilpy.runtime.Signature;

/**
 * Evaluates a {@code def} or {@code lambda}: the defaults (once, now), the cells the new
 * function closes over, and the current globals, into a new PFunction.
 */
public final class MakeFunctionNode extends ExprNode {
    private final String name;
    private final String qualname;
    private final RootCallTarget callTarget;
    private final Signature signature;
    @Children private final ExprNode[] defaults;
    private final String[] kwDefaultNames;
    @Children private final ExprNode[] kwDefaultValues;
    @CompilationFinal(dimensions = 1) private final int[] closureSlots;
    private final boolean generator;
    private final String doc;

    public MakeFunctionNode(String name, String qualname, RootCallTarget callTarget, Signature signature, ExprNode[] defaults,
                            String[] kwDefaultNames, ExprNode[] kwDefaultValues, int[] closureSlots, boolean generator,
                            String doc) {
        this.name = name;
        this.qualname = qualname;
        this.callTarget = callTarget;
        this.signature = signature;
        this.defaults = defaults;
        this.kwDefaultNames = kwDefaultNames;
        this.kwDefaultValues = kwDefaultValues;
        this.closureSlots = closureSlots;
        this.generator = generator;
        this.doc = doc;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] defaultValues = null;
        if (defaults.length > 0) {
            defaultValues = new Object[defaults.length];
            for (int i = 0; i < defaults.length; i++) {
                defaultValues[i] = defaults[i].execute(frame);
            }
        }
        PDict kwDefaults = null;
        if (kwDefaultNames.length > 0) {
            kwDefaults = new PDict();
            for (int i = 0; i < kwDefaultNames.length; i++) {
                kwDefaults.put(kwDefaultNames[i], kwDefaultValues[i].execute(frame));
            }
        }
        PCell[] closure = LocalVariables.closureCells(frame, closureSlots);
        PFunction fn = new PFunction(name, qualname, callTarget, signature, PArguments.getGlobals(frame), closure,
                defaultValues, kwDefaults, generator);
        if (doc != null) {
            fn.getOrCreateDict().put("__doc__", doc);
        }
        return fn;
    }
}

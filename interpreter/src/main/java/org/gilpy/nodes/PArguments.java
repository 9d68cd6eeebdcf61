package org.gilpy.nodes;

import com.oracle.truffle.api.frame.Frame;

import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PFunction;

/**
 * The layout of Truffle frame arguments for Python code: slot 0 is the running PFunction
 * (module and class bodies run as PFunctions too), then the bound parameters. A class body
 * gets its namespace dict as its only parameter.
 */
public final class PArguments {
    public static final int FUNCTION = 0;
    public static final int FIRST_PARAMETER = 1;

    private PArguments() {
    }

    public static PFunction getFunction(Frame frame) {
        return (PFunction) frame.getArguments()[FUNCTION];
    }

    public static PDict getGlobals(Frame frame) {
        return getFunction(frame).getGlobals();
    }

    /** The namespace of a running class body. */
    public static PDict getClassNamespace(Frame frame) {
        return (PDict) frame.getArguments()[FIRST_PARAMETER];
    }
}

package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Creates Python exceptions from Java code: {@code throw PythonErrors.typeError("...")}.
 * Every method is a transfer to the interpreter, so raising sits off the compiled fast path.
 */
public final class PythonErrors {
    private PythonErrors() {
    }

    @TruffleBoundary
    public static PException create(String className, String message) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        PythonClass cls = PythonTypes.get().exception(className);
        Object[] args = message == null ? PTuple.EMPTY_ITEMS : new Object[]{message};
        return new PException(new PBaseException(cls, new PTuple(args)), null);
    }

    @TruffleBoundary
    public static PException create(PythonClass cls, Object... args) {
        return new PException(new PBaseException(cls, new PTuple(args)), null);
    }

    public static PException typeError(String message) {
        return create("TypeError", message);
    }

    public static PException valueError(String message) {
        return create("ValueError", message);
    }

    public static PException attributeError(String message) {
        return create("AttributeError", message);
    }

    public static PException indexError(String message) {
        return create("IndexError", message);
    }

    public static PException nameError(String name) {
        PException e = create("NameError", "name '" + name + "' is not defined");
        e.getPythonException().getOrCreateDict().put("name", name);
        return e;
    }

    public static PException zeroDivision(String message) {
        return create("ZeroDivisionError", message);
    }

    public static PException overflow(String message) {
        return create("OverflowError", message);
    }

    public static PException runtimeError(String message) {
        return create("RuntimeError", message);
    }

    /** The RecursionError a Java stack overflow becomes, wherever Python code can catch it. */
    public static PException recursionError() {
        return create("RecursionError", "maximum recursion depth exceeded");
    }

    public static PException stopIteration() {
        return create("StopIteration", null);
    }

    @TruffleBoundary
    public static PException keyError(Object key) {
        return new PException(new PBaseException(PythonTypes.get().exception("KeyError"), PTuple.of(key)), null);
    }

    /** Wraps an existing exception object for (re-)raising. */
    public static PException raise(PBaseException exc) {
        return new PException(exc, null);
    }
}

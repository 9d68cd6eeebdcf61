package org.gilpy.runtime;

import com.oracle.truffle.api.source.SourceSection;

import org.gilpy.nodes.function.FunctionRootNode;

/**
 * A function's {@code __code__}: the read-only facts about its compiled body that
 * introspection asks for (names, file, first line, argument counts and {@code co_flags}, by
 * which {@code inspect} and asyncio tell coroutine functions from generator functions).
 * gilpy has no bytecode, so there is no {@code co_code}.
 */
public final class PCode extends PyObject {
    private static final int CO_OPTIMIZED = 0x1;
    private static final int CO_NEWLOCALS = 0x2;
    private static final int CO_VARARGS = 0x4;
    private static final int CO_VARKEYWORDS = 0x8;

    private final PFunction function;

    PCode(PFunction function) {
        super(PythonTypes.get().code);
        this.function = function;
    }

    /** The value of a {@code co_*} attribute, or null for other names. */
    Object attribute(String name) {
        Signature sig = function.getSignature();
        FunctionRootNode root = function.getCallTarget().getRootNode() instanceof FunctionRootNode r ? r : null;
        SourceSection section = root == null ? null : root.getSourceSection();
        return switch (name) {
            case "co_name" -> function.getName();
            case "co_qualname" -> function.getQualname();
            case "co_filename" -> section == null ? "<unknown>" : section.getSource().getPath() != null
                    ? section.getSource().getPath() : section.getSource().getName();
            case "co_firstlineno" -> section == null ? 0L : (long) section.getStartLine();
            case "co_argcount" -> (long) sig.positional;
            case "co_posonlyargcount" -> (long) sig.positionalOnly;
            case "co_kwonlyargcount" -> (long) sig.keywordOnly();
            case "co_varnames" -> new PTuple(parameterNames(sig));
            case "co_flags" -> (long) (CO_OPTIMIZED | CO_NEWLOCALS | (sig.varArgs != null ? CO_VARARGS : 0)
                    | (sig.varKwargs != null ? CO_VARKEYWORDS : 0) | (root == null ? 0 : root.kindFlags()));
            default -> null;
        };
    }

    private static Object[] parameterNames(Signature sig) {
        java.util.List<Object> names = new java.util.ArrayList<>(java.util.Arrays.asList((Object[]) sig.names));
        if (sig.varArgs != null) {
            names.add(sig.varArgs);
        }
        if (sig.varKwargs != null) {
            names.add(sig.varKwargs);
        }
        return names.toArray();
    }

    @Override
    public String toString() {
        return "<code object " + function.getName() + ">";
    }
}

package org.gilpy.nodes.calls;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.runtime.ArgumentBinder;
import org.gilpy.runtime.PBuiltinFunction;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PFunction;
import org.gilpy.runtime.PTuple;
import org.gilpy.runtime.Signature;

/**
 * Binds a call's arguments to the callee's frame argument slots at one call site. A call
 * site nearly always passes the same number of positional arguments and the same keyword
 * names to callees of one signature, so where each slot's value comes from (a positional
 * argument, a keyword argument, a default, the *args tuple) is worked out once into a
 * {@link Plan} and compiled code only copies values. Calls a plan cannot describe (a
 * binding error, extra keywords into **kwargs) and megamorphic sites take
 * {@link ArgumentBinder}, which also produces CPython's error messages.
 */
public abstract class BindArgumentsNode extends Node {
    static final int PLAN_CACHE = 3;

    /** @param callee a PFunction or a PBuiltinFunction */
    public abstract Object[] execute(Object callee, Signature sig, Object[] defaults, PDict kwDefaults,
                                     Object[] args, String[] kwNames, Object[] kwValues);

    public static BindArgumentsNode create() {
        return BindArgumentsNodeGen.create();
    }

    static int length(Object[] array) {
        return array == null ? -1 : array.length;
    }

    @Specialization(guards = {"sig == cachedSig", "args.length == argCount", "kwNames == cachedKwNames",
            "length(defaults) == defaultCount", "plan != null"}, limit = "PLAN_CACHE")
    protected static Object[] planned(Object callee, Signature sig, Object[] defaults, PDict kwDefaults,
                                      Object[] args, String[] kwNames, Object[] kwValues,
                                      @Cached("sig") Signature cachedSig,
                                      @Cached("args.length") int argCount,
                                      @Cached(value = "kwNames", dimensions = 0) String[] cachedKwNames,
                                      @Cached("length(defaults)") int defaultCount,
                                      @Cached("plan(sig, argCount, cachedKwNames, defaultCount, kwDefaults)") Plan plan) {
        Object[] slots = plan.fill(callee, defaults, kwDefaults, args, kwValues);
        return slots != null ? slots : bindGeneric(callee, sig, defaults, kwDefaults, args, kwNames, kwValues);
    }

    @Specialization(replaces = "planned")
    protected static Object[] generic(Object callee, Signature sig, Object[] defaults, PDict kwDefaults,
                                      Object[] args, String[] kwNames, Object[] kwValues) {
        return bindGeneric(callee, sig, defaults, kwDefaults, args, kwNames, kwValues);
    }

    private static Object[] bindGeneric(Object callee, Signature sig, Object[] defaults, PDict kwDefaults,
                                        Object[] args, String[] kwNames, Object[] kwValues) {
        return ArgumentBinder.bind(callee, nameOf(callee), sig, defaults, kwDefaults, args, kwNames, kwValues);
    }

    private static String nameOf(Object callee) {
        return callee instanceof PFunction f ? f.getQualname() : ((PBuiltinFunction) callee).getName();
    }

    /** Source kinds of a frame argument slot. */
    private static final byte ARG = 0;
    private static final byte KEYWORD = 1;
    private static final byte DEFAULT = 2;
    private static final byte KW_DEFAULT = 3;
    private static final byte VAR_ARGS = 4;
    private static final byte EMPTY_KWARGS = 5;

    /**
     * Works out a plan, or null when this call shape does not bind without help (too many or
     * too few arguments, unknown or repeated keywords, keywords that land in **kwargs).
     */
    @TruffleBoundary
    static Plan plan(Signature sig, int argCount, String[] kwNames, int defaultCount, PDict kwDefaults) {
        int slotCount = sig.slotCount();
        byte[] kinds = new byte[slotCount];
        int[] indices = new int[slotCount];
        boolean[] filled = new boolean[slotCount];
        int npos = sig.positional;
        if (argCount > npos && sig.varArgs == null) {
            return null;
        }
        for (int i = 0; i < Math.min(argCount, npos); i++) {
            kinds[i] = ARG;
            indices[i] = i;
            filled[i] = true;
        }
        if (kwNames != null) {
            for (int k = 0; k < kwNames.length; k++) {
                int index = indexOf(sig, kwNames[k]);
                if (index < sig.positionalOnly || filled[index]) {
                    return null;
                }
                kinds[index] = KEYWORD;
                indices[index] = k;
                filled[index] = true;
            }
        }
        int firstDefault = npos - Math.max(defaultCount, 0);
        for (int i = 0; i < sig.names.length; i++) {
            if (filled[i]) {
                continue;
            }
            if (i < npos && i >= firstDefault) {
                kinds[i] = DEFAULT;
                indices[i] = i - firstDefault;
            } else if (i >= npos && kwDefaults != null && kwDefaults.getStr(sig.names[i]) != null) {
                kinds[i] = KW_DEFAULT;
            } else {
                return null;
            }
        }
        if (sig.varArgs != null) {
            kinds[sig.varArgsSlot() - 1] = VAR_ARGS;
            indices[sig.varArgsSlot() - 1] = npos;
        }
        if (sig.varKwargs != null) {
            kinds[sig.varKwargsSlot() - 1] = EMPTY_KWARGS;
        }
        return new Plan(sig.names, kinds, indices);
    }

    private static int indexOf(Signature sig, String name) {
        for (int i = 0; i < sig.names.length; i++) {
            if (sig.names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Where each frame argument slot (after the callee) takes its value from. */
    static final class Plan {
        private final String[] names;
        @CompilationFinal(dimensions = 1) private final byte[] kinds;
        @CompilationFinal(dimensions = 1) private final int[] indices;

        Plan(String[] names, byte[] kinds, int[] indices) {
            this.names = names;
            this.kinds = kinds;
            this.indices = indices;
        }

        /** The bound slots, or null if a keyword-only default has disappeared since planning. */
        @ExplodeLoop
        Object[] fill(Object callee, Object[] defaults, PDict kwDefaults, Object[] args, Object[] kwValues) {
            Object[] slots = new Object[kinds.length + 1];
            slots[0] = callee;
            for (int i = 0; i < kinds.length; i++) {
                int index = indices[i];
                Object value;
                switch (kinds[i]) {
                    case ARG -> value = args[index];
                    case KEYWORD -> value = kwValues[index];
                    case DEFAULT -> value = defaults[index];
                    case KW_DEFAULT -> {
                        value = kwDefaults == null ? null : keywordDefault(kwDefaults, names[i]);
                        if (value == null) {
                            return null;
                        }
                    }
                    case VAR_ARGS -> value = varArgs(args, index);
                    default -> value = new PDict();
                }
                slots[i + 1] = value;
            }
            return slots;
        }

        @TruffleBoundary
        private static Object keywordDefault(PDict kwDefaults, String name) {
            return kwDefaults.getStr(name);
        }

        private static PTuple varArgs(Object[] args, int from) {
            if (from >= args.length) {
                return PTuple.empty();
            }
            Object[] rest = new Object[args.length - from];
            System.arraycopy(args, from, rest, 0, rest.length);
            return new PTuple(rest);
        }
    }
}

package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Binds a call's positional and keyword arguments to a {@link Signature}, filling defaults
 * and building *args/**kwargs, with CPython's TypeError messages. Call nodes take a fast
 * path for exact positional calls and come here for everything else.
 */
public final class ArgumentBinder {
    private ArgumentBinder() {
    }

    /**
     * @param callee     stored in slot 0
     * @param name       the name used in error messages (CPython uses the qualified name)
     * @param defaults   defaults of the last positional parameters (built-ins use NO_VALUE
     *                   for their optional ones); null means none
     * @param kwDefaults keyword-only defaults, or null
     */
    @TruffleBoundary
    public static Object[] bind(Object callee, String name, Signature sig, Object[] defaults, PDict kwDefaults,
                                Object[] args, String[] kwNames, Object[] kwValues) {
        Object[] slots = new Object[1 + sig.slotCount()];
        slots[0] = callee;
        int nargs = args.length;
        int npos = sig.positional;
        int used = Math.min(nargs, npos);
        System.arraycopy(args, 0, slots, 1, used);
        if (nargs > npos) {
            if (sig.varArgs == null) {
                throw tooManyPositional(name, sig, defaults, nargs, kwNames);
            }
            Object[] rest = new Object[nargs - npos];
            System.arraycopy(args, npos, rest, 0, rest.length);
            slots[sig.varArgsSlot()] = new PTuple(rest);
        } else if (sig.varArgs != null) {
            slots[sig.varArgsSlot()] = PTuple.empty();
        }
        PDict extra = sig.varKwargs != null ? new PDict() : null;
        if (kwNames != null) {
            for (int k = 0; k < kwNames.length; k++) {
                String kw = kwNames[k];
                int index = indexOf(sig, kw);
                if (index < 0 || index < sig.positionalOnly) {
                    if (extra != null) {
                        extra.put(kw, kwValues[k]);
                        continue;
                    }
                    if (index >= 0) {
                        throw PythonErrors.typeError(name + "() got some positional-only arguments passed as keyword arguments: '" + kw + "'");
                    }
                    throw PythonErrors.typeError(name + "() got an unexpected keyword argument '" + kw + "'");
                }
                if (slots[1 + index] != null) {
                    throw PythonErrors.typeError(name + "() got multiple values for argument '" + kw + "'");
                }
                slots[1 + index] = kwValues[k];
            }
        }
        if (extra != null) {
            slots[sig.varKwargsSlot()] = extra;
        }
        fillDefaults(name, sig, defaults, kwDefaults, slots);
        return slots;
    }

    private static void fillDefaults(String name, Signature sig, Object[] defaults, PDict kwDefaults, Object[] slots) {
        int npos = sig.positional;
        int defaultCount = defaults == null ? 0 : defaults.length;
        int firstDefault = npos - defaultCount;
        java.util.List<String> missing = null;
        for (int i = 0; i < npos; i++) {
            if (slots[1 + i] == null) {
                if (i >= firstDefault) {
                    slots[1 + i] = defaults[i - firstDefault];
                } else {
                    if (missing == null) {
                        missing = new java.util.ArrayList<>();
                    }
                    missing.add(sig.names[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(name, "positional", missing);
        }
        for (int i = npos; i < sig.names.length; i++) {
            if (slots[1 + i] == null) {
                Object dflt = kwDefaults == null ? null : kwDefaults.getStr(sig.names[i]);
                if (dflt != null) {
                    slots[1 + i] = dflt;
                } else {
                    if (missing == null) {
                        missing = new java.util.ArrayList<>();
                    }
                    missing.add(sig.names[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(name, "keyword-only", missing);
        }
    }

    private static int indexOf(Signature sig, String kw) {
        for (int i = 0; i < sig.names.length; i++) {
            if (sig.names[i].equals(kw)) {
                return i;
            }
        }
        return -1;
    }

    private static PException missingArguments(String name, String kind, java.util.List<String> missing) {
        StringBuilder sb = new StringBuilder();
        int n = missing.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
            }
            sb.append('\'').append(missing.get(i)).append('\'');
        }
        return PythonErrors.typeError(name + "() missing " + n + " required " + kind + " argument"
                + (n == 1 ? "" : "s") + ": " + sb);
    }

    private static PException tooManyPositional(String name, Signature sig, Object[] defaults, int given, String[] kwNames) {
        int max = sig.positional;
        int min = defaults == null ? max : max - defaults.length;
        min = Math.max(0, min);
        String takes = min == max ? String.valueOf(max) : "from " + min + " to " + max;
        int kwonlyGiven = 0;
        if (kwNames != null) {
            for (String kw : kwNames) {
                int idx = indexOf(sig, kw);
                if (idx >= sig.positional) {
                    kwonlyGiven++;
                }
            }
        }
        String givenText = given + (kwonlyGiven > 0 ? " positional argument" + (given == 1 ? "" : "s")
                + " (and " + kwonlyGiven + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ") were given"
                : (given == 1 ? " was given" : " were given"));
        return PythonErrors.typeError(name + "() takes " + takes + " positional argument" + (max == 1 && min == max ? "" : "s")
                + " but " + givenText);
    }
}

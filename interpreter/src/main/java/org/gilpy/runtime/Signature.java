package org.gilpy.runtime;

/**
 * The parameter list of a Python function or built-in. Frame arguments are laid out as
 * {@code [callee, positional params..., keyword-only params..., *args tuple?, **kwargs dict?]},
 * so a function body reads its parameters by fixed index.
 */
public final class Signature {
    public final String[] names;       // positional (incl. positional-only), then keyword-only
    public final int positionalOnly;   // how many of the first names are positional-only
    public final int positional;       // positional-only + positional-or-keyword
    public final String varArgs;       // name of *args, or null
    public final String varKwargs;     // name of **kwargs, or null

    public Signature(String[] names, int positionalOnly, int positional, String varArgs, String varKwargs) {
        this.names = names;
        this.positionalOnly = positionalOnly;
        this.positional = positional;
        this.varArgs = varArgs;
        this.varKwargs = varKwargs;
    }

    public int keywordOnly() {
        return names.length - positional;
    }

    /** Number of frame argument slots after the callee slot. */
    public int slotCount() {
        return names.length + (varArgs != null ? 1 : 0) + (varKwargs != null ? 1 : 0);
    }

    public int varArgsSlot() {
        return 1 + names.length;
    }

    public int varKwargsSlot() {
        return 1 + names.length + (varArgs != null ? 1 : 0);
    }

    /** A simple signature with only positional-or-keyword parameters. */
    public static Signature positional(String... names) {
        return new Signature(names, 0, names.length, null, null);
    }

    /**
     * Parses a built-in's declared signature, e.g. {@code "self, /, value, *args, sep=?, **kw"};
     * the default markers are ignored here (built-ins see missing optionals as NO_VALUE).
     */
    public static Signature parse(String spec) {
        java.util.List<String> names = new java.util.ArrayList<>();
        int posOnly = 0;
        int positional = -1;
        String varArgs = null;
        String varKwargs = null;
        if (!spec.isBlank()) {
            for (String raw : spec.split(",")) {
                String p = raw.trim();
                int eq = p.indexOf('=');
                if (eq >= 0) {
                    p = p.substring(0, eq).trim();
                }
                if (p.equals("/")) {
                    posOnly = names.size();
                } else if (p.equals("*")) {
                    positional = names.size();
                } else if (p.startsWith("**")) {
                    varKwargs = p.substring(2);
                } else if (p.startsWith("*")) {
                    varArgs = p.substring(1);
                    positional = names.size();
                } else {
                    names.add(p);
                }
            }
        }
        if (positional < 0) {
            positional = names.size();
        }
        return new Signature(names.toArray(new String[0]), posOnly, positional, varArgs, varKwargs);
    }
}

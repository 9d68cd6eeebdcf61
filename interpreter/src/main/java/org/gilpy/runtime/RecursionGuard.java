package org.gilpy.runtime;

import org.gilpy.GilpyContext;
import org.gilpy.GilpyLanguage;

/**
 * CPython's Py_EnterRecursiveCall for recursion that happens in Java code (repr and
 * comparison of nested containers): it counts against the same per-thread depth and
 * {@code sys.getrecursionlimit()} as Python calls do.
 */
public final class RecursionGuard {
    private RecursionGuard() {
    }

    public static void enter(String where) {
        PythonThreadState ts = GilpyLanguage.get(null).getThreadState();
        try {
            ts.enterFrame(GilpyContext.get(null).getRecursionLimit());
        } catch (PException e) {
            throw PythonErrors.create("RecursionError", "maximum recursion depth exceeded" + where);
        }
    }

    public static void exit() {
        GilpyLanguage.get(null).getThreadState().leaveFrame();
    }
}

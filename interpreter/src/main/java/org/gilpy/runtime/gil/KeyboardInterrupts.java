package org.gilpy.runtime.gil;

import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage.Env;

import org.gilpy.runtime.PythonErrors;

/**
 * Ctrl-C: a SIGINT handler that raises KeyboardInterrupt in the main thread at its next
 * safepoint, which includes the blocking waits (sleep, join, lock, GIL), as in CPython.
 * Installed once per JVM by the launcher's main program.
 */
public final class KeyboardInterrupts {
    private static boolean installed;

    private KeyboardInterrupts() {
    }

    public static synchronized void install(Env env, Thread mainThread) {
        if (installed) {
            return;
        }
        installed = true;
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> env.submitThreadLocal(new Thread[]{mainThread},
                new ThreadLocalAction(true, false) {
                    @Override
                    protected void perform(Access access) {
                        throw PythonErrors.create("KeyboardInterrupt", null);
                    }
                }));
    }
}

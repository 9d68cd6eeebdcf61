package org.gilpy.nodes.root;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

import org.gilpy.GilpyContext;
import org.gilpy.GilpyLanguage;
import org.gilpy.runtime.PBaseException;
import org.gilpy.runtime.PException;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonTypes;
import org.gilpy.runtime.TracebackPrinter;

/**
 * Runs the main program as {@code __main__} (a script, {@code -c} code, or {@code -m}'s
 * module) and returns the process exit status: 0, SystemExit's code, 1 after printing an
 * uncaught exception's traceback, 130 for KeyboardInterrupt. Parsing happens here rather
 * than in {@code parse()}, so a SyntaxError is reported like any other uncaught error.
 */
public final class MainRootNode extends RootNode {
    private final Source source;

    public MainRootNode(GilpyLanguage language, Source source, GilpyContext context) {
        super(language);
        this.source = source;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run(GilpyContext.get(this));
    }

    @TruffleBoundary
    private int run(GilpyContext context) {
        if (context.getEnv().getOptions().get(GilpyLanguage.HandleSigint)) {
            org.gilpy.runtime.gil.KeyboardInterrupts.install(context.getEnv(), Thread.currentThread());
        }
        context.getGil().acquire(this);
        if (context.getGil().getStats() != null) {
            context.getGil().getStats().name("MainThread");
        }
        try {
            return runHoldingGil(context);
        } finally {
            context.getGil().release();
        }
    }

    private int runHoldingGil(GilpyContext context) {
        int status;
        try {
            context.runMain(source);
            status = 0;
        } catch (PException e) {
            status = uncaught(context, e.getPythonException());
            if (context.isInteractive() && status != 0 && !PyObjects.isInstance(e.getPythonException(),
                    PythonTypes.get().exception("SystemExit"))) {
                status = 0; // at the prompt an error is reported and the session goes on
            } else if (context.isInteractive()) {
                return status;
            }
        }
        if (context.isInteractive()) {
            context.flushStreams();
            return status == 0 ? -1 : status;
        }
        status = context.shutdown(status);
        return status;
    }

    /**
     * What CPython does with an exception that reaches the top of the main thread. An
     * interactive input returns -1 when the session should go on.
     */
    public static int uncaught(GilpyContext context, PBaseException exc) {
        PythonTypes types = PythonTypes.get();
        if (PyObjects.isInstance(exc, types.exception("SystemExit"))) {
            Object code = PyObjects.getAttribute(exc, "code");
            if (code == PNone.NONE) {
                return 0;
            }
            if (code instanceof Long l) {
                return (int) (long) l;
            }
            if (code instanceof Boolean b) {
                return b ? 1 : 0;
            }
            context.getStdout().flushQuietly();
            context.getStderr().write(PyObjects.str(code) + "\n");
            return 1;
        }
        context.getStdout().flushQuietly();
        context.getStderr().write(TracebackPrinter.format(exc));
        context.getStderr().flushQuietly();
        return PyObjects.isInstance(exc, types.exception("KeyboardInterrupt")) ? 130 : 1;
    }

    @Override
    public String getName() {
        return "<main>";
    }
}

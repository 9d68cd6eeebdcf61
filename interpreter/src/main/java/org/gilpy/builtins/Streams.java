package org.gilpy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.gilpy.runtime.PFile;
import org.gilpy.runtime.PyCallables;
import org.gilpy.runtime.PyObjects;

/** Writing to whatever object stands in for a stream: a PFile directly, else its write(). */
final class Streams {
    private Streams() {
    }

    @TruffleBoundary
    static void write(Object target, String text) {
        if (target instanceof PFile f) {
            f.write(text);
        } else {
            PyCallables.call(PyObjects.getAttribute(target, "write"), text);
        }
    }

    @TruffleBoundary
    static void flush(Object target) {
        if (target instanceof PFile f) {
            f.flush();
        } else {
            Object flush = PyObjects.lookupAttribute(target, "flush");
            if (flush != null) {
                PyCallables.call(flush);
            }
        }
    }
}

package org.gilpy.runtime;

/**
 * A snapshot of one Python frame for {@code sys._getframe}: the function running in it, the
 * line it is at and the frame that called it. What warnings and logging ask of frames
 * (file, line, function name, module globals) and nothing more: gilpy frames are Truffle
 * frames, so this is built by walking the stack when asked, not kept up to date.
 */
public final class PFrame extends PyObject {
    private final PFunction function;
    private final int line;
    private final PFrame back;

    public PFrame(PFunction function, int line, PFrame back) {
        super(PythonTypes.get().frame);
        this.function = function;
        this.line = line;
        this.back = back;
    }

    /** The value of an {@code f_*} attribute, or null for other names. */
    Object attribute(String name) {
        return switch (name) {
            case "f_back" -> back == null ? PNone.NONE : back;
            case "f_lineno" -> (long) line;
            case "f_code" -> new PCode(function);
            case "f_globals" -> function.getGlobals();
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "<frame, code " + function.getName() + ", line " + line + ">";
    }
}

package org.gilpy.runtime;

/**
 * Python's {@code None}, plus {@link #NO_VALUE}, the marker for "argument not given" that
 * built-ins use for optional parameters (it never becomes visible to Python code).
 */
public final class PNone {
    public static final PNone NONE = new PNone("None");
    public static final PNone NO_VALUE = new PNone("<no value>");
    public static final PNone NOT_IMPLEMENTED = new PNone("NotImplemented");
    public static final PNone ELLIPSIS = new PNone("Ellipsis");

    private final String name;

    private PNone(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}

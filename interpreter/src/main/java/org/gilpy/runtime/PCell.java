package org.gilpy.runtime;

/**
 * A closure cell: the box that lets an inner function see (and with {@code nonlocal},
 * rebind) a local of its enclosing function after that function has returned.
 */
public final class PCell {
    private volatile Object value;

    public PCell(Object value) {
        this.value = value;
    }

    /** The value, or null when the variable is unbound. */
    public Object get() {
        return value;
    }

    public void set(Object value) {
        this.value = value;
    }
}

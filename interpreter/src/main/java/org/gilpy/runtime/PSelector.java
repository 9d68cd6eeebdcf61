package org.gilpy.runtime;

import java.nio.channels.Selector;

/**
 * A {@link Selector} of the {@code _gilpy_nio} module: the event loop's blocking wait. It
 * wakes when a registered socket is ready, when the timeout of the next timer expires, or
 * when another thread calls {@code wakeup} ({@code call_soon_threadsafe}).
 */
public final class PSelector extends PyObject {
    private final Selector selector;

    public PSelector(Selector selector) {
        super(PythonTypes.get().selector);
        this.selector = selector;
    }

    public Selector selector() {
        return selector;
    }
}

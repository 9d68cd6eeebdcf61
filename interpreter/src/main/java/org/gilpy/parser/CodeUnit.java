package org.gilpy.parser;

import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;

/**
 * The frame layout of one code block being translated: a slot per local, cell and free
 * variable, hidden temporaries, and the return-value slot.
 */
final class CodeUnit {
    final Scope scope;
    private final FrameDescriptor.Builder descriptor = FrameDescriptor.newBuilder();
    private final Map<String, Integer> slots = new HashMap<>();
    private int returnSlot = -1;
    /** True while translating a generator's body: resumable nodes are used where yields occur. */
    final boolean generator;
    private int generatorSlot = -1;

    CodeUnit(Scope scope) {
        this.scope = scope;
        this.generator = scope.generator || scope.coroutine;
    }

    /** The slot holding the running PGenerator, which its yields read the sent value from. */
    int generatorSlot() {
        if (generatorSlot < 0) {
            generatorSlot = resumeTemp();
        }
        return generatorSlot;
    }

    int slot(String name) {
        Integer s = slots.get(name);
        if (s == null) {
            s = descriptor.addSlot(FrameSlotKind.Object, name, null);
            slots.put(name, s);
        }
        return s;
    }

    int temp() {
        return descriptor.addSlot(FrameSlotKind.Object, null, null);
    }

    /**
     * A slot for a generator's resume bookkeeping (the running generator, which statement or
     * branch suspended, pending iterators and exceptions, cached operands). These live in the
     * generator's heap frame and are touched on every resume, so they are Truffle static
     * slots: accessed only with the *Static frame methods, which skip the slot's type tag
     * (one memory access instead of two or three). Nothing else reads them.
     */
    int resumeTemp() {
        return descriptor.addSlot(FrameSlotKind.Static, null, null);
    }

    int returnSlot() {
        if (returnSlot < 0) {
            returnSlot = temp();
        }
        return returnSlot;
    }

    FrameDescriptor build() {
        returnSlot();
        return descriptor.build();
    }
}

package org.gilpy.runtime;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * C3 linearisation, the algorithm behind Python's method resolution order, and the choice
 * of instance layout for a class with several bases. Kept apart from PythonClass because it
 * runs only when a class is created.
 */
final class MroComputer {
    private MroComputer() {
    }

    @TruffleBoundary
    static PythonClass[] compute(PythonClass cls, PythonClass[] bases) {
        List<List<PythonClass>> sequences = new ArrayList<>();
        for (PythonClass base : bases) {
            sequences.add(new LinkedList<>(List.of(base.getMro())));
        }
        sequences.add(new LinkedList<>(List.of(bases)));
        List<PythonClass> result = new ArrayList<>();
        result.add(cls);
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return result.toArray(new PythonClass[0]);
            }
            PythonClass head = null;
            for (List<PythonClass> seq : sequences) {
                PythonClass candidate = seq.get(0);
                if (!appearsInTail(candidate, sequences)) {
                    head = candidate;
                    break;
                }
            }
            if (head == null) {
                StringBuilder names = new StringBuilder();
                for (PythonClass base : bases) {
                    names.append(names.length() == 0 ? "" : ", ").append(base.getName());
                }
                throw PythonErrors.typeError("Cannot create a consistent method resolution order (MRO) for bases " + names);
            }
            result.add(head);
            for (List<PythonClass> seq : sequences) {
                if (seq.get(0) == head) {
                    seq.remove(0);
                }
            }
        }
    }

    private static boolean appearsInTail(PythonClass candidate, List<List<PythonClass>> sequences) {
        for (List<PythonClass> seq : sequences) {
            for (int i = 1; i < seq.size(); i++) {
                if (seq.get(i) == candidate) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The most derived built-in layout among the bases; they must agree, as in CPython. */
    static PythonClass solidLayout(PythonClass[] bases) {
        PythonClass best = bases[0].getLayout();
        for (PythonClass base : bases) {
            PythonClass layout = base.getLayout();
            if (layout.isSubclassOf(best)) {
                best = layout;
            } else if (!best.isSubclassOf(layout)) {
                throw PythonErrors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }
}

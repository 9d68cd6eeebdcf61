package org.gilpy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.GilpyLanguage;
import org.gilpy.runtime.*;

/**
 * Named tuples made in Java, such as {@code time.struct_time}: a tuple subclass whose first
 * fields are the tuple's items and also read-only attributes, and whose remaining fields
 * (CPython's "invisible" ones, like {@code tm_zone}) are attributes only. The repr is
 * CPython's {@code module.name(field=value, ...)} over the visible fields.
 */
final class StructSequence {
    /** {@code time.struct_time}: nine items, then the zone's name and UTC offset. */
    static final StructSequence STRUCT_TIME = new StructSequence(new String[]{"tm_year", "tm_mon", "tm_mday", "tm_hour",
        "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}, 9);

    /** {@code os.uname()}'s result. */
    static final StructSequence UNAME_RESULT = new StructSequence(new String[]{"sysname", "nodename", "release",
        "version", "machine"}, 5);

    private final String[] fields;
    private final int visible;

    private StructSequence(String[] fields, int visible) {
        this.fields = fields;
        this.visible = visible;
    }

    /** Gives a tuple subclass its field properties, repr and constructor (once per language). */
    void install(GilpyLanguage language, PythonTypes types, PythonClass cls) {
        String prefix = cls.getName() + ".";
        PDict ns = cls.getNamespace();
        for (int i = 0; i < visible; i++) {
            PBuiltinFunction getter = BuiltinRegistry.create(language, types, fields[i], prefix, "self, /", "", false,
                    new ItemNode(i));
            ns.put(fields[i], new PDescriptors.PProperty(types.property, getter, PNone.NONE, PNone.NONE, PNone.NONE));
        }
        ns.put("__repr__", BuiltinRegistry.create(language, types, "__repr__", prefix, "self, /", "", false, new ReprNode(this)));
        ns.put("__new__", BuiltinRegistry.create(language, types, "__new__", prefix, "cls, sequence, /", "", false,
                new NewNode(this)));
        ns.put("n_sequence_fields", (long) visible);
        ns.put("n_fields", (long) fields.length);
    }

    /** An instance from all field values (visible ones first; missing hidden ones are None). */
    PTuple make(PythonClass cls, Object... values) {
        Object[] items = new Object[visible];
        System.arraycopy(values, 0, items, 0, visible);
        PTuple tuple = new PTuple(cls, items);
        for (int i = visible; i < fields.length; i++) {
            tuple.getOrCreateDict().put(fields[i], i < values.length ? values[i] : PNone.NONE);
        }
        return tuple;
    }

    private static final class ItemNode extends BuiltinNode.Unary {
        private final int index;

        ItemNode(int index) {
            this.index = index;
        }

        @Override
        public Object execute(VirtualFrame frame, Object self) {
            return ((PTuple) self).getItems()[index];
        }
    }

    private static final class ReprNode extends BuiltinNode.Unary {
        private final StructSequence seq;

        ReprNode(StructSequence seq) {
            this.seq = seq;
        }

        @Override
        public Object execute(VirtualFrame frame, Object self) {
            return repr((PTuple) self);
        }

        @TruffleBoundary
        private String repr(PTuple self) {
            PythonClass cls = self.getPythonClass();
            StringBuilder sb = new StringBuilder(cls.getModule()).append('.').append(cls.getName()).append('(');
            Object[] items = self.getItems();
            for (int i = 0; i < seq.visible; i++) {
                sb.append(i == 0 ? "" : ", ").append(seq.fields[i]).append('=').append(PyObjects.repr(items[i]));
            }
            return sb.append(')').toString();
        }
    }

    private static final class NewNode extends BuiltinNode.Binary {
        private final StructSequence seq;

        NewNode(StructSequence seq) {
            this.seq = seq;
        }

        @Override
        public Object execute(VirtualFrame frame, Object cls, Object sequence) {
            return create((PythonClass) cls, sequence);
        }

        @TruffleBoundary
        private Object create(PythonClass cls, Object sequence) {
            Object[] values = PyObjects.toArray(sequence);
            String qualified = cls.getModule() + "." + cls.getName();
            if (values.length < seq.visible) {
                throw PythonErrors.typeError(qualified + "() takes an at least " + seq.visible + "-sequence ("
                        + values.length + "-sequence given)");
            }
            if (values.length > seq.fields.length) {
                throw PythonErrors.typeError(qualified + "() takes an at most " + seq.fields.length + "-sequence ("
                        + values.length + "-sequence given)");
            }
            return seq.make(cls, values);
        }
    }
}

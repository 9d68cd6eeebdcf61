package org.gilpy.runtime;

/**
 * The descriptor objects created by the {@code property}, {@code staticmethod} and
 * {@code classmethod} built-ins, and {@code super}. They are plain holders; attribute
 * lookup in {@link PyObjects} gives them their meaning.
 */
public final class PDescriptors {
    private PDescriptors() {
    }

    /** {@code property(fget, fset, fdel, doc)}. */
    public static final class PProperty extends PyObject {
        public Object fget;
        public Object fset;
        public Object fdel;
        public Object doc;

        public PProperty(PythonClass cls, Object fget, Object fset, Object fdel, Object doc) {
            super(cls);
            this.fget = fget;
            this.fset = fset;
            this.fdel = fdel;
            this.doc = doc;
        }
    }

    /** {@code staticmethod(f)} or {@code classmethod(f)}. */
    public static final class PWrappedCallable extends PyObject {
        public final Object callable;

        public PWrappedCallable(PythonClass cls, Object callable) {
            super(cls);
            this.callable = callable;
        }

        @Override
        public boolean hasInstanceDict() {
            return true;
        }
    }

    /** {@code super(cls, obj)}: lookups start after {@code cls} in the MRO of obj's class. */
    public static final class PSuper extends PyObject {
        public final PythonClass startAfter;
        public final Object self;
        public final PythonClass selfClass;

        public PSuper(PythonClass startAfter, Object self, PythonClass selfClass) {
            super(PythonTypes.get().superType);
            this.startAfter = startAfter;
            this.self = self;
            this.selfClass = selfClass;
        }
    }
}

package org.gilpy.builtins;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;

/**
 * {@code BaseExceptionGroup} (PEP 654), the base of {@code ExceptionGroup}: construction with
 * CPython's checks and class choice, {@code subgroup}, {@code split} and {@code derive}.
 * Splitting keeps the nesting: a nested group whose members partly match is split in turn,
 * and every group built on the way is made by {@code derive} and carries the original's
 * traceback, cause, context and notes.
 */
public final class ExceptionGroupMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.exception("BaseExceptionGroup");
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return ExceptionGroupMethodsFactory.getFactories();
    }

    @Builtin(name = "__new__", params = "cls, *args, **kwargs")
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object create(Object cls, Object args, Object kwargs) {
            return newGroup((PythonClass) cls, ((PTuple) args).getItems());
        }
    }

    @Builtin(name = "__init__", params = "self, *args, **kwargs")
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Ternary {
        @Specialization
        Object init(Object self, Object args, Object kwargs) {
            return PNone.NONE; // __new__ did the work, as in CPython
        }
    }

    @Builtin(name = "derive", params = "self, excs, /")
    @GenerateNodeFactory
    abstract static class DeriveNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object derive(Object self, Object excs) {
            return newGroup(PythonTypes.get().exception("BaseExceptionGroup"),
                    new Object[]{((PBaseException) self).getGroupMessage(), excs});
        }
    }

    @Builtin(name = "subgroup", params = "self, condition, /")
    @GenerateNodeFactory
    abstract static class SubgroupNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object subgroup(Object self, Object condition) {
            Object match = split((PBaseException) self, matcher(condition), false)[0];
            return match == null ? PNone.NONE : match;
        }
    }

    @Builtin(name = "split", params = "self, condition, /")
    @GenerateNodeFactory
    abstract static class SplitNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object split(Object self, Object condition) {
            Object[] parts = ExceptionGroupMethods.split((PBaseException) self, matcher(condition), true);
            return PTuple.of(parts[0] == null ? PNone.NONE : parts[0], parts[1] == null ? PNone.NONE : parts[1]);
        }
    }

    /** {@code BaseExceptionGroup.__new__(cls, message, exceptions)}. */
    static PBaseException newGroup(PythonClass cls, Object[] args) {
        PythonTypes t = PythonTypes.get();
        if (args.length != 2) {
            throw PythonErrors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof String message)) {
            throw PythonErrors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + PyObjects.typeName(args[0]));
        }
        Object excs = args[1];
        if (!(excs instanceof PList) && !(excs instanceof PTuple)) {
            throw PythonErrors.typeError("second argument (exceptions) must be a sequence");
        }
        Object[] items = PyObjects.toArray(excs);
        if (items.length == 0) {
            throw PythonErrors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PBaseException e)) {
                throw PythonErrors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= PyObjects.isInstance(e, t.exception("Exception"));
        }
        PythonClass baseGroup = t.exception("BaseExceptionGroup");
        PythonClass chosen = cls;
        if (cls == baseGroup) {
            if (allExceptions) {
                chosen = t.exception("ExceptionGroup"); // BaseExceptionGroup of plain Exceptions
            }
        } else if (!allExceptions && cls.isSubclassOf(t.exception("Exception"))) {
            throw PythonErrors.typeError("Cannot nest BaseExceptions in " + (cls == t.exception("ExceptionGroup")
                    ? "an ExceptionGroup" : "'" + cls.getName() + "'"));
        }
        PBaseException group = (PBaseException) ObjectMethods.allocate(chosen);
        group.setArgs(PTuple.of(message, excs));
        group.makeGroup(message, new PTuple(items));
        return group;
    }

    // ---------------------------------------------------------------- except*

    /**
     * {matching part, rest} of an exception group for an {@code except*} clause, whose spec
     * must be exception classes that are not exception groups.
     */
    @TruffleBoundary
    public static Object[] splitForExceptStar(PBaseException group, Object spec) {
        PythonTypes t = PythonTypes.get();
        Object[] classes = spec instanceof PTuple tuple ? tuple.getItems() : new Object[]{spec};
        for (Object c : classes) {
            if (!(c instanceof PythonClass cls) || !cls.isSubclassOf(t.baseException)) {
                throw PythonErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            if (cls.isSubclassOf(t.exception("BaseExceptionGroup"))) {
                throw PythonErrors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
        return split(group, matcher(spec), true);
    }

    /** A group around one exception that is not a group, for except* to match against. */
    @TruffleBoundary
    public static PBaseException wrapForExceptStar(PBaseException exc) {
        return newGroup(PythonTypes.get().exception("BaseExceptionGroup"), new Object[]{"", new PTuple(new Object[]{exc})});
    }

    /** The non-group exceptions inside an exception (itself when it is not a group). */
    @TruffleBoundary
    public static void collectLeaves(PBaseException exc, java.util.Set<PBaseException> into) {
        PTuple members = exc.getGroupExceptions();
        if (members == null) {
            into.add(exc);
            return;
        }
        for (Object member : members.getItems()) {
            collectLeaves((PBaseException) member, into);
        }
    }

    /** The part of {@code original} made of the given leaves, keeping its nesting (null when none). */
    @TruffleBoundary
    public static PBaseException keepLeaves(PBaseException original, java.util.Set<PBaseException> leaves) {
        return (PBaseException) split(original, leaves::contains, false)[0];
    }

    /** {@code BaseExceptionGroup("", exceptions)} (an ExceptionGroup when all are Exceptions). */
    @TruffleBoundary
    public static PBaseException group(List<PBaseException> exceptions) {
        return newGroup(PythonTypes.get().exception("BaseExceptionGroup"), new Object[]{"", new PList(exceptions.toArray())});
    }

    /** What subgroup and split test each exception with: a type, a tuple of types, or a predicate. */
    private interface Matcher {
        boolean matches(PBaseException e);
    }

    private static Matcher matcher(Object condition) {
        PythonTypes t = PythonTypes.get();
        if (condition instanceof PythonClass c && c.isSubclassOf(t.baseException)) {
            return e -> PyObjects.isInstance(e, c);
        }
        if (condition instanceof PTuple tuple) {
            for (Object item : tuple.getItems()) {
                if (!(item instanceof PythonClass c) || !c.isSubclassOf(t.baseException)) {
                    throw conditionError();
                }
            }
            return e -> {
                for (Object item : tuple.getItems()) {
                    if (PyObjects.isInstance(e, (PythonClass) item)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (!(condition instanceof PythonClass) && PyCallables.isCallable(condition)) {
            return e -> PyObjects.isTrue(PyCallables.call(condition, e));
        }
        throw conditionError();
    }

    private static PException conditionError() {
        return PythonErrors.typeError("expected a function, exception type or tuple of exception types");
    }

    /**
     * Returns {matching part, rest} of {@code exc} (each null when empty); the rest is only
     * collected when {@code wantRest}.
     */
    private static Object[] split(PBaseException exc, Matcher matcher, boolean wantRest) {
        if (matcher.matches(exc)) {
            return new Object[]{exc, null};
        }
        PTuple members = exc.getGroupExceptions();
        if (members == null) {
            return new Object[]{null, wantRest ? exc : null};
        }
        List<Object> matched = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        for (Object member : members.getItems()) {
            Object[] parts = split((PBaseException) member, matcher, wantRest);
            if (parts[0] != null) {
                matched.add(parts[0]);
            }
            if (parts[1] != null) {
                rest.add(parts[1]);
            }
        }
        return new Object[]{derived(exc, matched), wantRest ? derived(exc, rest) : null};
    }

    /** {@code group.derive(members)} with the group's traceback, cause, context and notes, or null. */
    private static Object derived(PBaseException group, List<Object> members) {
        if (members.isEmpty()) {
            return null;
        }
        Object made = PyCallables.call(PyObjects.getAttribute(group, "derive"), new PList(members.toArray()));
        if (!(made instanceof PBaseException d) || d.getGroupExceptions() == null) {
            throw PythonErrors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        d.setTraceback(group.getTraceback());
        if (group.getCause() != null) {
            d.setCause(group.getCause());
        }
        d.setContextRaw(group.getContext());
        d.setSuppressContext(group.isSuppressContext());
        Object notes = group.getDict() == null ? null : group.getDict().getStr("__notes__");
        if (notes != null) {
            d.getOrCreateDict().put("__notes__", new PList(PyObjects.toArray(notes)));
        }
        return d;
    }
}

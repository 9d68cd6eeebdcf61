package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;

/** Methods of {@code BaseException}, inherited by every exception class. */
public final class ExceptionMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.baseException;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return ExceptionMethodsFactory.getFactories();
    }

    @Builtin(name = "__new__", params = "cls, *args, **kwargs")
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        Object create(Object cls, Object args, Object kwargs) {
            PBaseException e = (PBaseException) ObjectMethods.allocate((PythonClass) cls);
            e.setArgs((PTuple) args);
            return e;
        }
    }

    @Builtin(name = "__init__", params = "self, *args, **kwargs")
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Ternary {
        @Specialization
        Object init(Object self, Object args, Object kwargs) {
            if (self instanceof PBaseException e) {
                e.setArgs((PTuple) args);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__str__", params = "self, /")
    @GenerateNodeFactory
    abstract static class StrNode extends BuiltinNode.Unary {
        @Specialization
        Object str(Object self) {
            return Repr.exceptionStr((PBaseException) self);
        }
    }

    @Builtin(name = "__repr__", params = "self, /")
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        Object repr(Object self) {
            return Repr.builtinRepr(self);
        }
    }

    @Builtin(name = "with_traceback", params = "self, tb, /")
    @GenerateNodeFactory
    abstract static class WithTracebackNode extends BuiltinNode.Binary {
        @Specialization
        Object withTraceback(Object self, Object tb) {
            ((PBaseException) self).setTraceback(tb == PNone.NONE ? null : (PTraceback) tb);
            return self;
        }
    }

    @Builtin(name = "add_note", params = "self, note, /")
    @GenerateNodeFactory
    abstract static class AddNoteNode extends BuiltinNode.Binary {
        @Specialization
        Object addNote(Object self, Object note) {
            PBaseException e = (PBaseException) self;
            Object notes = e.getOrCreateDict().getStr("__notes__");
            if (notes == null) {
                notes = new PList();
                e.getOrCreateDict().put("__notes__", notes);
            }
            ((PList) notes).append(note);
            return PNone.NONE;
        }
    }
}

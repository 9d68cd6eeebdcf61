package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.*;

/** Methods of {@code _thread.lock}; {@code _thread.RLock} shares them (MiscTypeMethods.finishTypes). */
public final class LockMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.lock;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return LockMethodsFactory.getFactories();
    }

    @Builtin(name = "__rlock_new__", params = "cls, *args, **kwargs")
    @GenerateNodeFactory
    abstract static class RLockNewNode extends BuiltinNode.Ternary {
        @Specialization
        Object create(Object cls, Object args, Object kwargs) {
            return new PLock((PythonClass) cls, true);
        }
    }

    @Builtin(name = "__new__", params = "cls, /")
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Unary {
        @Specialization
        Object create(Object cls) {
            return new PLock((PythonClass) cls, false);
        }
    }

    @Builtin(name = "acquire", params = "self, blocking=?, timeout=?")
    @GenerateNodeFactory
    abstract static class AcquireNode extends BuiltinNode.Ternary {
        @Specialization
        Object acquire(Object self, Object blocking, Object timeout) {
            boolean block = blocking == PNone.NO_VALUE || PyObjects.isTrue(blocking);
            double t = timeout == PNone.NO_VALUE || timeout == PNone.NONE ? -1 : PyNumbers.toDouble(timeout);
            if (!block && t != -1) {
                throw PythonErrors.valueError("can't specify a timeout for a non-blocking call");
            }
            if (t < 0 && t != -1) {
                throw PythonErrors.valueError("timeout value must be a non-negative number");
            }
            if (t > ThreadModule.TIMEOUT_MAX) {
                throw PythonErrors.overflow("timeout value is too large");
            }
            return ((PLock) self).acquire(this, GilpyContext.get(this).getGil(), block, t);
        }
    }

    @Builtin(name = "__enter__", params = "self, /")
    @GenerateNodeFactory
    abstract static class EnterNode extends BuiltinNode.Unary {
        @Specialization
        Object enter(Object self) {
            return ((PLock) self).acquire(this, GilpyContext.get(this).getGil(), true, -1);
        }
    }

    @Builtin(name = "release", params = "self, /")
    @GenerateNodeFactory
    abstract static class ReleaseNode extends BuiltinNode.Unary {
        @Specialization
        Object release(Object self) {
            ((PLock) self).release();
            return PNone.NONE;
        }
    }

    @Builtin(name = "__exit__", params = "self, *args")
    @GenerateNodeFactory
    abstract static class ExitNode extends BuiltinNode.Binary {
        @Specialization
        Object exit(Object self, Object args) {
            ((PLock) self).release();
            return false;
        }
    }

    @Builtin(name = "locked", params = "self, /")
    @GenerateNodeFactory
    abstract static class LockedNode extends BuiltinNode.Unary {
        @Specialization
        Object locked(Object self) {
            return ((PLock) self).isLocked();
        }
    }

    @Builtin(name = "_is_owned", params = "self, /")
    @GenerateNodeFactory
    abstract static class IsOwnedNode extends BuiltinNode.Unary {
        @Specialization
        Object owned(Object self) {
            PLock lock = (PLock) self;
            return lock.isReentrant() ? lock.isOwnedByCurrentThread() : lock.isLocked();
        }
    }
}

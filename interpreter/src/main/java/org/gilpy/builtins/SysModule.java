package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.GilpyContext;
import org.gilpy.GilpyLanguage;
import org.gilpy.runtime.*;

/** The {@code sys} module: argv, path, modules, the streams, version data, limits and intervals. */
public final class SysModule implements BuiltinModule {
    /** Where the bundled standard library sits on sys.path (a resource folder, not a directory). */
    public static final String STDLIB_PATH = "/gilpy/stdlib/";

    @Override
    public String name() {
        return "sys";
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return SysModuleFactory.getFactories();
    }

    @Override
    public void initialize(GilpyContext context, PDict ns) {
        PythonTypes t = context.getTypes();
        PList argv = new PList();
        for (String a : context.getArguments()) {
            argv.append(a);
        }
        if (argv.size() == 0) {
            argv.append("");
        }
        ns.put("argv", argv);
        PList path = new PList();
        path.append(STDLIB_PATH);
        ns.put("path", path);
        ns.put("modules", context.getModules());
        ns.put("stdout", context.getStdout());
        ns.put("stderr", context.getStderr());
        ns.put("stdin", context.getStdin());
        ns.put("__stdout__", context.getStdout());
        ns.put("__stderr__", context.getStderr());
        ns.put("__stdin__", context.getStdin());
        ns.put("version", "3.12.0 (gilpy " + GilpyLanguage.VERSION + ", Truffle on Java " + Runtime.version().feature() + ")");
        ns.put("hexversion", 0x030c00f0L);
        ns.put("platform", "linux");
        ns.put("byteorder", "little");
        ns.put("maxsize", Long.MAX_VALUE);
        ns.put("maxunicode", 0x10ffffL);
        ns.put("executable", context.getEnv().getOptions().get(GilpyLanguage.Executable));
        ns.put("prefix", "/gilpy");
        ns.put("builtin_module_names", new PTuple(BuiltinRegistry.moduleNames().toArray()));
        PythonClass versionInfo = new PythonClass(t.type, "version_info", new PythonClass[]{t.tuple}, new PDict(), false);
        versionInfo.setModule("sys");
        PTuple vi = new PTuple(versionInfo, new Object[]{3L, 12L, 0L, "final", 0L});
        PDict vd = vi.getOrCreateDict();
        vd.put("major", 3L);
        vd.put("minor", 12L);
        vd.put("micro", 0L);
        vd.put("releaselevel", "final");
        vd.put("serial", 0L);
        ns.put("version_info", vi);
        PythonClass nsClass = new PythonClass(t.type, "SimpleNamespace", new PythonClass[]{t.object}, new PDict(), false);
        nsClass.setModule("types");
        PInstance impl = new PInstance(nsClass);
        impl.getOrCreateDict().put("name", "gilpy");
        impl.getOrCreateDict().put("version", vi);
        impl.getOrCreateDict().put("cache_tag", PNone.NONE);
        ns.put("implementation", impl);
    }

    @Builtin(name = "exit", params = "status=?, /")
    @GenerateNodeFactory
    abstract static class ExitNode extends BuiltinNode.Unary {
        @Specialization
        Object exit(Object status) {
            Object[] args = status == PNone.NO_VALUE ? new Object[0] : new Object[]{status};
            throw PythonErrors.create(PythonTypes.get().exception("SystemExit"), args);
        }
    }

    @Builtin(name = "_getframe", params = "depth=?, /")
    @GenerateNodeFactory
    abstract static class GetFrameNode extends BuiltinNode.Unary {
        @Specialization
        Object getFrame(Object depth) {
            return CallerFrames.frame(depth == PNone.NO_VALUE ? 0 : (int) PyNumbers.asLong(depth));
        }
    }

    @Builtin(name = "_gilpy_hide_from_tracebacks", params = "function, /")
    @GenerateNodeFactory
    abstract static class HideFromTracebacksNode extends BuiltinNode.Unary {
        /** Marks a stdlib function whose frames tracebacks leave out (see FunctionRootNode). */
        @Specialization
        @TruffleBoundary
        Object hide(Object function) {
            if (function instanceof PFunction f
                    && f.getCallTarget().getRootNode() instanceof org.gilpy.nodes.function.FunctionRootNode root) {
                root.hideFromTracebacks();
            }
            return function;
        }
    }

    @Builtin(name = "getrecursionlimit")
    @GenerateNodeFactory
    abstract static class GetRecursionLimitNode extends BuiltinNode.Nullary {
        @Specialization
        Object get() {
            return (long) GilpyContext.get(this).getRecursionLimit();
        }
    }

    @Builtin(name = "setrecursionlimit", params = "limit, /")
    @GenerateNodeFactory
    abstract static class SetRecursionLimitNode extends BuiltinNode.Unary {
        @Specialization
        Object set(Object limit) {
            long n = PyNumbers.asIndex(limit);
            if (n < 1) {
                throw PythonErrors.valueError("recursion limit must be greater or equal than 1");
            }
            GilpyContext.get(this).setRecursionLimit((int) Math.min(n, Integer.MAX_VALUE));
            return PNone.NONE;
        }
    }

    @Builtin(name = "getswitchinterval")
    @GenerateNodeFactory
    abstract static class GetSwitchIntervalNode extends BuiltinNode.Nullary {
        @Specialization
        Object get() {
            return GilpyContext.get(this).getSwitchIntervalMicros() * 1e-6; // as CPython computes it
        }
    }

    @Builtin(name = "setswitchinterval", params = "interval, /")
    @GenerateNodeFactory
    abstract static class SetSwitchIntervalNode extends BuiltinNode.Unary {
        @Specialization
        Object set(Object interval) {
            if (!PyNumbers.isReal(interval)) {
                throw PythonErrors.typeError("must be real number, not " + PyObjects.typeName(interval));
            }
            double seconds = PyNumbers.toDouble(interval);
            if (seconds <= 0) {
                throw PythonErrors.valueError("switch interval must be strictly positive");
            }
            GilpyContext.get(this).setSwitchIntervalMicros((long) (seconds * 1e6));
            return PNone.NONE;
        }
    }

    @Builtin(name = "_is_gil_enabled")
    @GenerateNodeFactory
    abstract static class IsGilEnabledNode extends BuiltinNode.Nullary {
        @Specialization
        Object enabled() {
            return GilpyContext.get(this).isGilEnabled();
        }
    }

    @Builtin(name = "set_asyncgen_hooks", params = "firstiter=?, finalizer=?")
    @GenerateNodeFactory
    abstract static class SetAsyncgenHooksNode extends BuiltinNode.Binary {
        @Specialization
        Object set(Object firstiter, Object finalizer) {
            PythonThreadState ts = GilpyLanguage.get(this).getThreadState();
            Object first = hook(firstiter, ts.getAsyncgenFirstiter(), "firstiter");
            Object last = hook(finalizer, ts.getAsyncgenFinalizer(), "finalizer");
            ts.setAsyncgenHooks(first, last);
            return PNone.NONE;
        }

        /** A hook argument: left out keeps the current one, None clears it. */
        private static Object hook(Object given, Object current, String name) {
            if (given == PNone.NO_VALUE) {
                return current;
            }
            if (given == PNone.NONE) {
                return null;
            }
            if (!PyCallables.isCallable(given)) {
                throw PythonErrors.typeError("callable " + name + " expected, got " + PyObjects.typeName(given));
            }
            return given;
        }
    }

    @Builtin(name = "get_asyncgen_hooks")
    @GenerateNodeFactory
    abstract static class GetAsyncgenHooksNode extends BuiltinNode.Nullary {
        @Specialization
        Object get() {
            PythonThreadState ts = GilpyLanguage.get(this).getThreadState();
            Object first = ts.getAsyncgenFirstiter();
            Object last = ts.getAsyncgenFinalizer();
            return new PTuple(new Object[]{first == null ? PNone.NONE : first, last == null ? PNone.NONE : last});
        }
    }

    @Builtin(name = "exc_info")
    @GenerateNodeFactory
    abstract static class ExcInfoNode extends BuiltinNode.Nullary {
        @Specialization
        Object info() {
            PException e = GilpyLanguage.get(this).getThreadState().getHandled();
            if (e == null) {
                return new PTuple(new Object[]{PNone.NONE, PNone.NONE, PNone.NONE});
            }
            PBaseException exc = e.getPythonException();
            return new PTuple(new Object[]{exc.getPythonClass(), exc, exc.getTraceback() == null ? PNone.NONE : exc.getTraceback()});
        }
    }

    @Builtin(name = "exception")
    @GenerateNodeFactory
    abstract static class ExceptionNode extends BuiltinNode.Nullary {
        @Specialization
        Object exception() {
            PException e = GilpyLanguage.get(this).getThreadState().getHandled();
            return e == null ? PNone.NONE : e.getPythonException();
        }
    }

    @Builtin(name = "intern", params = "string, /")
    @GenerateNodeFactory
    abstract static class InternNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object intern(String s) {
            return s.intern();
        }
    }

    @Builtin(name = "getdefaultencoding")
    @GenerateNodeFactory
    abstract static class DefaultEncodingNode extends BuiltinNode.Nullary {
        @Specialization
        Object encoding() {
            return "utf-8";
        }
    }

    @Builtin(name = "getsizeof", params = "object, default=?, /")
    @GenerateNodeFactory
    abstract static class GetSizeOfNode extends BuiltinNode.Binary {
        /** Sizes modelled on 64-bit CPython's object layouts, so that comparisons look familiar. */
        @Specialization
        @TruffleBoundary
        Object size(Object o, Object dflt) {
            if (o instanceof Long l) {
                return l == 0 ? 24L : 28L;
            } else if (o instanceof org.gilpy.runtime.PBigInt b) {
                return 24L + 4L * ((b.bitLength() + 29) / 30);
            } else if (o instanceof Double) {
                return 24L;
            } else if (o instanceof Boolean) {
                return 28L;
            } else if (o instanceof String s) {
                return 49L + s.length();
            } else if (o instanceof PList l) {
                return 56L + 8L * l.size();
            } else if (o instanceof PTuple t) {
                return 40L + 8L * t.size();
            } else if (o instanceof PDict d) {
                return d.size() == 0 ? 64L : 184L + 24L * Math.max(0, d.size() - 5);
            } else if (o instanceof PSet s) {
                return 216L + 16L * Math.max(0, s.size() - 5);
            }
            return 48L;
        }
    }

    @Builtin(name = "set_int_max_str_digits", params = "maxdigits")
    @GenerateNodeFactory
    abstract static class SetIntMaxStrDigitsNode extends BuiltinNode.Unary {
        @Specialization
        Object set(Object digits) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "getrefcount", params = "object, /")
    @GenerateNodeFactory
    abstract static class GetRefCountNode extends BuiltinNode.Unary {
        @Specialization
        Object count(Object o) {
            return 2L;
        }
    }
}

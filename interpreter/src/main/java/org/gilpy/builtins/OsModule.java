package org.gilpy.builtins;

import java.io.IOException;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PList;
import org.gilpy.runtime.PModule;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PyNumbers;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonErrors;

/** The {@code os} module (process facts, environment, files); {@code os.path} is {@link PosixPathModule}. */
public final class OsModule implements BuiltinModule {
    @Override
    public String name() {
        return "os";
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return OsModuleFactory.getFactories();
    }

    @Override
    public void initialize(GilpyContext context, PDict ns) {
        PDict environ = new PDict();
        for (var e : context.getEnv().getEnvironment().entrySet()) {
            environ.put(e.getKey(), e.getValue());
        }
        ns.put("environ", environ);
        ns.put("sep", "/");
        ns.put("altsep", PNone.NONE);
        ns.put("pathsep", ":");
        ns.put("linesep", "\n");
        ns.put("curdir", ".");
        ns.put("pardir", "..");
        ns.put("devnull", "/dev/null");
        ns.put("name", "posix");
        ns.put("unlink", ns.getStr("remove"));
        PModule path = BuiltinRegistry.createModule(context, "posixpath");
        ns.put("path", path);
        context.getModules().put("os.path", path);
        context.getModules().put("posixpath", path);
    }

    static TruffleFile file(GilpyContext context, Object path) {
        if (!(path instanceof String s)) {
            throw PythonErrors.typeError("expected str, bytes or os.PathLike object, not " + PyObjects.typeName(path));
        }
        return context.getEnv().getPublicTruffleFile(s);
    }

    @Builtin(name = "getpid")
    @GenerateNodeFactory
    abstract static class GetPidNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        Object getpid() {
            return GilpyContext.get(this).getPid();
        }
    }

    @Builtin(name = "getppid")
    @GenerateNodeFactory
    abstract static class GetPpidNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        Object getppid() {
            return GilpyContext.get(this).getParentPid();
        }
    }

    @Builtin(name = "cpu_count")
    @GenerateNodeFactory
    abstract static class CpuCountNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        Object cpuCount() {
            return (long) Runtime.getRuntime().availableProcessors();
        }
    }

    /** {@code os.uname_result}'s fields and repr (the type itself is in PythonTypes). */
    static final class UnameResultMethods implements TypeMethods {
        @Override
        public org.gilpy.runtime.PythonClass type(org.gilpy.runtime.PythonTypes types) {
            return types.unameResult;
        }

        @Override
        public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
            return List.of();
        }

        @Override
        public void installMore(org.gilpy.GilpyLanguage language, org.gilpy.runtime.PythonTypes types,
                                org.gilpy.runtime.PythonClass cls) {
            StructSequence.UNAME_RESULT.install(language, types, cls);
        }
    }

    /** The system's name, host name, kernel release and version, and machine, as uname(2) gives them. */
    @Builtin(name = "uname")
    @GenerateNodeFactory
    abstract static class UnameNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        Object uname() {
            String machine = System.getProperty("os.arch", "");
            machine = switch (machine) {
                case "amd64" -> "x86_64";
                case "arm64" -> "aarch64";
                default -> machine;
            };
            return StructSequence.UNAME_RESULT.make(org.gilpy.runtime.PythonTypes.get().unameResult,
                    System.getProperty("os.name", ""), hostName(), System.getProperty("os.version", ""),
                    kernelVersion(), machine);
        }

        private static String hostName() {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/hostname")).strip();
            } catch (IOException | RuntimeException e) {
                try {
                    return java.net.InetAddress.getLocalHost().getHostName();
                } catch (IOException unknown) {
                    return "";
                }
            }
        }

        private static String kernelVersion() {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/version")).strip();
            } catch (IOException | RuntimeException e) {
                return "";
            }
        }
    }

    /** The path of a str or bytes (itself) or of an object with __fspath__. */
    @Builtin(name = "fspath", params = "path")
    @GenerateNodeFactory
    abstract static class FspathNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object fspath(Object path) {
            if (path instanceof String || path instanceof org.gilpy.runtime.PBytes) {
                return path;
            }
            Object method = PyObjects.lookupAttribute(path, "__fspath__");
            if (method == null) {
                throw PythonErrors.typeError("expected str, bytes or os.PathLike object, not " + PyObjects.typeName(path));
            }
            return org.gilpy.runtime.PyCallables.call(method);
        }
    }

    @Builtin(name = "urandom", params = "size, /")
    @GenerateNodeFactory
    abstract static class UrandomNode extends BuiltinNode.Unary {
        private static final java.security.SecureRandom ENTROPY = new java.security.SecureRandom();

        @Specialization
        @TruffleBoundary
        Object urandom(Object size) {
            long n = PyNumbers.asIndex(size);
            if (n < 0) {
                throw PythonErrors.valueError("negative argument not allowed");
            }
            byte[] bytes = new byte[Math.toIntExact(n)];
            ENTROPY.nextBytes(bytes);
            return new org.gilpy.runtime.PBytes(bytes);
        }
    }

    @Builtin(name = "getcwd")
    @GenerateNodeFactory
    abstract static class GetCwdNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        Object getcwd() {
            return GilpyContext.get(this).getEnv().getCurrentWorkingDirectory().getPath();
        }
    }

    @Builtin(name = "getenv", params = "key, default=?")
    @GenerateNodeFactory
    abstract static class GetEnvNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object getenv(Object key, Object dflt) {
            PModule os = (PModule) GilpyContext.get(this).getModules().get("os");
            Object v = ((PDict) os.getGlobals().getStr("environ")).get(key);
            return v != null ? v : dflt == PNone.NO_VALUE ? PNone.NONE : dflt;
        }
    }

    @Builtin(name = "listdir", params = "path=?")
    @GenerateNodeFactory
    abstract static class ListDirNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object listdir(Object path) {
            GilpyContext context = GilpyContext.get(this);
            TruffleFile dir = file(context, path == PNone.NO_VALUE ? "." : path);
            try {
                PList out = new PList();
                for (TruffleFile f : dir.list()) {
                    out.append(f.getName());
                }
                return out;
            } catch (IOException e) {
                throw Files.osError("FileNotFoundError", 2, "No such file or directory", String.valueOf(path));
            }
        }
    }

    @Builtin(name = "remove", params = "path")
    @GenerateNodeFactory
    abstract static class RemoveNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object remove(Object path) {
            TruffleFile f = file(GilpyContext.get(this), path);
            try {
                f.delete();
            } catch (IOException e) {
                throw Files.osError("FileNotFoundError", 2, "No such file or directory", String.valueOf(path));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "mkdir", params = "path, mode=?")
    @GenerateNodeFactory
    abstract static class MkdirNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object mkdir(Object path, Object mode) {
            TruffleFile f = file(GilpyContext.get(this), path);
            try {
                f.createDirectory();
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw Files.osError("FileExistsError", 17, "File exists", String.valueOf(path));
            } catch (IOException e) {
                throw Files.osError("FileNotFoundError", 2, "No such file or directory", String.valueOf(path));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "makedirs", params = "name, mode=?, exist_ok=?")
    @GenerateNodeFactory
    abstract static class MakedirsNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object makedirs(Object path, Object mode, Object existOk) {
            TruffleFile f = file(GilpyContext.get(this), path);
            if (f.exists() && !(existOk != PNone.NO_VALUE && PyObjects.isTrue(existOk))) {
                throw Files.osError("FileExistsError", 17, "File exists", String.valueOf(path));
            }
            try {
                f.createDirectories();
            } catch (IOException e) {
                throw Files.osError("OSError", 5, e.getMessage(), String.valueOf(path));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "rmdir", params = "path")
    @GenerateNodeFactory
    abstract static class RmdirNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object rmdir(Object path) {
            try {
                file(GilpyContext.get(this), path).delete();
            } catch (IOException e) {
                throw Files.osError("OSError", 39, "Directory not empty", String.valueOf(path));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "_exit", params = "status")
    @GenerateNodeFactory
    abstract static class UnderscoreExitNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object exit(Object status) {
            GilpyContext context = GilpyContext.get(this);
            context.flushStreams();
            int code = (int) PyNumbers.asIndex(status);
            context.setExitStatus(code);
            context.getEnv().getContext().closeExited(this, code);
            return PNone.NONE;
        }
    }
}

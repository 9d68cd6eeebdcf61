package org.gilpy.builtins;

import java.io.IOException;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.PTuple;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonErrors;

/** {@code os.path} for POSIX paths: pure string operations plus a few file queries. */
public final class PosixPathModule implements BuiltinModule {
    @Override
    public String name() {
        return "posixpath";
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return PosixPathModuleFactory.getFactories();
    }

    static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("expected str, bytes or os.PathLike object, not " + PyObjects.typeName(o));
    }

    @Builtin(name = "join", params = "a, *p")
    @GenerateNodeFactory
    abstract static class JoinNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object join(Object a, Object rest) {
            StringBuilder path = new StringBuilder(str(a));
            for (Object part : ((PTuple) rest).getItems()) {
                String p = str(part);
                if (p.startsWith("/")) {
                    path.setLength(0);
                    path.append(p);
                } else if (path.length() == 0 || path.charAt(path.length() - 1) == '/') {
                    path.append(p);
                } else {
                    path.append('/').append(p);
                }
            }
            return path.toString();
        }
    }

    @Builtin(name = "basename", params = "p")
    @GenerateNodeFactory
    abstract static class BasenameNode extends BuiltinNode.Unary {
        @Specialization
        Object basename(Object p) {
            String s = str(p);
            return s.substring(s.lastIndexOf('/') + 1);
        }
    }

    @Builtin(name = "dirname", params = "p")
    @GenerateNodeFactory
    abstract static class DirnameNode extends BuiltinNode.Unary {
        @Specialization
        Object dirname(Object p) {
            return split(str(p))[0];
        }
    }

    static String[] split(String s) {
        int i = s.lastIndexOf('/') + 1;
        String head = s.substring(0, i);
        if (!head.isEmpty() && !head.matches("/+")) {
            head = head.replaceAll("/+$", "");
        }
        return new String[]{head, s.substring(i)};
    }

    @Builtin(name = "split", params = "p")
    @GenerateNodeFactory
    abstract static class SplitNode extends BuiltinNode.Unary {
        @Specialization
        Object split(Object p) {
            String[] parts = PosixPathModule.split(str(p));
            return new PTuple(new Object[]{parts[0], parts[1]});
        }
    }

    @Builtin(name = "splitext", params = "p")
    @GenerateNodeFactory
    abstract static class SplitextNode extends BuiltinNode.Unary {
        @Specialization
        Object splitext(Object p) {
            String s = str(p);
            int slash = s.lastIndexOf('/');
            int dot = s.lastIndexOf('.');
            int nameStart = slash + 1;
            while (nameStart < s.length() && s.charAt(nameStart) == '.') {
                nameStart++;
            }
            if (dot > slash && dot >= nameStart) {
                return new PTuple(new Object[]{s.substring(0, dot), s.substring(dot)});
            }
            return new PTuple(new Object[]{s, ""});
        }
    }

    /** Case is significant on POSIX: the path itself (checked to be one). */
    @Builtin(name = "normcase", params = "s, /")
    @GenerateNodeFactory
    abstract static class NormcaseNode extends BuiltinNode.Unary {
        @Specialization
        Object normcase(Object p) {
            str(p);
            return p;
        }
    }

    @Builtin(name = "isabs", params = "s")
    @GenerateNodeFactory
    abstract static class IsabsNode extends BuiltinNode.Unary {
        @Specialization
        Object isabs(Object p) {
            return str(p).startsWith("/");
        }
    }

    @Builtin(name = "normpath", params = "path")
    @GenerateNodeFactory
    abstract static class NormpathNode extends BuiltinNode.Unary {
        @Specialization
        Object normpath(Object p) {
            return normalize(str(p));
        }
    }

    @TruffleBoundary
    static String normalize(String s) {
        if (s.isEmpty()) {
            return ".";
        }
        boolean absolute = s.startsWith("/");
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String part : s.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else if (!(part.equals("..") && absolute)) {
                parts.addLast(part);
            }
        }
        String joined = String.join("/", parts);
        return absolute ? "/" + joined : joined.isEmpty() ? "." : joined;
    }

    @Builtin(name = "abspath", params = "path")
    @GenerateNodeFactory
    abstract static class AbspathNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object abspath(Object p) {
            String s = str(p);
            if (!s.startsWith("/")) {
                s = GilpyContext.get(this).getEnv().getCurrentWorkingDirectory().getPath() + "/" + s;
            }
            return normalize(s);
        }
    }

    @Builtin(name = "expanduser", params = "path")
    @GenerateNodeFactory
    abstract static class ExpanduserNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object expanduser(Object p) {
            String s = str(p);
            if (s.equals("~") || s.startsWith("~/")) {
                String home = GilpyContext.get(this).getEnv().getEnvironment().getOrDefault("HOME", "/");
                return home + s.substring(1);
            }
            return s;
        }
    }

    @Builtin(name = "exists", params = "path")
    @GenerateNodeFactory
    abstract static class ExistsNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object exists(Object p) {
            return p instanceof String && OsModule.file(GilpyContext.get(this), p).exists();
        }
    }

    @Builtin(name = "isfile", params = "path")
    @GenerateNodeFactory
    abstract static class IsfileNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object isfile(Object p) {
            return p instanceof String && OsModule.file(GilpyContext.get(this), p).isRegularFile();
        }
    }

    @Builtin(name = "isdir", params = "s")
    @GenerateNodeFactory
    abstract static class IsdirNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object isdir(Object p) {
            return p instanceof String && OsModule.file(GilpyContext.get(this), p).isDirectory();
        }
    }

    @Builtin(name = "getsize", params = "filename")
    @GenerateNodeFactory
    abstract static class GetsizeNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object getsize(Object p) {
            try {
                return OsModule.file(GilpyContext.get(this), p).size();
            } catch (IOException e) {
                throw Files.osError("FileNotFoundError", 2, "No such file or directory", String.valueOf(p));
            }
        }
    }
}

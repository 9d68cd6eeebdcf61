package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.*;

/** Methods of text files ({@code TextIOWrapper}); binary files get them through MiscTypeMethods. */
public final class FileMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.textFile;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return FileMethodsFactory.getFactories();
    }

    @Builtin(name = "write", params = "self, s, /")
    @GenerateNodeFactory
    abstract static class WriteNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object write(Object self, Object s) {
            PFile f = (PFile) self;
            if (f.isText()) {
                if (!(s instanceof String str)) {
                    throw PythonErrors.typeError("write() argument must be str, not " + PyObjects.typeName(s));
                }
                f.write(str);
                return (long) str.length();
            }
            if (!(s instanceof PBytes b)) {
                throw PythonErrors.typeError("a bytes-like object is required, not '" + PyObjects.typeName(s) + "'");
            }
            f.writeBytes(b.getBytes());
            return (long) b.getBytes().length;
        }
    }

    @Builtin(name = "writelines", params = "self, lines, /")
    @GenerateNodeFactory
    abstract static class WritelinesNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object writelines(Object self, Object lines) {
            for (Object line : PyObjects.toArray(lines)) {
                PyCallables.call(PyObjects.getAttribute(self, "write"), line);
            }
            return PNone.NONE;
        }
    }

    /** One line, read without the GIL: pipes and terminals may block for a long time. */
    static Object readLine(BuiltinNode node, PFile f) {
        return GilpyContext.get(node).getGil().blocking(node, () -> f.isText() ? f.readLine() : new PBytes(f.readLineBytes()));
    }

    @Builtin(name = "read", params = "self, size=?, /")
    @GenerateNodeFactory
    abstract static class ReadNode extends BuiltinNode.Binary {
        @Specialization
        Object read(Object self, Object size) {
            PFile f = (PFile) self;
            long n = size == PNone.NO_VALUE || size == PNone.NONE ? -1 : PyNumbers.asIndex(size);
            return GilpyContext.get(this).getGil().blocking(this, () -> f.isText() ? f.read(n) : new PBytes(f.readBytes(n)));
        }
    }

    @Builtin(name = "readline", params = "self, size=?, /")
    @GenerateNodeFactory
    abstract static class ReadlineNode extends BuiltinNode.Binary {
        @Specialization
        Object readline(Object self, Object size) {
            return readLine(this, (PFile) self);
        }
    }

    @Builtin(name = "readlines", params = "self, hint=?, /")
    @GenerateNodeFactory
    abstract static class ReadlinesNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object readlines(Object self, Object hint) {
            PFile f = (PFile) self;
            PList out = new PList();
            while (true) {
                Object line = readLine(this, f);
                if (PyObjects.length(line) == 0) {
                    return out;
                }
                out.append(line);
            }
        }
    }

    @Builtin(name = "close", params = "self, /")
    @GenerateNodeFactory
    abstract static class CloseNode extends BuiltinNode.Unary {
        @Specialization
        Object close(Object self) {
            ((PFile) self).close();
            return PNone.NONE;
        }
    }

    @Builtin(name = "flush", params = "self, /")
    @GenerateNodeFactory
    abstract static class FlushNode extends BuiltinNode.Unary {
        @Specialization
        Object flush(Object self) {
            ((PFile) self).flush();
            return PNone.NONE;
        }
    }

    @Builtin(name = "fileno", params = "self, /")
    @GenerateNodeFactory
    abstract static class FilenoNode extends BuiltinNode.Unary {
        @Specialization
        Object fileno(Object self) {
            String name = ((PFile) self).getName();
            return name.equals("<stdin>") ? 0L : name.equals("<stdout>") ? 1L : name.equals("<stderr>") ? 2L : 3L;
        }
    }

    @Builtin(name = "isatty", params = "self, /")
    @GenerateNodeFactory
    abstract static class IsattyNode extends BuiltinNode.Unary {
        @Specialization
        Object isatty(Object self) {
            return false;
        }
    }

    @Builtin(name = "__enter__", params = "self, /")
    @GenerateNodeFactory
    abstract static class EnterNode extends BuiltinNode.Unary {
        @Specialization
        Object enter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__exit__", params = "self, *args")
    @GenerateNodeFactory
    abstract static class ExitNode extends BuiltinNode.Binary {
        @Specialization
        Object exit(Object self, Object args) {
            ((PFile) self).close();
            return false;
        }
    }

    @Builtin(name = "__iter__", params = "self, /")
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        Object iter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", params = "self, /")
    @GenerateNodeFactory
    abstract static class NextNode extends BuiltinNode.Unary {
        @Specialization
        Object next(Object self) {
            Object line = readLine(this, (PFile) self);
            if (PyObjects.length(line) == 0) {
                throw PythonErrors.stopIteration();
            }
            return line;
        }
    }
}

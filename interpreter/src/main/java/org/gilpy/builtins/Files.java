package org.gilpy.builtins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.PBaseException;
import org.gilpy.runtime.PException;
import org.gilpy.runtime.PFile;
import org.gilpy.runtime.PTuple;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.PythonTypes;

/** {@code open()}: mode parsing, the underlying streams, and OSError subclasses with errno. */
final class Files {
    private Files() {
    }

    @TruffleBoundary
    static PFile open(GilpyContext context, Object file, String mode) {
        if (!(file instanceof String path)) {
            throw PythonErrors.typeError("expected str, bytes or os.PathLike object, not " + PyObjects.typeName(file));
        }
        boolean binary = mode.contains("b");
        boolean plus = mode.contains("+");
        char kind = mode.replace("b", "").replace("t", "").replace("+", "").isEmpty() ? 'r'
                : mode.replace("b", "").replace("t", "").replace("+", "").charAt(0);
        if ("rwax".indexOf(kind) < 0 || (mode.contains("b") && mode.contains("t"))) {
            throw PythonErrors.valueError("invalid mode: '" + mode + "'");
        }
        TruffleFile f = context.getEnv().getPublicTruffleFile(path);
        try {
            if (f.isDirectory()) {
                throw osError("IsADirectoryError", 21, "Is a directory", path);
            }
            InputStream in = null;
            OutputStream out = null;
            switch (kind) {
                case 'r' -> {
                    in = f.newInputStream();
                    if (plus) {
                        out = f.newOutputStream(StandardOpenOption.WRITE);
                    }
                }
                case 'w' -> out = f.newOutputStream(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
                case 'a' -> out = f.newOutputStream(StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE);
                default -> out = f.newOutputStream(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            PFile opened = PFile.open(path, mode, out, in, binary);
            if (out != null) {
                context.trackOpenFile(opened);
            }
            return opened;
        } catch (NoSuchFileException e) {
            throw osError("FileNotFoundError", 2, "No such file or directory", path);
        } catch (FileAlreadyExistsException e) {
            throw osError("FileExistsError", 17, "File exists", path);
        } catch (AccessDeniedException e) {
            throw osError("PermissionError", 13, "Permission denied", path);
        } catch (IOException e) {
            throw osError("OSError", 5, e.getMessage(), path);
        }
    }

    static PException osError(String className, int errno, String message, String filename) {
        PBaseException exc = new PBaseException(PythonTypes.get().exception(className),
                new PTuple(new Object[]{(long) errno, message}));
        var d = exc.getOrCreateDict();
        d.put("errno", (long) errno);
        d.put("strerror", message);
        d.put("filename", filename);
        return PythonErrors.raise(exc);
    }
}

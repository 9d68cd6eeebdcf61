package org.gilpy.runtime.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.Source;

import org.gilpy.GilpyContext;
import org.gilpy.GilpyLanguage;
import org.gilpy.builtins.BuiltinRegistry;
import org.gilpy.parser.AstCache;
import org.gilpy.parser.NodeTranslator;
import org.gilpy.parser.SourceParser;
import org.gilpy.parser.ast.Stmt;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PFunction;
import org.gilpy.runtime.PList;
import org.gilpy.runtime.PModule;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.Signature;

/**
 * The import system: resolves (relative) module names, finds a module among the Java
 * built-ins, the directories on {@code sys.path}, and the bundled standard library
 * (resources under {@code gilpy/stdlib/}), executes it once, and caches it in
 * {@code sys.modules}. Packages are directories with an {@code __init__.py}.
 */
public final class ModuleImporter {
    private static final String STDLIB_RESOURCE_ROOT = "/gilpy/stdlib/";
    private final GilpyContext context;

    /** Parsed modules from earlier runs, when the launcher names a directory for them. */
    private final AstCache astCache;

    public ModuleImporter(GilpyContext context) {
        this.context = context;
        String cacheDir = context.getEnv().getOptions().get(GilpyLanguage.CacheDir);
        this.astCache = cacheDir.isEmpty() ? null : new AstCache(Path.of(cacheDir));
    }

    /** {@code import a.b.c}: imports each package in turn and returns the leaf module. */
    @TruffleBoundary
    public Object importModule(String name, PDict globals, int level) {
        String absolute = level > 0 ? resolveRelative(name, globals, level) : name;
        Object imported = context.getModules().get(absolute);
        if (imported != null) { // as in CPython, a module in sys.modules is the answer (an import in a function body)
            return imported;
        }
        Object module = null;
        PModule parent = null;
        String prefix = null;
        for (String part : absolute.split("\\.")) {
            prefix = prefix == null ? part : prefix + "." + part;
            Object cached = context.getModules().get(prefix);
            if (cached != null) {
                module = cached;
            } else {
                module = load(prefix, parent);
                if (parent != null) {
                    parent.getGlobals().put(part, module);
                }
            }
            parent = module instanceof PModule m ? m : null;
        }
        return module;
    }

    /** The top-level package of a dotted name, for {@code import a.b} binding {@code a}. */
    @TruffleBoundary
    public Object topLevel(String name) {
        int dot = name.indexOf('.');
        return context.getModules().get(dot < 0 ? name : name.substring(0, dot));
    }

    private String resolveRelative(String name, PDict globals, int level) {
        Object pkg = globals.getStr("__package__");
        String base;
        if (pkg instanceof String s && !s.isEmpty()) {
            base = s;
        } else {
            Object modName = globals.getStr("__name__");
            boolean isPackage = globals.getStr("__path__") != null;
            base = modName instanceof String s ? (isPackage ? s : (s.contains(".") ? s.substring(0, s.lastIndexOf('.')) : "")) : "";
        }
        if (base.isEmpty()) {
            throw PythonErrors.create("ImportError", "attempted relative import with no known parent package");
        }
        String[] parts = base.split("\\.");
        if (level > parts.length) {
            throw PythonErrors.create("ImportError", "attempted relative import beyond top-level package");
        }
        String resolved = String.join(".", java.util.Arrays.copyOf(parts, parts.length - (level - 1)));
        return name == null || name.isEmpty() ? resolved : resolved + "." + name;
    }

    private Object load(String fullName, PModule parent) {
        if (parent == null && BuiltinRegistry.isBuiltinModule(fullName)) {
            PModule m = BuiltinRegistry.createModule(context, fullName);
            context.getModules().put(fullName, m);
            return m;
        }
        String simple = fullName.substring(fullName.lastIndexOf('.') + 1);
        Iterable<Object> searchPath;
        if (parent != null) {
            Object path = parent.getGlobals().getStr("__path__");
            if (path == null) {
                throw notFound(fullName, "'" + parent.getName() + "' is not a package");
            }
            searchPath = java.util.List.of(PyObjects.toArray(path));
        } else {
            Object sysPath = context.getSysModule().getGlobals().getStr("path");
            searchPath = java.util.List.of(sysPath instanceof PList l ? l.toArray() : new Object[0]);
        }
        for (Object entry : searchPath) {
            if (!(entry instanceof String dir)) {
                continue;
            }
            if (dir.startsWith(STDLIB_RESOURCE_ROOT)) {
                Object m = loadResource(fullName, dir.endsWith("/") ? dir + simple : dir + "/" + simple);
                if (m != null) {
                    return m;
                }
                continue;
            }
            TruffleFile base = context.getEnv().getPublicTruffleFile(dir.isEmpty() ? "." : dir);
            TruffleFile pkgInit = base.resolve(simple).resolve("__init__.py");
            if (pkgInit.isRegularFile()) {
                String path = pkgInit.getAbsoluteFile().getPath();
                return execute(fullName, fileSource(pkgInit, path), path, base.resolve(simple).getAbsoluteFile().getPath());
            }
            TruffleFile file = base.resolve(simple + ".py");
            if (file.isRegularFile()) {
                String path = file.getAbsoluteFile().getPath();
                return execute(fullName, fileSource(file, path), path, null);
            }
        }
        if (parent == null) {
            Object m = loadResource(fullName, STDLIB_RESOURCE_ROOT + simple);
            if (m != null) {
                return m;
            }
        }
        throw notFound(fullName, null);
    }

    private Object loadResource(String fullName, String resourceBase) {
        String packageInit = resourceBase + "/__init__.py";
        String text = readResource(packageInit);
        if (text != null) {
            return execute(fullName, resourceSource(packageInit, text), packageInit, resourceBase);
        }
        text = readResource(resourceBase + ".py");
        if (text != null) {
            return execute(fullName, resourceSource(resourceBase + ".py", text), resourceBase + ".py", null);
        }
        return null;
    }

    /**
     * Reads a bundled stdlib source. The stdlib is another jar (an automatic module when run
     * from the module path), so the class loader, not this class, must look it up.
     */
    private static String readResource(String path) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        try (InputStream in = ModuleImporter.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static Source resourceSource(String path, String text) {
        return Source.newBuilder(GilpyLanguage.ID, text, path).build();
    }

    private Source fileSource(TruffleFile file, String displayPath) {
        try {
            return Source.newBuilder(GilpyLanguage.ID, file).name(displayPath).build();
        } catch (IOException e) {
            throw PythonErrors.create("ImportError", e.getMessage());
        }
    }

    private static RuntimeException notFound(String name, String detail) {
        var e = PythonErrors.create("ModuleNotFoundError", "No module named '" + name + "'"
                + (detail == null ? "" : "; " + detail));
        e.getPythonException().getOrCreateDict().put("name", name);
        return e;
    }

    /** Runs the main script as {@code __main__}; {@code file} is null for {@code -c} code. */
    public void executeMain(Source source, String file) {
        PDict globals = new PDict();
        PModule module = new PModule("__main__", globals);
        if (file != null) {
            globals.put("__file__", file);
        }
        globals.put("__doc__", PNone.NONE);
        globals.put("__builtins__", context.getBuiltinsModule());
        globals.put("__package__", PNone.NONE);
        context.getModules().put("__main__", module);
        run(source, globals);
    }

    /**
     * A spawned child process's view of the parent's main script: runs the file as module
     * {@code name} ({@code __mp_main__}), which is also {@code sys.modules['__main__']}, so
     * the script's {@code if __name__ == "__main__":} block does not run again.
     */
    public PModule runFileAsMainAlias(String name, String path) {
        TruffleFile file = context.getEnv().getPublicTruffleFile(path);
        PDict globals = new PDict();
        PModule module = new PModule(name, globals);
        globals.put("__file__", path);
        globals.put("__doc__", PNone.NONE);
        globals.put("__builtins__", context.getBuiltinsModule());
        globals.put("__package__", PNone.NONE);
        context.getModules().put(name, module);
        context.getModules().put("__main__", module);
        run(fileSource(file, path), globals);
        return module;
    }

    /** {@code python -m name}: finds the module's source and runs it as {@code __main__}. */
    public void runModuleAsMain(String name) {
        Object sysPath = context.getSysModule().getGlobals().getStr("path");
        String simple = name.replace('.', '/');
        for (Object entry : sysPath instanceof PList l ? l.toArray() : new Object[0]) {
            if (entry instanceof String dir) {
                String text = dir.startsWith(STDLIB_RESOURCE_ROOT) ? readResource(dir + simple + ".py") : null;
                if (text != null) {
                    executeMain(resourceSource(dir + simple + ".py", text), dir + simple + ".py");
                    return;
                }
                TruffleFile file = context.getEnv().getPublicTruffleFile(dir.isEmpty() ? "." : dir).resolve(simple + ".py");
                if (!dir.startsWith(STDLIB_RESOURCE_ROOT) && file.isRegularFile()) {
                    String path = file.getAbsoluteFile().getPath();
                    executeMain(fileSource(file, path), path);
                    return;
                }
            }
        }
        throw PythonErrors.create("ModuleNotFoundError", "No module named '" + name + "'");
    }

    /** Creates, registers and runs a module from source; on failure it is removed again. */
    public PModule execute(String name, Source source, String file, String packagePath) {
        PDict globals = new PDict();
        PModule module = new PModule(name, globals);
        globals.put("__file__", file);
        globals.put("__doc__", PNone.NONE);
        globals.put("__builtins__", context.getBuiltinsModule());
        if (packagePath != null) {
            PList path = new PList();
            path.append(packagePath);
            globals.put("__path__", path);
            globals.put("__package__", name);
        } else {
            globals.put("__package__", name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
        }
        context.getModules().put(name, module);
        try {
            run(source, globals);
        } catch (RuntimeException e) {
            context.getModules().remove(name);
            throw e;
        }
        return module;
    }

    /**
     * {@code exec(code, globals, locals)} and {@code eval(...)}: runs source text in the given
     * namespaces and returns the value (None for exec).
     */
    public Object runCode(String code, String filename, PDict globals, PDict locals, boolean evaluate) {
        if (globals.getStr("__builtins__") == null) {
            globals.put("__builtins__", context.getBuiltinsModule());
        }
        Source source = Source.newBuilder(GilpyLanguage.ID, code, filename).build();
        boolean separate = locals != globals;
        RootCallTarget target = evaluate
                ? NodeTranslator.translateCode(context.getLanguage(), source, null, SourceParser.parseExpression(source), separate)
                : NodeTranslator.translateCode(context.getLanguage(), source, SourceParser.parseModule(source), null, separate);
        PFunction fn = new PFunction("<module>", "<module>", target, Signature.positional(), globals, null, null, null, false);
        return separate ? target.call(fn, locals) : target.call(fn);
    }

    /** Parses and runs module code in the given globals. */
    public void run(Source source, PDict globals) {
        run(source, globals, false);
    }

    /** @param interactive echo the values of top-level expression statements (the prompt) */
    public void run(Source source, PDict globals, boolean interactive) {
        List<Stmt> body = interactive || astCache == null ? SourceParser.parseModule(source) : astCache.parseModule(source);
        RootCallTarget target = NodeTranslator.translateModule(context.getLanguage(), source, body, interactive);
        PFunction moduleFunction = new PFunction("<module>", "<module>", target, Signature.positional(), globals, null,
                null, null, false);
        target.call(moduleFunction);
    }
}

package org.gilpy.builtins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.NodeFactory;

import org.gilpy.GilpyContext;
import org.gilpy.GilpyLanguage;
import org.gilpy.runtime.PBuiltinFunction;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PModule;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.PythonTypes;
import org.gilpy.runtime.Signature;

/**
 * The one list of everything built into gilpy in Java: the built-in modules and the method
 * tables of the built-in types. Adding a Java module means adding it to {@link #MODULES};
 * nothing is discovered by scanning.
 */
public final class BuiltinRegistry {
    /** Java-implemented modules, importable by name. */
    private static final List<BuiltinModule> MODULES = List.of(
            new BuiltinFunctions(),
            new SysModule(),
            new MathModule(),
            new TimeModule(),
            new OsModule(),
            new ThreadModule(),
            new NioModule(),
            new ProcessModule(),
            new CollectionsModule(),
            new RandomModule(),
            new HashlibModule(),
            new WeakrefModule(),
            new GcModule(),
            new PosixPathModule());

    /** Methods of built-in types. */
    private static final List<TypeMethods> TYPE_METHODS = List.of(
            new ObjectMethods(),
            new TypeTypeMethods(),
            new IntMethods(),
            new FloatMethods(),
            new StrMethods(),
            new ListMethods(),
            new TupleMethods(),
            new DictMethods(),
            new SetMethods(),
            new ExceptionMethods(),
            new ExceptionGroupMethods(),
            new FileMethods(),
            new GeneratorMethods(),
            new AsyncGeneratorMethods(),
            new LockMethods(),
            new DequeMethods(),
            new RandomMethods(),
            new WeakrefMethods(),
            new TimeModule.StructTimeMethods(),
            new OsModule.UnameResultMethods(),
            new MiscTypeMethods.Range(),
            new MiscTypeMethods.Slice(),
            new BytesMethods(),
            new MiscTypeMethods.Functions(),
            new MiscTypeMethods.Descriptors());

    private static final Map<String, BuiltinModule> BY_NAME = new LinkedHashMap<>();

    static {
        for (BuiltinModule m : MODULES) {
            BY_NAME.put(m.name(), m);
        }
    }

    private BuiltinRegistry() {
    }

    public static boolean isBuiltinModule(String name) {
        return BY_NAME.containsKey(name);
    }

    public static java.util.Set<String> moduleNames() {
        return BY_NAME.keySet();
    }

    public static void installTypeMethods(GilpyLanguage language, PythonTypes types) {
        for (TypeMethods methods : TYPE_METHODS) {
            PythonClass cls = methods.type(types);
            for (NodeFactory<? extends BuiltinNode> f : methods.factories()) {
                PBuiltinFunction fn = create(language, types, f, cls.getName() + ".");
                cls.getNamespace().put(fn.getName(), fn);
            }
            methods.installMore(language, types, cls);
        }
        MiscTypeMethods.installWrappers(types, f -> create(language, types, f, "builtins."));
        MiscTypeMethods.finishTypes(types);
    }

    public static PModule createBuiltinsModule(GilpyContext context) {
        return createModule(context, "builtins");
    }

    /** Creates a fresh instance of a Java module (each context has its own). */
    public static PModule createModule(GilpyContext context, String name) {
        BuiltinModule m = BY_NAME.get(name);
        PDict ns = new PDict();
        PModule module = new PModule(name, ns);
        PythonTypes types = context.getTypes();
        for (NodeFactory<? extends BuiltinNode> f : m.factories()) {
            PBuiltinFunction fn = create(context.getLanguage(), types, f, "");
            fn.setModule(name);
            ns.put(fn.getName(), fn);
        }
        m.initialize(context, ns);
        return module;
    }

    /** Frame slots of the parameters in the order the @Builtin declares them. */
    private static int[] declarationOrder(String params, Signature sig) {
        List<Integer> order = new ArrayList<>();
        int named = 0;
        for (String raw : params.split(",")) {
            String p = raw.trim();
            if (p.isEmpty() || p.equals("/") || p.equals("*")) {
                continue;
            }
            if (p.startsWith("**")) {
                order.add(sig.varKwargsSlot());
            } else if (p.startsWith("*")) {
                order.add(sig.varArgsSlot());
            } else {
                order.add(1 + named++);
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    static PBuiltinFunction create(GilpyLanguage language, PythonTypes types, NodeFactory<? extends BuiltinNode> f,
                                   String qualPrefix) {
        Builtin b = f.getNodeClass().getAnnotation(Builtin.class);
        if (b == null) {
            throw new IllegalStateException("missing @Builtin on " + f.getNodeClass());
        }
        return create(language, types, b.name(), qualPrefix, b.params(), b.doc(), b.classMethod(), f::createNode);
    }

    /**
     * A built-in from a ready-made node: for families of functions that differ only in the
     * operation they name (math's one-argument functions, str's predicates).
     */
    static PBuiltinFunction create(GilpyLanguage language, PythonTypes types, String name, String qualPrefix, String params,
                                   String doc, boolean classMethod, BuiltinNode node) {
        return create(language, types, name, qualPrefix, params, doc, classMethod, () -> node);
    }

    /** The function with its signature; its node and call target are made on the first call. */
    private static PBuiltinFunction create(GilpyLanguage language, PythonTypes types, String name, String qualPrefix,
                                           String params, String doc, boolean classMethod, Supplier<BuiltinNode> node) {
        Signature sig = Signature.parse(params);
        List<Object> defaults = new ArrayList<>();
        PDict kwDefaults = null;
        int positionalIndex = 0;
        for (String raw : params.split(",")) {
            String p = raw.trim();
            if (p.isEmpty() || p.equals("/") || p.startsWith("*")) {
                continue;
            }
            String pname = p.contains("=") ? p.substring(0, p.indexOf('=')).trim() : p;
            boolean optional = p.endsWith("=?");
            if (positionalIndex < sig.positional) {
                if (optional) {
                    defaults.add(PNone.NO_VALUE);
                } else if (!defaults.isEmpty()) {
                    throw new IllegalStateException("non-optional after optional in " + name);
                }
            } else if (optional) {
                if (kwDefaults == null) {
                    kwDefaults = new PDict();
                }
                kwDefaults.put(pname, PNone.NO_VALUE);
            }
            positionalIndex++;
        }
        Supplier<RootCallTarget> callTarget =
                () -> new BuiltinRootNode(language, node.get(), name, declarationOrder(params, sig)).getCallTarget();
        PBuiltinFunction fn = new PBuiltinFunction(types.builtinFunction, name, qualPrefix + name, callTarget,
                sig, defaults.toArray(), kwDefaults, doc.isEmpty() ? null : doc);
        fn.setClassMethod(classMethod);
        return fn;
    }
}

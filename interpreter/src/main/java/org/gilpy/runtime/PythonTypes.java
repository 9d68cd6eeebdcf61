package org.gilpy.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives;

import org.gilpy.GilpyLanguage;

/**
 * The built-in classes of one language instance: object, type, the value types, and the
 * exception hierarchy. Their methods are added afterwards by the built-in method modules
 * (see {@code BuiltinRegistry}); this class only creates the class objects and their
 * inheritance, in one place.
 *
 * <p>Built-in types belong to the language instance, not to a context, because their
 * methods hold call targets; they are immutable from Python, so contexts share them.
 */
public final class PythonTypes {
    public final PythonClass type;
    public final PythonClass object;
    public final PythonClass int_;
    public final PythonClass bool;
    public final PythonClass float_;
    public final PythonClass complex;
    public final PythonClass str;
    public final PythonClass bytes;
    public final PythonClass bytearray;
    public final PythonClass list;
    public final PythonClass tuple;
    public final PythonClass dict;
    public final PythonClass set;
    public final PythonClass frozenset;
    public final PythonClass range;
    public final PythonClass slice;
    public final PythonClass noneType;
    public final PythonClass notImplementedType;
    public final PythonClass ellipsisType;
    public final PythonClass function;
    public final PythonClass builtinFunction;
    public final PythonClass method;
    public final PythonClass module;
    public final PythonClass property;
    public final PythonClass staticmethod;
    public final PythonClass classmethod;
    public final PythonClass superType;
    public final PythonClass traceback;
    public final PythonClass generator;
    public final PythonClass coroutine;
    public final PythonClass asyncGenerator;
    /** What asend(), athrow(), aclose() and __anext__() return (CPython: async_generator_asend/athrow). */
    public final PythonClass asyncGeneratorStep;
    public final PythonClass coroutineWrapper;
    public final PythonClass lock;
    public final PythonClass rlock;
    public final PythonClass iterator;
    public final PythonClass deque;
    public final PythonClass random;
    public final PythonClass structTime;
    public final PythonClass weakref;
    public final PythonClass unameResult;
    public final PythonClass channel;
    public final PythonClass code;
    public final PythonClass frame;
    public final PythonClass selector;
    public final PythonClass childProcess;
    public final PythonClass messagePort;
    public final PythonClass sharedSemaphore;
    public final PythonClass sharedMemory;
    public final PythonClass dictKeys;
    public final PythonClass dictValues;
    public final PythonClass dictItems;
    public final PythonClass textFile;
    public final PythonClass binaryFile;
    public final PythonClass baseException;
    /** The exceptions that generators and iteration raise on every step get fields of their own. */
    public final PythonClass stopIteration;
    public final PythonClass stopAsyncIteration;
    public final PythonClass generatorExit;
    private final Map<String, PythonClass> exceptions = new LinkedHashMap<>();
    private final Map<String, PythonClass> byName = new LinkedHashMap<>();

    public PythonTypes() {
        PythonClass[] none = new PythonClass[0];
        object = new PythonClass(null, "object", none, PDict.bootstrap(), true);
        type = new PythonClass(null, "type", new PythonClass[]{object}, PDict.bootstrap(), true);
        object.setPythonClass(type);
        type.setPythonClass(type);
        dict = make("dict");
        for (PythonClass c : new PythonClass[]{object, type, dict}) {
            c.getNamespace().setPythonClass(dict);
        }
        byName.put("object", object);
        byName.put("type", type);
        int_ = make("int");
        bool = make("bool", int_);
        float_ = make("float");
        complex = make("complex");
        str = make("str");
        bytes = make("bytes");
        bytearray = make("bytearray");
        list = make("list");
        tuple = make("tuple");
        set = make("set");
        frozenset = make("frozenset");
        range = make("range");
        slice = make("slice");
        noneType = make("NoneType");
        notImplementedType = make("NotImplementedType");
        ellipsisType = make("ellipsis");
        function = make("function");
        builtinFunction = make("builtin_function_or_method");
        method = make("method");
        module = make("module");
        property = make("property");
        staticmethod = make("staticmethod");
        classmethod = make("classmethod");
        superType = make("super");
        traceback = make("traceback");
        generator = make("generator");
        coroutine = make("coroutine");
        asyncGenerator = make("async_generator");
        asyncGeneratorStep = make("async_generator_asend");
        coroutineWrapper = make("coroutine_wrapper");
        lock = inModule("_thread", "lock");
        rlock = inModule("_thread", "RLock");
        iterator = make("iterator");
        deque = inModule("collections", "deque");
        random = inModule("_random", "Random");
        weakref = inModule("weakref", "ReferenceType");
        // a class of the time module, as CPython's struct sequences are heap types: its own __repr__ is used
        structTime = new PythonClass(type, "struct_time", new PythonClass[]{tuple}, new PDict(dict), false);
        structTime.setModule("time");
        unameResult = new PythonClass(type, "uname_result", new PythonClass[]{tuple}, new PDict(dict), false);
        unameResult.setModule("posix");
        channel = inModule("_gilpy_nio", "channel");
        selector = inModule("_gilpy_nio", "selector");
        code = make("code");
        frame = make("frame");
        childProcess = inModule("_gilpy_process", "child_process");
        messagePort = inModule("_gilpy_process", "message_port");
        sharedSemaphore = inModule("_gilpy_process", "shared_semaphore");
        sharedMemory = inModule("_gilpy_process", "shared_memory");
        dictKeys = make("dict_keys");
        dictValues = make("dict_values");
        dictItems = make("dict_items");
        textFile = inModule("_io", "TextIOWrapper");
        binaryFile = inModule("_io", "BufferedReader");
        baseException = exception("BaseException", object);
        createExceptionHierarchy();
        stopIteration = exception("StopIteration");
        stopAsyncIteration = exception("StopAsyncIteration");
        generatorExit = exception("GeneratorExit");
    }

    /**
     * The built-in types of the language instance that runs the calling thread. Compiled code
     * reads them as a constant; code that runs out of line would pay a thread-local lookup on
     * every object it allocates, so while the JVM holds a single language instance (the usual
     * case: one per process) its types are also kept in {@link #sole}.
     */
    public static PythonTypes get() {
        if (!CompilerDirectives.inCompiledCode() && sole instanceof PythonTypes only) {
            return only;
        }
        return GilpyLanguage.get(null).getTypes();
    }

    private static final Object SEVERAL = new Object();
    private static volatile Object sole;

    /** Records the types of a new language instance; a second one turns {@link #sole} off. */
    public static synchronized void registerLanguageTypes(PythonTypes types) {
        sole = sole == null || sole == types ? types : SEVERAL;
    }

    /** A built-in type that CPython defines in another module than builtins (its repr and pickling say so). */
    private PythonClass inModule(String module, String name) {
        PythonClass cls = make(name);
        cls.setModule(module);
        return cls;
    }

    private PythonClass make(String name, PythonClass... bases) {
        PythonClass cls = new PythonClass(type, name, bases.length == 0 ? new PythonClass[]{object} : bases,
                new PDict(dict == null ? null : dict), true);
        byName.put(name, cls);
        return cls;
    }

    /** Exceptions whose instances have a layout of their own in CPython (extra C fields). */
    private static final java.util.Set<String> SOLID_EXCEPTIONS = java.util.Set.of("BaseException", "OSError",
            "SyntaxError", "ImportError", "StopIteration", "SystemExit", "UnicodeError", "AttributeError", "NameError",
            "BaseExceptionGroup");

    private PythonClass exception(String name, PythonClass... bases) {
        PythonClass cls = make(name, bases);
        if (!SOLID_EXCEPTIONS.contains(name) && bases.length == 1) {
            cls.shareLayoutOf(bases[0]); // so that class E(OSError, ValueError) is allowed, as in CPython
        }
        exceptions.put(name, cls);
        return cls;
    }

    private void exceptions(String base, String... names) {
        for (String n : names) {
            exception(n, exceptions.get(base));
        }
    }

    private void createExceptionHierarchy() {
        exceptions("BaseException", "BaseExceptionGroup", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "Exception");
        exceptions("Exception", "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError",
                "ImportError", "LookupError", "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError",
                "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning");
        exception("ExceptionGroup", exceptions.get("BaseExceptionGroup"), exceptions.get("Exception"));
        exceptions("ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError");
        exceptions("ImportError", "ModuleNotFoundError");
        exceptions("LookupError", "IndexError", "KeyError");
        exceptions("NameError", "UnboundLocalError");
        exceptions("OSError", "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError",
                "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
                "ProcessLookupError", "TimeoutError");
        exceptions("ConnectionError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
                "ConnectionResetError");
        exceptions("RuntimeError", "NotImplementedError", "RecursionError");
        exceptions("SyntaxError", "IndentationError");
        exceptions("IndentationError", "TabError");
        exceptions("ValueError", "UnicodeError");
        exceptions("UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError");
        exceptions("Warning", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
                "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning",
                "UnicodeWarning", "UserWarning");
    }

    /** The built-in exception class with this name; an internal error if there is none. */
    public PythonClass exception(String name) {
        PythonClass cls = exceptions.get(name);
        if (cls == null) {
            throw new IllegalArgumentException("no built-in exception " + name);
        }
        return cls;
    }

    public Map<String, PythonClass> exceptionClasses() {
        return exceptions;
    }

    /** Every built-in class by its Python name. */
    public Map<String, PythonClass> all() {
        return byName;
    }
}

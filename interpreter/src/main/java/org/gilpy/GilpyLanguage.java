package org.gilpy;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.ContextThreadLocal;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.nodes.root.MainRootNode;
import org.gilpy.runtime.PythonThreadState;
import org.gilpy.runtime.PythonTypes;

/**
 * gilpy: a Python 3.12 subset on Truffle with a real global interpreter lock.
 *
 * <h2>How a program runs</h2>
 * <ol>
 * <li>{@code parser.SourceParser} lexes and parses the source with the ANTLR grammar (module
 * {@code grammar/}), runs scope analysis, and translates the parse tree into Truffle nodes
 * ({@code org.gilpy.nodes}). Syntax errors become Python {@code SyntaxError}s.</li>
 * <li>Each module, function, class body and comprehension is its own {@code RootNode}; a
 * Python frame is a Truffle frame whose argument 0 is the running {@code PFunction} (which
 * gives the globals and closure cells).</li>
 * <li>Values: ints are {@code Long} or {@code PBigInt}, floats {@code Double}, bools
 * {@code Boolean}, strs {@code String}, None {@code PNone.NONE}; everything else is a
 * {@code PyObject} ({@code org.gilpy.runtime}). The generic semantics live in
 * {@code PyObjects}, {@code PyNumbers}, {@code PyCompare}, {@code PyItems} and
 * {@code PyCallables}; nodes specialise the hot cases and fall back to them.</li>
 * <li>Built-in modules and the methods of built-in types are Java classes in
 * {@code org.gilpy.builtins}, listed in one place, {@code BuiltinRegistry}. Python-level
 * modules ({@code threading}, {@code queue}, ...) are sources in module {@code stdlib/}.</li>
 * <li>The main program runs in {@link MainRootNode}, which prints uncaught exceptions the way
 * CPython does and turns {@code SystemExit} into the process exit status.</li>
 * </ol>
 *
 * <p>Built-in types belong to the language instance (their methods are call targets of this
 * engine); everything a program can change belongs to the {@link GilpyContext}.
 */
@TruffleLanguage.Registration(id = GilpyLanguage.ID, name = "Python (gilpy)", version = GilpyLanguage.VERSION,
        defaultMimeType = GilpyLanguage.MIME_TYPE, characterMimeTypes = GilpyLanguage.MIME_TYPE,
        fileTypeDetectors = {}, website = "https://example.invalid/gilpy",
        contextPolicy = TruffleLanguage.ContextPolicy.SHARED)
public final class GilpyLanguage extends TruffleLanguage<GilpyContext> {
    public static final String ID = "gilpy";
    public static final String VERSION = "3.12.0";
    public static final String MIME_TYPE = "text/x-python";

    @Option(help = "Run with the global interpreter lock (true) or without it (false).",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> GIL = new OptionKey<>(true);

    @Option(help = "Unbuffered standard output and error (python -u).", category = OptionCategory.USER,
            stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> Unbuffered = new OptionKey<>(false);

    @Option(help = "The executable name reported as sys.executable.", category = OptionCategory.INTERNAL,
            stability = OptionStability.STABLE)
    public static final OptionKey<String> Executable = new OptionKey<>("gilpy");

    @Option(help = "Run this module as __main__ instead of the evaluated source (python -m).",
            category = OptionCategory.INTERNAL, stability = OptionStability.STABLE)
    public static final OptionKey<String> RunModule = new OptionKey<>("");

    @Option(help = "Evaluated sources are inputs of the interactive prompt (set by the launcher's REPL).",
            category = OptionCategory.INTERNAL, stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> Interactive = new OptionKey<>(false);

    @Option(help = "Turn SIGINT (Ctrl-C) into KeyboardInterrupt in the main thread (set by the launcher).",
            category = OptionCategory.INTERNAL, stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> HandleSigint = new OptionKey<>(false);

    @Option(help = "Extra -X options as a comma-separated list (name or name=value).",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> XOptions = new OptionKey<>("");

    @Option(help = "A directory for parsed modules kept between runs (set by the launcher; empty: none).",
            category = OptionCategory.INTERNAL, stability = OptionStability.STABLE)
    public static final OptionKey<String> CacheDir = new OptionKey<>("");

    private static final LanguageReference<GilpyLanguage> REFERENCE = LanguageReference.create(GilpyLanguage.class);

    private final ContextThreadLocal<PythonThreadState> threadState = locals.createContextThreadLocal(
            (context, thread) -> new PythonThreadState(thread));
    private volatile PythonTypes types;

    public static GilpyLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    public PythonTypes getTypes() {
        return types;
    }

    public PythonThreadState getThreadState() {
        return threadState.get();
    }

    @Override
    protected GilpyContext createContext(Env env) {
        return new GilpyContext(this, env);
    }

    @Override
    protected void initializeContext(GilpyContext context) {
        if (types == null) {
            synchronized (this) {
                if (types == null) {
                    types = new PythonTypes();
                    PythonTypes.registerLanguageTypes(types);
                    context.installBuiltinTypeMethods();
                }
            }
        }
        context.initialize();
    }

    @Override
    protected void finalizeContext(GilpyContext context) {
        context.closeChildProcesses();
        context.flushStreams();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        GilpyContext context = GilpyContext.get(null);
        return new MainRootNode(this, request.getSource(), context).getCallTarget();
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new GilpyLanguageOptionDescriptors();
    }
}

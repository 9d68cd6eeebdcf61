package org.gilpy.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The {@code gilpy} command line, modelled on {@code python3}: {@code script.py args},
 * {@code -c cmd}, {@code -m module}, {@code -u}, {@code -V}, {@code -h}, {@code -X opt}.
 * Exit status: the program's (0, 1 for an uncaught exception, SystemExit's code), 2 for a
 * bad command line, 70 for an internal error (reported in one line, never a stack trace).
 */
public final class GilpyMain {
    static final String USAGE = "usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...";
    static final String HELP = USAGE + "\n"
            + "Options:\n"
            + "-c cmd : program passed in as string (terminates option list)\n"
            + "-h     : print this help message and exit (also -? or --help)\n"
            + "-m mod : run library module as a script (terminates option list)\n"
            + "-u     : force the stdout and stderr streams to be unbuffered\n"
            + "-V     : print the Python version number and exit (also --version)\n"
            + "-X opt : set implementation-specific option:\n"
            + "         -X gil=0|1     run without / with the global interpreter lock\n"
            + "         -X jit=0       run in the interpreter only (no Graal JIT)\n"
            + "         -X gilstats    print per-thread GIL statistics to stderr at exit\n"
            + "         -X processes   allow child processes (on by itself when the program\n"
            + "                        mentions multiprocessing or ProcessPoolExecutor)\n"
            + "file   : program read from script file\n"
            + "-      : program read from stdin\n"
            + "arg ...: arguments passed to program in sys.argv[1:]\n\n"
            + "Environment variables:\n"
            + "PYTHON_GIL : 0 to run without the GIL, 1 with it (-X gil wins)\n";

    private GilpyMain() {
    }

    public static void main(String[] args) {
        handleSigint = true;
        System.exit(run(args, System.in, System.out, System.err, System.getenv(), null));
    }

    /** Only the real command line turns Ctrl-C into KeyboardInterrupt (a JVM-wide signal handler). */
    private static boolean handleSigint;

    /**
     * Runs the command line; returns the exit status. Used by main() and by the tests, which
     * pass a working directory ({@code null}: the process's own).
     */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err, Map<String, String> env,
                          java.nio.file.Path cwd) {
        PrintStream errPrinter = new PrintStream(err, true);
        CommandLine cl;
        try {
            cl = CommandLine.parse(args, env);
        } catch (CommandLine.UsageError e) {
            errPrinter.println("gilpy: " + e.getMessage());
            errPrinter.println(USAGE);
            errPrinter.println("Try `gilpy -h' for more information.");
            return 2;
        }
        if (cl.help) {
            new PrintStream(out, true).print(HELP);
            return 0;
        }
        if (cl.version) {
            new PrintStream(out, true).println("Python 3.12.0 (gilpy)");
            return 0;
        }
        boolean interactive = cl.script == null && cl.command == null && cl.module == null && !cl.argv.contains("-")
                && (System.console() != null || env.containsKey("GILPY_FORCE_REPL"));
        Source source = null;
        try {
            if (!interactive) {
                source = cl.source(in, cwd);
            }
        } catch (IOException e) {
            errPrinter.println("gilpy: can't open file " + quote(cl.script) + ": [Errno 2] No such file or directory");
            return 2;
        }
        Context.Builder builder = Context.newBuilder("gilpy")
                .in(in).out(out).err(err)
                .allowAllAccess(true)
                .arguments("gilpy", cl.argv.toArray(new String[0]))
                .option("gilpy.GIL", String.valueOf(cl.gil))
                .option("gilpy.Unbuffered", String.valueOf(cl.unbuffered))
                .option("gilpy.XOptions", String.join(",", cl.xOptions))
                .option("engine.WarnInterpreterOnly", "false");
        if (usesProcesses(cl, source)) {
            // child processes are inner contexts that run the parent's code, which needs code
            // sharing; it costs single-threaded speed, so only programs that start processes get it
            builder.allowExperimentalOptions(true).option("engine.ForceCodeSharing", "true");
        }
        if (cl.module != null) {
            builder.option("gilpy.RunModule", cl.module);
        }
        if (interactive) {
            builder.option("gilpy.Interactive", "true");
        }
        if (handleSigint) {
            builder.option("gilpy.HandleSigint", "true");
        }
        if (cwd != null) {
            builder.currentWorkingDirectory(cwd.toAbsolutePath());
        }
        if (env.get("GILPY_CACHE_DIR") != null && !env.get("GILPY_CACHE_DIR").isEmpty()) {
            builder.option("gilpy.CacheDir", env.get("GILPY_CACHE_DIR"));
        }
        if (env.get("GILPY_EXECUTABLE") != null) {
            builder.option("gilpy.Executable", env.get("GILPY_EXECUTABLE"));
        }
        Context context = null;
        try {
            context = builder.build();
            if (interactive) {
                return Repl.run(context, in, new PrintStream(out, true));
            }
            Value status = context.eval(source);
            return status.asInt();
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            if (e.isCancelled() || e.isInterrupted()) {
                return 130;
            }
            errPrinter.println("gilpy: internal error: " + describe(e));
            return 70;
        } catch (IllegalArgumentException e) {
            errPrinter.println("gilpy: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            errPrinter.println("gilpy: " + e.getMessage());
            return 1;
        } finally {
            if (context != null) {
                // daemon threads may still run: the program is over, so cancel them
                context.close(true);
            }
        }
    }

    private static String describe(PolyglotException e) {
        String msg = e.getMessage();
        return msg == null ? e.getClass().getSimpleName() : msg.lines().findFirst().orElse(msg);
    }

    static String quote(String s) {
        return "'" + new File(s).getPath() + "'";
    }

    /**
     * Whether the program may start child processes: {@code -X processes}, or a main program
     * that mentions multiprocessing or a process pool (the modules it imports are not read).
     */
    static boolean usesProcesses(CommandLine cl, Source source) {
        if (cl.xOptions.contains("processes")) {
            return true;
        }
        if (cl.module != null) {
            return cl.module.startsWith("multiprocessing") || cl.module.startsWith("concurrent");
        }
        if (source == null) {
            return false;
        }
        CharSequence text = source.getCharacters();
        String code = text.toString();
        return code.contains("multiprocessing") || code.contains("ProcessPool");
    }

    /** The parsed command line. */
    static final class CommandLine {
        boolean help;
        boolean version;
        boolean unbuffered;
        boolean gil = true;
        String command;
        String module;
        String script;
        final List<String> argv = new ArrayList<>();
        final List<String> xOptions = new ArrayList<>();

        static final class UsageError extends Exception {
            private static final long serialVersionUID = 1L;

            UsageError(String message) {
                super(message);
            }
        }

        static CommandLine parse(String[] args, Map<String, String> env) throws UsageError {
            CommandLine cl = new CommandLine();
            String envGil = env.get("PYTHON_GIL");
            if (envGil != null && !envGil.isEmpty()) {
                cl.gil = parseGil(envGil, "PYTHON_GIL");
            }
            int i = 0;
            while (i < args.length) {
                String a = args[i];
                if (a.equals("-c")) {
                    if (i + 1 >= args.length) {
                        throw new UsageError("Argument expected for the -c option");
                    }
                    cl.command = args[i + 1];
                    cl.argv.add("-c");
                    addRest(cl, args, i + 2);
                    return cl;
                } else if (a.equals("-m")) {
                    if (i + 1 >= args.length) {
                        throw new UsageError("Argument expected for the -m option");
                    }
                    cl.module = args[i + 1];
                    cl.argv.add(args[i + 1]);
                    addRest(cl, args, i + 2);
                    return cl;
                } else if (a.equals("-h") || a.equals("--help") || a.equals("-?")) {
                    cl.help = true;
                    return cl;
                } else if (a.equals("-V") || a.equals("--version")) {
                    cl.version = true;
                    return cl;
                } else if (a.equals("-u")) {
                    cl.unbuffered = true;
                } else if (a.equals("-X")) {
                    if (i + 1 >= args.length) {
                        throw new UsageError("Argument expected for the -X option");
                    }
                    cl.xOption(args[++i]);
                } else if (a.startsWith("-X")) {
                    cl.xOption(a.substring(2));
                } else if (a.equals("-")) {
                    cl.argv.add("-");
                    addRest(cl, args, i + 1);
                    return cl;
                } else if (a.startsWith("-") && a.length() > 1) {
                    throw new UsageError("Unknown option: " + a);
                } else {
                    cl.script = a;
                    cl.argv.add(a);
                    addRest(cl, args, i + 1);
                    return cl;
                }
                i++;
            }
            cl.argv.add("");
            return cl;
        }

        private static void addRest(CommandLine cl, String[] args, int from) {
            for (int k = from; k < args.length; k++) {
                cl.argv.add(args[k]);
            }
        }

        private void xOption(String opt) throws UsageError {
            if (opt.startsWith("gil=")) {
                gil = parseGil(opt.substring(4), "-X gil");
            } else if (!opt.startsWith("jit=")) {
                xOptions.add(opt);
            }
        }

        private static boolean parseGil(String value, String where) throws UsageError {
            return switch (value) {
                case "0" -> false;
                case "1" -> true;
                default -> throw new UsageError(where + "=" + value + " is not supported; use 0 or 1");
            };
        }

        Source source(InputStream in, java.nio.file.Path cwd) throws IOException {
            if (command != null) {
                return Source.newBuilder("gilpy", command, "<string>").build();
            }
            if (module != null) {
                return Source.newBuilder("gilpy", "", "<run_module>").build();
            }
            if (script == null) {
                return Source.newBuilder("gilpy", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                        "<stdin>").build();
            }
            File f = cwd == null || new File(script).isAbsolute() ? new File(script) : cwd.resolve(script).toFile();
            if (!f.isFile()) {
                throw new IOException(script);
            }
            // Like CPython 3.9+, code objects and tracebacks of the main script use its absolute path.
            return Source.newBuilder("gilpy", f).name(f.getAbsoluteFile().toPath().normalize().toString()).build();
        }
    }
}

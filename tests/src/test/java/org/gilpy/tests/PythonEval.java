package org.gilpy.tests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;

/**
 * One long-lived gilpy context for property tests: evaluates a snippet as a fresh
 * {@code __main__} and returns what it printed. Not thread-safe; properties run serially.
 */
final class PythonEval {
    private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
    private static final ByteArrayOutputStream ERR = new ByteArrayOutputStream();
    private static Context context;
    private static Context sharedContext;

    private PythonEval() {
    }

    static synchronized String run(String code) {
        if (context == null) {
            context = Context.newBuilder("gilpy").out(OUT).err(ERR).allowAllAccess(true)
                    .option("engine.WarnInterpreterOnly", "false").build();
        }
        return run(context, code);
    }

    /** {@link #run} in a context with code sharing, as the launcher gives programs that start processes. */
    static synchronized String runWithProcesses(String code) {
        if (sharedContext == null) {
            sharedContext = Context.newBuilder("gilpy").out(OUT).err(ERR).allowAllAccess(true)
                    .option("engine.WarnInterpreterOnly", "false")
                    .allowExperimentalOptions(true).option("engine.ForceCodeSharing", "true").build();
        }
        return run(sharedContext, code);
    }

    private static String run(Context context, String code) {
        OUT.reset();
        ERR.reset();
        int status = context.eval(Source.create("gilpy", code)).asInt();
        if (status != 0) {
            throw new AssertionError("snippet failed (" + status + "): " + ERR.toString(StandardCharsets.UTF_8) + "\n" + code);
        }
        return OUT.toString(StandardCharsets.UTF_8);
    }

    /** A Python string literal for any Java string, escaping every non-alphanumeric character. */
    static String literal(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append("'").toString();
    }
}

package org.gilpy.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The interactive prompt: reads one statement at a time ({@code >>>}, then {@code ...} while
 * a block or bracket is open) and evaluates it in the context's persistent {@code __main__}.
 * Ends at end of input or with the status of SystemExit.
 */
final class Repl {
    private Repl() {
    }

    static int run(Context context, java.io.InputStream in, PrintStream out) throws IOException {
        out.println("Python 3.12.0 (gilpy) on linux");
        out.println("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        while (true) {
            String code = readStatement(reader, out);
            if (code == null) {
                out.println();
                return 0;
            }
            if (code.isBlank()) {
                continue;
            }
            try {
                int status = context.eval(Source.newBuilder("gilpy", code, "<stdin>").build()).asInt();
                if (status >= 0) {
                    return status;
                }
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    return e.getExitStatus();
                }
                out.println("gilpy: internal error: " + e.getMessage());
            }
        }
    }

    /** One complete input: a simple statement, or a block ended by an empty line. */
    private static String readStatement(BufferedReader reader, PrintStream out) throws IOException {
        out.print(">>> ");
        out.flush();
        String first = reader.readLine();
        if (first == null) {
            return null;
        }
        StringBuilder code = new StringBuilder(first).append('\n');
        boolean block = first.stripTrailing().endsWith(":");
        while (block || openBrackets(code) > 0 || first.endsWith("\\")) {
            out.print("... ");
            out.flush();
            String line = reader.readLine();
            if (line == null || (block && line.isBlank() && openBrackets(code) == 0)) {
                break;
            }
            code.append(line).append('\n');
            first = line;
            if (!block && openBrackets(code) == 0 && !line.endsWith("\\")) {
                break;
            }
        }
        return code.toString();
    }

    /** Bracket depth outside string literals and comments (a heuristic, as CPython's codeop). */
    private static int openBrackets(CharSequence code) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#') {
                while (i < code.length() && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        return depth;
    }
}

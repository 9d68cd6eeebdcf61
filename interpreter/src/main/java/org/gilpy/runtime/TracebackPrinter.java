package org.gilpy.runtime;

import java.util.IdentityHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Formats exceptions exactly as CPython's default excepthook does: the chained causes and
 * contexts first, then "Traceback (most recent call last):", one File/line/in entry with
 * its source line per frame, and the summary line; SyntaxErrors show the line and a caret.
 */
public final class TracebackPrinter {
    private TracebackPrinter() {
    }

    @TruffleBoundary
    public static String format(PBaseException exc) {
        StringBuilder sb = new StringBuilder();
        formatChain(exc, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void formatChain(PBaseException exc, StringBuilder sb, Map<PBaseException, Boolean> seen) {
        seen.put(exc, Boolean.TRUE);
        PBaseException cause = exc.getCause();
        PBaseException context = exc.getContext();
        if (cause != null && !seen.containsKey(cause)) {
            formatChain(cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context != null && !exc.isSuppressContext() && !seen.containsKey(context)) {
            formatChain(context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        formatOne(exc, sb);
    }

    private static void formatOne(PBaseException exc, StringBuilder sb) {
        PTraceback tb = exc.getTraceback();
        if (tb != null) {
            sb.append("Traceback (most recent call last):\n");
            for (PTraceback t = tb; t != null; t = t.getNext()) {
                sb.append("  File \"").append(t.getFileName()).append("\", line ").append(t.getLine())
                        .append(", in ").append(t.getFunctionName()).append('\n');
                String line = sourceLine(t.getSection());
                if (line != null && !line.isBlank()) {
                    sb.append("    ").append(line.strip()).append('\n');
                }
            }
        }
        if (PyObjects.isInstance(exc, PythonTypes.get().exception("SyntaxError")) && exc.getDict() != null
                && exc.getDict().getStr("lineno") != null) {
            formatSyntaxError(exc, sb);
            return;
        }
        sb.append(PyObjects.exceptionSummary(exc)).append('\n');
    }

    private static void formatSyntaxError(PBaseException exc, StringBuilder sb) {
        PDict d = exc.getDict();
        sb.append("  File \"").append(PyObjects.str(d.getStr("filename"))).append("\", line ")
                .append(PyObjects.str(d.getStr("lineno"))).append('\n');
        Object text = d.getStr("text");
        if (text instanceof String s) {
            String line = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
            String stripped = line.stripLeading();
            int indent = line.length() - stripped.length();
            sb.append("    ").append(stripped).append('\n');
            if (d.getStr("offset") instanceof Long offset) {
                long end = d.getStr("end_offset") instanceof Long e && e > offset ? e : offset + 1;
                sb.append("    ").append(" ".repeat((int) Math.max(0, offset - 1 - indent)))
                        .append("^".repeat((int) Math.max(1, end - offset))).append('\n');
            }
        }
        String name = exc.getPythonClass().getName();
        Object msg = d.getStr("msg");
        sb.append(name).append(": ").append(msg == null ? "" : PyObjects.str(msg)).append('\n');
    }

    private static String sourceLine(SourceSection section) {
        if (section == null || !section.isAvailable() || !section.getSource().hasCharacters()
                || section.getSource().getName().startsWith("<")) {
            return null; // like CPython, no source lines for <string>, <stdin> and friends
        }
        int line = section.getStartLine();
        if (line < 1 || line > section.getSource().getLineCount()) {
            return null;
        }
        return section.getSource().getCharacters(line).toString();
    }
}

package org.gilpy.runtime;

import java.util.IdentityHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Formats exceptions exactly as CPython's default excepthook does: the chained causes and
 * contexts first, then "Traceback (most recent call last):", one File/line/in entry with
 * its source line per frame, and the summary line; SyntaxErrors show the line and a caret.
 * Exception groups print their members in numbered boxes behind a margin, nested groups
 * inside their parents' boxes.
 */
public final class TracebackPrinter {
    private TracebackPrinter() {
    }

    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /** Where the printer is inside nested exception groups, as CPython's traceback module tracks it. */
    private static final class Context {
        final Map<PBaseException, Boolean> seen = new IdentityHashMap<>();
        final StringBuilder out = new StringBuilder();
        int groupDepth;
        boolean needClose;

        String indent() {
            return "  ".repeat(groupDepth);
        }

        /** Writes every line of {@code text} behind the group margin ('|', or '+' for a group's first line). */
        void emit(String text, char margin) {
            String prefix = groupDepth > 0 ? indent() + margin + " " : "";
            int start = 0;
            while (start < text.length()) {
                int end = text.indexOf('\n', start);
                end = end < 0 ? text.length() : end + 1;
                out.append(prefix).append(text, start, end);
                start = end;
            }
        }
    }

    @TruffleBoundary
    public static String format(PBaseException exc) {
        Context ctx = new Context();
        formatChain(exc, ctx);
        return ctx.out.toString();
    }

    private static void formatChain(PBaseException exc, Context ctx) {
        ctx.seen.put(exc, Boolean.TRUE);
        PBaseException cause = exc.getCause();
        PBaseException context = exc.getContext();
        if (cause != null && !ctx.seen.containsKey(cause)) {
            formatChain(cause, ctx);
            ctx.emit("\nThe above exception was the direct cause of the following exception:\n\n", '|');
        } else if (context != null && !exc.isSuppressContext() && !ctx.seen.containsKey(context)) {
            formatChain(context, ctx);
            ctx.emit("\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        }
        if (exc.getGroupExceptions() == null) {
            if (exc.getTraceback() != null) {
                ctx.emit("Traceback (most recent call last):\n" + stack(exc.getTraceback()), '|');
            }
            ctx.emit(summary(exc), '|');
        } else if (ctx.groupDepth > MAX_GROUP_DEPTH) {
            ctx.emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", '|');
        } else {
            formatGroup(exc, ctx);
        }
    }

    /** A group's own traceback and summary, then each member in a numbered, indented box. */
    private static void formatGroup(PBaseException group, Context ctx) {
        boolean topLevel = ctx.groupDepth == 0;
        if (topLevel) {
            ctx.groupDepth++;
        }
        if (group.getTraceback() != null) {
            ctx.emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            ctx.emit(stack(group.getTraceback()), '|');
        }
        ctx.emit(summary(group), '|');
        Object[] members = group.getGroupExceptions().getItems();
        int shown = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < shown; i++) {
            boolean last = i == shown - 1;
            if (last) {
                ctx.needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            ctx.out.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                    .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
            ctx.groupDepth++;
            if (truncated) {
                int remaining = members.length - MAX_GROUP_WIDTH;
                ctx.emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", '|');
            } else {
                formatChain((PBaseException) members[i], ctx);
            }
            if (last && ctx.needClose) {
                ctx.out.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.groupDepth--;
        }
        if (topLevel) {
            ctx.groupDepth = 0;
        }
    }

    private static String stack(PTraceback tb) {
        StringBuilder sb = new StringBuilder();
        for (PTraceback t = tb; t != null; t = t.getNext()) {
            sb.append("  File \"").append(t.getFileName()).append("\", line ").append(t.getLine())
                    .append(", in ").append(t.getFunctionName()).append('\n');
            String line = sourceLine(t.getSection());
            if (line != null && !line.isBlank()) {
                sb.append("    ").append(line.strip()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String summary(PBaseException exc) {
        StringBuilder sb = new StringBuilder();
        if (PyObjects.isInstance(exc, PythonTypes.get().exception("SyntaxError")) && exc.getDict() != null
                && exc.getDict().getStr("lineno") != null) {
            formatSyntaxError(exc, sb);
        } else {
            sb.append(PyObjects.exceptionSummary(exc)).append('\n');
        }
        return sb.toString();
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

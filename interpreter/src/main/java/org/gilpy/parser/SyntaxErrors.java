package org.gilpy.parser;

import com.oracle.truffle.api.source.Source;

import org.gilpy.runtime.PBaseException;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PException;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PTuple;
import org.gilpy.runtime.PythonTypes;

/**
 * Builds SyntaxError/IndentationError objects the way CPython fills them (msg, filename,
 * lineno, offset, text), for errors found by the parser and by the later compile checks.
 */
final class SyntaxErrors {
    private SyntaxErrors() {
    }

    /** @param column 1-based; negative when CPython shows no caret */
    /** A SyntaxError found after parsing, with carets under the node at {@code pos} as CPython's compiler puts them. */
    static PException atNode(Source source, String message, org.gilpy.parser.ast.Pos pos) {
        int column = pos.column() + 1;
        int lineEnd = source.hasCharacters() && pos.line() <= source.getLineCount()
                ? source.getLineStartOffset(pos.line()) + source.getLineLength(pos.line()) : pos.end();
        int end = column + Math.max(1, Math.min(pos.end(), lineEnd) - pos.start());
        return create(source, "SyntaxError", message, pos.line(), column, end, !source.getName().startsWith("<"));
    }

    static PException create(Source source, String className, String message, int line, int column) {
        return create(source, className, message, line, column, column, true);
    }

    /**
     * @param endColumn  1-based end of the marked range (the caret line spans column..endColumn)
     * @param withText   false for the compiler's own checks on {@code <string>} code, where
     *                   CPython has no source text to show
     */
    static PException create(Source source, String className, String message, int line, int column, int endColumn,
                             boolean withText) {
        String lineText = withText ? lineText(source, line) : null;
        String filename = source.getName();
        Object text = lineText == null ? PNone.NONE : lineText + "\n";
        Object offset = column < 0 ? PNone.NONE : (Object) (long) column;
        Object endOffset = column < 0 ? PNone.NONE : (Object) (long) Math.max(column, endColumn);
        PTuple details = new PTuple(new Object[]{filename, (long) line, offset, text, (long) line, endOffset});
        PBaseException exc = new PBaseException(PythonTypes.get().exception(className), new PTuple(new Object[]{message, details}));
        PDict dict = exc.getOrCreateDict();
        dict.put("msg", message);
        dict.put("filename", filename);
        dict.put("lineno", (long) line);
        dict.put("offset", offset);
        dict.put("text", text);
        dict.put("end_lineno", (long) line);
        dict.put("end_offset", endOffset);
        return new PException(exc, null);
    }

    private static String lineText(Source source, int line) {
        if (!source.hasCharacters() || line < 1 || line > source.getLineCount()) {
            return null;
        }
        return source.getCharacters(line).toString();
    }
}

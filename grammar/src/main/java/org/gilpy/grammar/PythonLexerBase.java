package org.gilpy.grammar;

import java.util.ArrayDeque;
import java.util.Deque;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * Turns Python's physical lines into the logical-line tokens the parser wants: NEWLINE at
 * the end of each logical line, INDENT and DEDENT where indentation changes. Python's layout
 * rules depend on state (bracket depth, the indentation stack) that a lexer grammar cannot
 * express without actions, so this base class watches the token stream instead.
 *
 * <p>The grammar's NEWLINE token carries the next line's leading white space; this class
 * drops NEWLINEs inside brackets and on blank or comment-only lines and measures the rest.
 */
public abstract class PythonLexerBase extends Lexer {
    private static final int TAB_SIZE = 8;

    private final Deque<Token> pending = new ArrayDeque<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private int bracketDepth;
    /** True while the current logical line has produced no token yet. */
    private boolean atLineStart = true;
    private boolean seenAnyToken;
    /**
     * The first line break after the current logical line's last token: its NEWLINE stands
     * there, as CPython's does, even when blank lines or the end of input come before it is made.
     */
    private Token lineEnd;

    protected PythonLexerBase(CharStream input) {
        super(input);
    }

    @Override
    public Token nextToken() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        Token token = super.nextToken();
        switch (token.getType()) {
            case PythonLexer.NEWLINE:
                return onNewline(token);
            case Token.EOF:
                return onEof(token);
            case PythonLexer.OPEN_PAREN, PythonLexer.OPEN_BRACK, PythonLexer.OPEN_BRACE:
                bracketDepth++;
                break;
            case PythonLexer.CLOSE_PAREN, PythonLexer.CLOSE_BRACK, PythonLexer.CLOSE_BRACE:
                if (bracketDepth > 0) {
                    bracketDepth--;
                }
                break;
            default:
                break;
        }
        if (!seenAnyToken && token.getCharPositionInLine() > 0) {
            throw new LayoutError("unexpected indent", token.getLine(), 0);
        }
        seenAnyToken = true;
        atLineStart = false;
        lineEnd = null;
        return token;
    }

    private Token onNewline(Token token) {
        if (bracketDepth == 0 && !atLineStart && lineEnd == null) {
            lineEnd = token;
        }
        if (bracketDepth > 0 || atLineStart || isBlankLineAhead()) {
            return nextToken();
        }
        atLineStart = true;
        Token newline = makeToken(PythonLexer.NEWLINE, "\n", lineEnd);
        int width = indentationWidth(token.getText());
        int current = indents.isEmpty() ? 0 : indents.peek();
        if (width > current) {
            indents.push(width);
            pending.add(makeToken(PythonLexer.INDENT, "<INDENT>", token));
        } else {
            while (width < current) {
                indents.pop();
                current = indents.isEmpty() ? 0 : indents.peek();
                pending.add(makeToken(PythonLexer.DEDENT, "<DEDENT>", token));
            }
            if (width != current) {
                throw new LayoutError("unindent does not match any outer indentation level",
                        token.getLine() + 1, width);
            }
        }
        return newline;
    }

    private Token onEof(Token eof) {
        if (!atLineStart) {
            atLineStart = true;
            pending.add(makeToken(PythonLexer.NEWLINE, "\n", lineEnd != null ? lineEnd : eof));
        }
        while (!indents.isEmpty()) {
            indents.pop();
            pending.add(makeToken(PythonLexer.DEDENT, "<DEDENT>", eof));
        }
        pending.add(eof);
        return pending.poll();
    }

    /** The line after this NEWLINE is empty or holds only a comment, or the input ends. */
    private boolean isBlankLineAhead() {
        int next = _input.LA(1);
        return next == '\r' || next == '\n' || next == '\f' || next == '#' || next == CharStream.EOF;
    }

    private static int indentationWidth(String newlineText) {
        int width = 0;
        for (int i = 0; i < newlineText.length(); i++) {
            char c = newlineText.charAt(i);
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width = (width / TAB_SIZE + 1) * TAB_SIZE;
            } else {
                width = 0; // the line break itself, or a form feed
            }
        }
        return width;
    }

    private Token makeToken(int type, String text, Token at) {
        return _factory.create(_tokenFactorySourcePair, type, text, Token.DEFAULT_CHANNEL,
                at.getStartIndex(), at.getStartIndex() - 1, at.getLine(), at.getCharPositionInLine());
    }

    /** An indentation error found while lexing; the interpreter reports it as IndentationError. */
    public static final class LayoutError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final int line;
        public final int column;

        public LayoutError(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }
}

package org.gilpy.parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import com.oracle.truffle.api.source.Source;

import org.gilpy.grammar.PythonLexer;
import org.gilpy.grammar.PythonLexerBase;
import org.gilpy.grammar.PythonParser;
import org.gilpy.parser.ast.Expr;
import org.gilpy.parser.ast.Pos;
import org.gilpy.parser.ast.Stmt;
import org.gilpy.runtime.PException;

/**
 * Source text to AST. Runs the ANTLR parser in its fast SLL mode and falls back to full LL
 * only when SLL fails; reports problems as Python SyntaxError/IndentationError with the
 * file, line, column and source line CPython would show.
 */
public final class SourceParser {
    private SourceParser() {
    }

    public static List<Stmt> parseModule(Source source) {
        Unit unit = new Unit(source, source.getCharacters().toString(), null);
        PythonParser.File_inputContext tree = unit.parse(unit.text, PythonParser::file_input);
        return new StatementBuilder(unit).file(tree);
    }

    /** Parses an expression for {@code eval()}. */
    public static Expr parseExpression(Source source) {
        Unit unit = new Unit(source, source.getCharacters().toString(), null);
        PythonParser.Eval_inputContext tree = unit.parse(unit.text, PythonParser::eval_input);
        return new ExpressionBuilder(unit).testlist(tree.testlist());
    }

    /** One source being parsed: position mapping and error reporting. */
    static final class Unit {
        final Source source;
        final String text;
        private final Token fixedPosition; // non-null for f-string sub-expressions
        private Token unclosed;            // an opening bracket still open at the end of input
        private int[] codePointToChar;

        Unit(Source source, String text, Token fixedPosition) {
            this.source = source;
            this.text = text;
            this.fixedPosition = fixedPosition;
            if (text.codePointCount(0, text.length()) != text.length()) {
                codePointToChar = new int[text.codePointCount(0, text.length()) + 1];
                int cp = 0;
                for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                    codePointToChar[cp++] = i;
                }
                codePointToChar[cp] = text.length();
            }
        }

        private int charIndex(int codePointIndex) {
            if (codePointToChar == null) {
                return codePointIndex;
            }
            return codePointToChar[Math.max(0, Math.min(codePointIndex, codePointToChar.length - 1))];
        }

        Pos pos(Token start, Token stop) {
            if (fixedPosition != null) {
                return new Pos(fixedPosition.getStartIndex(), fixedPosition.getStopIndex() + 1,
                        fixedPosition.getLine(), fixedPosition.getCharPositionInLine());
            }
            int s = charIndex(Math.max(0, start.getStartIndex()));
            int e = stop == null || stop.getStopIndex() < start.getStartIndex() ? s : charIndex(stop.getStopIndex() + 1);
            return new Pos(s, Math.max(s, e), start.getLine(), start.getCharPositionInLine());
        }

        interface Rule<T> {
            T apply(PythonParser parser);
        }

        <T> T parse(String input, Rule<T> rule) {
            PythonLexer lexer = new PythonLexer(CharStreams.fromString(input));
            lexer.removeErrorListeners();
            CommonTokenStream tokens = new CommonTokenStream(lexer);
            try {
                tokens.fill();
            } catch (PythonLexerBase.LayoutError e) {
                throw error("IndentationError", e.getMessage(), e.line, e.column + 1);
            }
            checkTokens(tokens.getTokens());
            PythonParser parser = new PythonParser(tokens);
            parser.removeErrorListeners();
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            try {
                return rule.apply(parser);
            } catch (ParseCancellationException sllFailed) {
                tokens.seek(0);
                parser.reset();
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                parser.setErrorHandler(new DefaultErrorStrategy());
                parser.addErrorListener(new BaseErrorListener() {
                    @Override
                    public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String msg,
                                            RecognitionException e) {
                        throw reportAt((Token) offending, parser, tokens);
                    }
                });
                return rule.apply(parser);
            }
        }

        private PException reportAt(Token offending, PythonParser parser, CommonTokenStream tokens) {
            int type = offending.getType();
            if (unclosed != null && (type == Token.EOF || type == PythonLexer.DEDENT || type == PythonLexer.NEWLINE
                    || offending.getLine() > unclosed.getLine())) {
                // like CPython: the parser ran into the end of input, or failed on a line after that of the
                // innermost bracket still open at the end (the rest of the file was read as inside it)
                return tokenizerError("'" + unclosed.getText() + "' was never closed", unclosed);
            }
            if (type == PythonLexer.INDENT) {
                return error("IndentationError", "unexpected indent", offending.getLine() + 1, -1);
            }
            List<Token> all = tokens.getTokens();
            if (parser.getExpectedTokens().contains(PythonLexer.INDENT)) {
                return error("IndentationError", "expected an indented block" + SyntaxHints.blockOpener(offending, all),
                        offending.getLine(), offending.getCharPositionInLine() + 1);
            }
            SyntaxHints.Hint hint = SyntaxHints.find(offending, all, parser.getExpectedTokens());
            if (hint != null) {
                return syntaxError(hint.message(), hint.first(), hint.last());
            }
            if (type == PythonLexer.DEDENT || type == Token.EOF) {
                return error("SyntaxError", "invalid syntax", offending.getLine(), offending.getCharPositionInLine() + 1);
            }
            return syntaxError("invalid syntax", offending);
        }

        /** Bracket balance and stray characters, reported with CPython's specific messages. */
        private void checkTokens(List<? extends Token> tokens) {
            Deque<Token> open = new ArrayDeque<>();
            for (Token t : tokens) {
                switch (t.getType()) {
                    case PythonLexer.OPEN_PAREN, PythonLexer.OPEN_BRACK, PythonLexer.OPEN_BRACE -> open.push(t);
                    case PythonLexer.CLOSE_PAREN, PythonLexer.CLOSE_BRACK, PythonLexer.CLOSE_BRACE -> {
                        if (open.isEmpty()) {
                            throw tokenizerError("unmatched '" + t.getText() + "'", t);
                        }
                        Token o = open.pop();
                        String pair = o.getText() + t.getText();
                        if (!pair.equals("()") && !pair.equals("[]") && !pair.equals("{}")) {
                            throw tokenizerError("closing parenthesis '" + t.getText() + "' does not match opening parenthesis '"
                                    + o.getText() + "'" + (o.getLine() != t.getLine() ? " on line " + o.getLine() : ""), t);
                        }
                    }
                    case PythonLexer.ERROR_CHAR -> {
                        String c = t.getText();
                        if (c.equals("\"") || c.equals("'")) {
                            String rest = text.substring(Math.min(text.length(), charIndex(t.getStartIndex())));
                            if (rest.startsWith(c + c + c)) {
                                throw tokenizerError("unterminated triple-quoted string literal (detected at line "
                                        + text.split("\n", -1).length + ")", t);
                            }
                            throw tokenizerError("unterminated string literal (detected at line " + t.getLine() + ")", t);
                        }
                        int cp = c.codePointAt(0);
                        if (cp > 127) {
                            throw tokenizerError(String.format("invalid character '%s' (U+%04X)", c, cp), t);
                        }
                        throw syntaxError("invalid syntax", t);
                    }
                    case Token.EOF -> unclosed = open.peek();
                    default -> { }
                }
            }
        }

        /** An error CPython's tokenizer reports: at one column, whatever the token's length. */
        PException tokenizerError(String message, Token at) {
            if (fixedPosition != null) {
                return syntaxError(message, at);
            }
            return error("SyntaxError", message, at.getLine(), charColumn(at) + 1);
        }

        /** A SyntaxError marking the token {@code at} (CPython 3.12 puts a caret under each of its characters). */
        PException syntaxError(String message, Token at) {
            if (fixedPosition != null) {
                at = fixedPosition;
                message = message.startsWith("f-string") ? message : "f-string: " + message;
                return error("SyntaxError", message, at.getLine(), charColumn(at) + 1);
            }
            return syntaxError(message, at, at);
        }

        /** A SyntaxError marking the tokens from {@code first} to {@code last} on first's line. */
        PException syntaxError(String message, Token first, Token last) {
            if (fixedPosition != null) {
                return syntaxError(message, first); // inside an f-string: the f-string is marked
            }
            int column = charColumn(first) + 1;
            int end = last.getLine() == first.getLine() ? charColumn(last) + 1 + width(last) : column + width(first);
            return SyntaxErrors.create(source, "SyntaxError", message, first.getLine(), column, Math.max(end, column + 1), true);
        }

        /** Characters a token covers on its line: layout tokens and multi-line ones count one. */
        private static int width(Token t) {
            String s = t.getText();
            if (t.getType() == Token.EOF || t.getType() == PythonLexer.NEWLINE || t.getType() == PythonLexer.INDENT
                    || t.getType() == PythonLexer.DEDENT || s == null || s.indexOf('\n') >= 0) {
                return 1;
            }
            return Math.max(1, s.codePointCount(0, s.length()));
        }

        private int charColumn(Token at) {
            return at.getCharPositionInLine();
        }

        PException error(String className, String message, int line, int column) {
            return SyntaxErrors.create(source, className, message, line, column);
        }

        Expr parseFStringExpression(String exprText, Token at) {
            Unit sub = new Unit(source, text, at);
            PythonParser.Eval_inputContext tree = sub.parse("(" + exprText + ")", PythonParser::eval_input);
            return new ExpressionBuilder(sub).testlist(tree.testlist());
        }
    }
}

package org.gilpy.parser;

import java.util.List;
import java.util.Set;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

import org.gilpy.grammar.PythonLexer;

/**
 * CPython's specific messages for common mistakes, where its grammar has "invalid_" rules and
 * gilpy's parser only knows that it failed: found by looking at the tokens around the one the
 * parser stopped at. Each hint names the tokens CPython marks, so the caret line matches too.
 */
final class SyntaxHints {
    /** A message and the first and last token it marks. */
    record Hint(String message, Token first, Token last) {
    }

    /** Statements whose header ends with a colon: CPython says "expected ':'" when it is missing. */
    private static final Set<String> COMPOUND_HEADS = Set.of("if", "elif", "else", "while", "for", "with", "def", "class",
            "try", "except", "finally");

    private SyntaxHints() {
    }

    /** The hint for a parse that failed at {@code offending}, or null for a plain "invalid syntax". */
    static Hint find(Token offending, List<Token> tokens, IntervalSet expected) {
        Hint legacy = legacyStatement(offending, tokens);
        if (legacy != null) {
            return legacy;
        }
        if (offending.getType() == PythonLexer.NEWLINE && expected.contains(PythonLexer.COLON)
                && COMPOUND_HEADS.contains(lineOpener(offending.getTokenIndex() - 1, tokens))) {
            return new Hint("expected ':'", offending, offending);
        }
        Hint ternary = conditionalWithoutElse(offending, tokens);
        if (ternary != null) {
            return ternary;
        }
        return assignmentAsCondition(offending, tokens);
    }

    /**
     * {@code x = a if b} with no {@code else}: CPython marks the value and the condition. The
     * parser fails at that 'if' (no 'else' follows it) or right after the condition. The value
     * reaches back to what cannot be part of an expression ('=', ',', an opening bracket, the
     * line's start...), the condition forward to a delimiter.
     */
    private static Hint conditionalWithoutElse(Token offending, List<Token> tokens) {
        int at = offending.getTokenIndex();
        int ifAt = offending.getType() == PythonLexer.IF ? at : nearestIfBefore(tokens, at);
        if (ifAt < 1) {
            return null;
        }
        int end = ifAt;
        int depth = 0;
        for (int j = ifAt + 1; j < tokens.size() && (ifAt == at || j < at); j++) {
            int type = tokens.get(j).getType();
            if (isOpening(type)) {
                depth++;
            } else if (isClosing(type) && depth-- == 0) {
                break;
            } else if (depth == 0 && (endsExpressionBackwards(type) || type == PythonLexer.FOR || type == Token.EOF)) {
                break;
            }
            end = j;
        }
        if (end == ifAt || (end + 1 < tokens.size() && (tokens.get(end + 1).getType() == PythonLexer.ELSE
                || tokens.get(end + 1).getType() == PythonLexer.COLON))) {
            return null;
        }
        int start = ifAt;
        depth = 0;
        for (int j = ifAt - 1; j >= 0; j--) {
            int type = tokens.get(j).getType();
            if (isClosing(type)) {
                depth++;
            } else if (isOpening(type) && depth > 0) {
                depth--;
            } else if (type == PythonLexer.FOR || type == PythonLexer.IF) {
                return null; // a comprehension's condition, or a statement's
            } else if (depth == 0 && (isOpening(type) || endsExpressionBackwards(type))) {
                break;
            }
            start = j;
        }
        return start == ifAt ? null : new Hint("expected 'else' after 'if' expression", tokens.get(start), tokens.get(end));
    }

    /** The 'if' nearest before {@code at} at its bracket depth on the same logical line, or -1. */
    private static int nearestIfBefore(List<Token> tokens, int at) {
        int depth = 0;
        for (int j = at - 1; j >= 0; j--) {
            int type = tokens.get(j).getType();
            if (isClosing(type)) {
                depth++;
            } else if (isOpening(type)) {
                if (depth-- == 0) {
                    return -1;
                }
            } else if (depth == 0 && type == PythonLexer.IF) {
                return j;
            } else if (depth == 0 && endsExpressionBackwards(type)) {
                return -1;
            }
        }
        return -1;
    }

    /** Tokens an expression cannot extend back over. */
    private static boolean endsExpressionBackwards(int type) {
        return switch (type) {
            case PythonLexer.ASSIGN, PythonLexer.COMMA, PythonLexer.COLON, PythonLexer.SEMI_COLON, PythonLexer.WALRUS,
                 PythonLexer.RETURN, PythonLexer.YIELD, PythonLexer.ELSE, PythonLexer.NEWLINE, PythonLexer.INDENT,
                 PythonLexer.DEDENT, PythonLexer.ARROW, PythonLexer.ADD_ASSIGN, PythonLexer.SUB_ASSIGN,
                 PythonLexer.MULT_ASSIGN, PythonLexer.DIV_ASSIGN, PythonLexer.MOD_ASSIGN, PythonLexer.AND_ASSIGN,
                 PythonLexer.OR_ASSIGN, PythonLexer.XOR_ASSIGN, PythonLexer.AT_ASSIGN, PythonLexer.STAR_STAR_ASSIGN,
                 PythonLexer.SLASH_SLASH_ASSIGN, PythonLexer.LEFT_SHIFT_ASSIGN, PythonLexer.RIGHT_SHIFT_ASSIGN -> true;
            default -> false;
        };
    }

    private static boolean isClosing(int type) {
        return type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK || type == PythonLexer.CLOSE_BRACE;
    }

    /**
     * Python 2's {@code print x} and {@code exec code}: CPython names the missing parentheses when
     * the name is followed by something that starts an expression and cannot continue one.
     */
    private static Hint legacyStatement(Token offending, List<Token> tokens) {
        int i = offending.getTokenIndex();
        if (i < 1) {
            return null;
        }
        Token name = tokens.get(i - 1);
        String word = name.getText();
        int type = offending.getType();
        if (name.getType() != PythonLexer.NAME || !(word.equals("print") || word.equals("exec"))
                || (i >= 2 && tokens.get(i - 2).getType() == PythonLexer.DOT)
                || !(type == PythonLexer.NAME || type == PythonLexer.NUMBER || type == PythonLexer.STRING
                        || type == PythonLexer.OPEN_BRACE)) {
            return null;
        }
        int last = i;
        while (last + 1 < tokens.size() && tokens.get(last + 1).getType() != PythonLexer.NEWLINE
                && tokens.get(last + 1).getType() != Token.EOF) {
            last++;
        }
        return new Hint("Missing parentheses in call to '" + word + "'. Did you mean " + word + "(...)?", name, tokens.get(last));
    }

    /**
     * {@code if x = 1:}: a name assigned where a condition or a parenthesised expression begins.
     * CPython marks the name and the value after the '=' (an operand chain up to a comparison,
     * a boolean operator or a delimiter), unless another '=' or ':=' follows it.
     */
    private static Hint assignmentAsCondition(Token offending, List<Token> tokens) {
        int i = offending.getTokenIndex();
        if (offending.getType() != PythonLexer.ASSIGN || i < 2) {
            return null;
        }
        Token name = tokens.get(i - 1);
        int before = tokens.get(i - 2).getType();
        if (!isName(name.getType()) || !(before == PythonLexer.IF || before == PythonLexer.ELIF || before == PythonLexer.WHILE
                || before == PythonLexer.OPEN_PAREN || before == PythonLexer.OPEN_BRACK)) {
            return null;
        }
        int end = endOfOperandChain(tokens, i + 1);
        if (end < 0 || (end + 1 < tokens.size()
                && (tokens.get(end + 1).getType() == PythonLexer.ASSIGN || tokens.get(end + 1).getType() == PythonLexer.WALRUS))) {
            return null;
        }
        return new Hint("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", name, tokens.get(end));
    }

    /**
     * The index of the last token of the operand chain (what CPython's grammar calls a
     * bitwise_or: operands, unary and arithmetic or bitwise operators, calls, subscripts and
     * attributes) that starts at {@code from}, or -1 if none starts there.
     */
    private static int endOfOperandChain(List<Token> tokens, int from) {
        boolean expectOperand = true;
        int lastComplete = -1;
        int j = from;
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            int type = t.getType();
            if (expectOperand) {
                if (type == PythonLexer.ADD || type == PythonLexer.MINUS || type == PythonLexer.NOT_OP
                        || type == PythonLexer.AWAIT) {
                    j++;
                    continue;
                }
                if (isName(type) || type == PythonLexer.NUMBER || type == PythonLexer.STRING || type == PythonLexer.ELLIPSIS
                        || type == PythonLexer.TRUE || type == PythonLexer.FALSE || type == PythonLexer.NONE) {
                    j++;
                } else if (isOpening(type)) {
                    j = afterMatchingClose(tokens, j);
                } else {
                    return lastComplete;
                }
                expectOperand = false;
                lastComplete = j - 1;
            } else if (isBinaryOperator(type)) {
                expectOperand = true;
                j++;
            } else if (type == PythonLexer.DOT && j + 1 < tokens.size() && isName(tokens.get(j + 1).getType())) {
                j += 2;
                lastComplete = j - 1;
            } else if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK) {
                j = afterMatchingClose(tokens, j);
                lastComplete = j - 1;
            } else if (type == PythonLexer.STRING && tokens.get(j - 1).getType() == PythonLexer.STRING) {
                j++;
                lastComplete = j - 1;
            } else {
                return lastComplete;
            }
        }
        return lastComplete;
    }

    private static boolean isName(int type) {
        return type == PythonLexer.NAME || type == PythonLexer.MATCH || type == PythonLexer.CASE || type == PythonLexer.TYPE;
    }

    private static boolean isOpening(int type) {
        return type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK || type == PythonLexer.OPEN_BRACE;
    }

    private static boolean isBinaryOperator(int type) {
        return switch (type) {
            case PythonLexer.ADD, PythonLexer.MINUS, PythonLexer.STAR, PythonLexer.DIV, PythonLexer.FLOOR_DIV, PythonLexer.MOD,
                 PythonLexer.AT, PythonLexer.POWER, PythonLexer.LEFT_SHIFT, PythonLexer.RIGHT_SHIFT, PythonLexer.AND_OP,
                 PythonLexer.OR_OP, PythonLexer.XOR -> true;
            default -> false;
        };
    }

    /** The index after the bracket that closes the one at {@code open} (or the end of the tokens). */
    private static int afterMatchingClose(List<Token> tokens, int open) {
        int depth = 0;
        for (int j = open; j < tokens.size(); j++) {
            int type = tokens.get(j).getType();
            if (isOpening(type)) {
                depth++;
            } else if (isClosing(type)) {
                if (--depth == 0) {
                    return j + 1;
                }
            }
        }
        return tokens.size();
    }

    /** The first word of the logical line holding token {@code i} (past {@code async}), or "". */
    private static String lineOpener(int i, List<Token> tokens) {
        int first = i;
        while (first > 0 && tokens.get(first - 1).getType() != PythonLexer.NEWLINE
                && tokens.get(first - 1).getType() != PythonLexer.INDENT && tokens.get(first - 1).getType() != PythonLexer.DEDENT) {
            first--;
        }
        if (first < 0) {
            return "";
        }
        Token opener = tokens.get(first);
        if (opener.getType() == PythonLexer.ASYNC && first + 1 < tokens.size()) {
            opener = tokens.get(first + 1);
        }
        return opener.getText();
    }

    /** " after 'if' statement on line 3": names the statement whose block is missing, as CPython does. */
    static String blockOpener(Token offending, List<Token> tokens) {
        int i = offending.getTokenIndex() - 1;
        while (i >= 0 && tokens.get(i).getType() == PythonLexer.NEWLINE) {
            i--;
        }
        int line = i >= 0 ? tokens.get(i).getLine() : -1;
        String word = lineOpener(i, tokens);
        return switch (word) {
            case "def" -> " after function definition on line " + line;
            case "class" -> " after class definition on line " + line;
            case "if", "elif", "else", "for", "while", "try", "except", "finally", "with", "match", "case" ->
                    " after '" + word + "' statement on line " + line;
            default -> "";
        };
    }
}

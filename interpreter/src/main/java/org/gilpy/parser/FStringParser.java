package org.gilpy.parser;

import java.util.ArrayList;
import java.util.List;

import org.gilpy.parser.ast.Expr;
import org.gilpy.parser.ast.Pos;

/**
 * Splits an f-string body into literal text and replacement fields
 * ({@code {expr=!r:spec}}); the expressions are parsed by the caller's expression parser,
 * and format specs may nest fields of their own.
 */
final class FStringParser {
    interface ExpressionParser {
        Expr parse(String text, Pos pos);
    }

    private final String body;
    private final boolean raw;
    private final Pos pos;
    private final ExpressionParser parser;
    private int i;

    private FStringParser(String body, boolean raw, Pos pos, ExpressionParser parser) {
        this.body = body;
        this.raw = raw;
        this.pos = pos;
        this.parser = parser;
    }

    static List<Expr> parse(String body, boolean raw, Pos pos, ExpressionParser parser) {
        FStringParser p = new FStringParser(body, raw, pos, parser);
        List<Expr> parts = p.parts(false);
        return parts;
    }

    private List<Expr> parts(boolean inSpec) {
        List<Expr> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '{') {
                if (!inSpec && i + 1 < body.length() && body.charAt(i + 1) == '{') {
                    literal.append('{');
                    i += 2;
                    continue;
                }
                flush(parts, literal);
                i++;
                parts.addAll(field());
            } else if (c == '}') {
                if (inSpec) {
                    break;
                }
                if (i + 1 < body.length() && body.charAt(i + 1) == '}') {
                    literal.append('}');
                    i += 2;
                    continue;
                }
                throw new Literals.LiteralError("f-string: single '}' is not allowed");
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(parts, literal);
        return parts;
    }

    private void flush(List<Expr> parts, StringBuilder literal) {
        if (literal.length() > 0) {
            String text = raw ? literal.toString() : Literals.decodeString(literal.toString());
            parts.add(new Expr.Constant(text, pos));
            literal.setLength(0);
        }
    }

    private List<Expr> field() {
        int start = i;
        int depth = 0;
        char quote = 0;
        int exprEnd = -1;
        boolean debug = false;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0) {
                char next = i + 1 < body.length() ? body.charAt(i + 1) : 0;
                char prev = i > start ? body.charAt(i - 1) : 0;
                if (c == '}' || c == ':' || (c == '!' && next != '=')) {
                    exprEnd = i;
                    break;
                }
                if (c == '=' && next != '=' && "=!<>".indexOf(prev) < 0) {
                    exprEnd = i;
                    debug = true;
                    break;
                }
            }
            i++;
        }
        if (exprEnd < 0) {
            throw new Literals.LiteralError("f-string: expecting '}'");
        }
        String exprText = body.substring(start, exprEnd);
        if (exprText.isBlank()) {
            throw new Literals.LiteralError("f-string: valid expression required before '}'");
        }
        List<Expr> out = new ArrayList<>();
        if (debug) {
            i++; // the '='
            int afterEq = i;
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            out.add(new Expr.Constant(body.substring(start, afterEq) + body.substring(afterEq, i), pos));
        }
        Expr value = parser.parse(exprText, pos);
        char conversion = 0;
        if (i < body.length() && body.charAt(i) == '!') {
            if (i + 1 >= body.length() || "sra".indexOf(body.charAt(i + 1)) < 0) {
                throw new Literals.LiteralError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = body.charAt(i + 1);
            i += 2;
        }
        Expr spec = null;
        if (i < body.length() && body.charAt(i) == ':') {
            i++;
            List<Expr> specParts = parts(true);
            spec = new Expr.JoinedStr(specParts, pos);
        }
        if (i >= body.length() || body.charAt(i) != '}') {
            throw new Literals.LiteralError("f-string: expecting '}'");
        }
        i++;
        if (debug && conversion == 0 && spec == null) {
            conversion = 'r';
        }
        out.add(new Expr.FormattedValue(value, conversion, spec, pos));
        return out;
    }
}

package org.gilpy.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.tree.TerminalNode;

import org.gilpy.grammar.PythonParser.*;
import org.gilpy.parser.ast.Expr;
import org.gilpy.parser.ast.Pattern;
import org.gilpy.parser.ast.Pos;
import org.gilpy.parser.ast.Stmt;
import org.gilpy.runtime.PNone;

/**
 * Builds a {@code match} statement: its case patterns from the parse tree, and the statement
 * itself as the subject stored in a hidden variable followed by a chain of ifs, one per case,
 * each testing an {@link Expr.MatchTest}. Ifs give the cases everything statements inside
 * them need for free (break and continue in loops, suspension in generators).
 */
final class PatternBuilder {
    private final SourceParser.Unit unit;
    private final ExpressionBuilder exprs;
    private int matches;

    PatternBuilder(SourceParser.Unit unit, ExpressionBuilder exprs) {
        this.unit = unit;
        this.exprs = exprs;
    }

    interface Blocks {
        List<Stmt> block(BlockContext ctx);
    }

    Stmt match(Match_stmtContext ctx, Blocks blocks) {
        Pos pos = exprs.pos(ctx);
        Expr.Name subject = new Expr.Name("$match" + matches++, pos);
        List<Case_blockContext> cases = ctx.case_block();
        List<Stmt> chain = List.of();
        for (int i = cases.size() - 1; i >= 0; i--) {
            Case_blockContext c = cases.get(i);
            Pattern pattern = topLevel(c.patterns());
            Expr guard = c.namedexpr_test() == null ? null : exprs.namedexpr(c.namedexpr_test());
            Pos casePos = exprs.pos(c);
            chain = List.of(new Stmt.If(new Expr.MatchTest(subject, pattern, guard, casePos), blocks.block(c.block()),
                    chain, casePos));
        }
        List<Stmt> body = new ArrayList<>();
        body.add(new Stmt.Assign(List.of(subject), exprs.testlistStarExpr(ctx.subject), pos));
        body.addAll(chain);
        body.add(new Stmt.Delete(List.of(subject), pos));
        return new Stmt.Match(body, pos);
    }

    /** {@code case a, b:} is a sequence pattern; a single pattern is itself. */
    private Pattern topLevel(PatternsContext ctx) {
        if (ctx.pattern().size() == 1 && ctx.COMMA().isEmpty()) {
            return pattern(ctx.pattern(0));
        }
        return sequence(ctx);
    }

    private Pattern sequence(PatternsContext ctx) {
        List<Pattern> items = new ArrayList<>();
        int star = -1;
        if (ctx != null) {
            for (PatternContext p : ctx.pattern()) {
                Pattern item = pattern(p);
                if (item instanceof Pattern.Star) {
                    if (star >= 0) {
                        throw unit.syntaxError("multiple starred names in sequence pattern", p.start);
                    }
                    star = items.size();
                }
                items.add(item);
            }
        }
        return new Pattern.Sequence(items, star);
    }

    private Pattern pattern(PatternContext ctx) {
        Pattern or = or(ctx.or_pattern());
        if (ctx.AS() != null) {
            String name = ctx.name().getText();
            if (name.equals("_")) {
                throw unit.syntaxError("cannot use '_' as a target", ctx.name().start);
            }
            return new Pattern.As(or, name);
        }
        return or;
    }

    private Pattern or(Or_patternContext ctx) {
        List<Pattern> alternatives = new ArrayList<>();
        for (Closed_patternContext c : ctx.closed_pattern()) {
            alternatives.add(closed(c));
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new Pattern.Or(alternatives);
    }

    private Pattern closed(Closed_patternContext ctx) {
        Pos pos = exprs.pos(ctx);
        if (!ctx.NUMBER().isEmpty()) {
            if (ctx.NUMBER().size() > 1) {
                throw unit.syntaxError("complex literal patterns are not supported", ctx.start);
            }
            Object number = number(ctx.NUMBER(0));
            Expr value = new Expr.Constant(number, pos);
            if (ctx.MINUS(0) != null && ctx.MINUS(0).getSymbol().getTokenIndex() < ctx.NUMBER(0).getSymbol().getTokenIndex()) {
                value = new Expr.UnaryOp("-", value, pos);
            }
            return new Pattern.Value(value);
        }
        if (!ctx.STRING().isEmpty()) {
            return new Pattern.Value(exprs.stringLiteral(ctx.STRING(), pos));
        }
        if (ctx.NONE() != null) {
            return new Pattern.Singleton(PNone.NONE);
        }
        if (ctx.TRUE() != null) {
            return new Pattern.Singleton(Boolean.TRUE);
        }
        if (ctx.FALSE() != null) {
            return new Pattern.Singleton(Boolean.FALSE);
        }
        if (ctx.STAR() != null) {
            String name = ctx.name(0).getText();
            return new Pattern.Star(name.equals("_") ? null : name);
        }
        if (ctx.OPEN_BRACK() != null) {
            return sequence(ctx.patterns());
        }
        if (ctx.OPEN_PAREN() != null && ctx.name().isEmpty()) {
            PatternsContext inner = ctx.patterns();
            if (inner != null && inner.pattern().size() == 1 && inner.COMMA().isEmpty()) {
                return pattern(inner.pattern(0)); // a parenthesized pattern, not a tuple
            }
            return sequence(inner);
        }
        if (ctx.OPEN_BRACE() != null) {
            return mapping(ctx);
        }
        // name ( DOT name )* ( OPEN_PAREN pattern_args? CLOSE_PAREN )?
        List<NameContext> names = ctx.name();
        Expr dotted = new Expr.Name(exprs.mangle(names.get(0).getText()), pos);
        for (int i = 1; i < names.size(); i++) {
            dotted = new Expr.Attribute(dotted, names.get(i).getText(), pos);
        }
        if (ctx.OPEN_PAREN() != null) {
            return classPattern(dotted, ctx.pattern_args());
        }
        if (names.size() > 1) {
            return new Pattern.Value(dotted);
        }
        String name = names.get(0).getText();
        return new Pattern.Capture(name.equals("_") ? null : name);
    }

    private Object number(TerminalNode token) {
        try {
            return Literals.number(token.getText());
        } catch (Literals.LiteralError e) {
            throw unit.syntaxError(e.getMessage(), token.getSymbol());
        }
    }

    private Pattern mapping(Closed_patternContext ctx) {
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        for (Mapping_itemContext item : ctx.mapping_item()) {
            if (item.POWER() != null) {
                rest = item.name().getText();
                continue;
            }
            Pattern key = closed(item.closed_pattern());
            Expr keyValue = switch (key) {
                case Pattern.Value v -> v.value();
                case Pattern.Singleton s -> new Expr.Constant(s.value(), exprs.pos(item));
                default -> throw unit.syntaxError("mapping pattern keys may only match literals and attribute lookups",
                        item.start);
            };
            keys.add(keyValue);
            values.add(pattern(item.pattern()));
        }
        return new Pattern.Mapping(keys, values, rest);
    }

    private Pattern classPattern(Expr cls, Pattern_argsContext args) {
        List<Pattern> positional = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        List<Pattern> keywordPatterns = new ArrayList<>();
        if (args != null) {
            for (Pattern_argContext arg : args.pattern_arg()) {
                if (arg.name() != null) {
                    keywords.add(arg.name().getText());
                    keywordPatterns.add(pattern(arg.pattern()));
                } else {
                    if (!keywords.isEmpty()) {
                        throw unit.syntaxError("positional patterns follow keyword patterns", arg.start);
                    }
                    positional.add(pattern(arg.pattern()));
                }
            }
        }
        return new Pattern.ClassPattern(cls, positional, keywords, keywordPatterns);
    }
}

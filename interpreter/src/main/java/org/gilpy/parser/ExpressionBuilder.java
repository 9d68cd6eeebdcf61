package org.gilpy.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import org.gilpy.grammar.PythonParser.*;
import org.gilpy.parser.ast.Expr;
import org.gilpy.parser.ast.Expr.*;
import org.gilpy.parser.ast.Pos;
import org.gilpy.runtime.BinaryOp;
import org.gilpy.runtime.PBytes;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PyInts;

/**
 * Builds expression ASTs from the parse tree: flattens the precedence levels of the classic
 * grammar, decodes literals, and splits f-strings (their expressions are parsed by a nested
 * parser run).
 */
final class ExpressionBuilder {
    private final SourceParser.Unit unit;
    /** One per source unit, shared with the StatementBuilder: hidden names stay distinct. */
    final AsyncStatements asyncStatements = new AsyncStatements();
    /** The class whose body (methods included) is being built, or null: its __names are private. */
    private String className;

    /** Starts building the body of class {@code name}; returns what to pass to {@link #leaveClass}. */
    String enterClass(String name) {
        String outer = className;
        className = name;
        return outer;
    }

    void leaveClass(String outer) {
        className = outer;
    }

    /**
     * CPython's private name mangling: inside a class C, an identifier {@code __x} (not ending
     * in two underscores) stands for {@code _C__x}, C's leading underscores dropped.
     */
    String mangle(String name) {
        if (className == null || name == null || !name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String owner = className.replaceFirst("^_+", "");
        return owner.isEmpty() ? name : "_" + owner + name;
    }

    ExpressionBuilder(SourceParser.Unit unit) {
        this.unit = unit;
    }

    Pos pos(ParserRuleContext ctx) {
        return unit.pos(ctx.start, ctx.stop);
    }

    // ------------------------------------------------------------------ lists of expressions

    Expr testlistStarExpr(Testlist_star_exprContext ctx) {
        List<Expr> items = new ArrayList<>();
        for (ParseTree child : ctx.children) {
            if (!(child instanceof TerminalNode)) {
                items.add(item(child));
            }
        }
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            return items.get(0);
        }
        return new TupleExpr(items, pos(ctx));
    }

    Expr testlist(TestlistContext ctx) {
        List<Expr> items = new ArrayList<>();
        for (TestContext t : ctx.test()) {
            items.add(test(t));
        }
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            return items.get(0);
        }
        return new TupleExpr(items, pos(ctx));
    }

    Expr exprlist(ExprlistContext ctx) {
        List<Expr> items = new ArrayList<>();
        for (ParseTree child : ctx.children) {
            if (!(child instanceof TerminalNode)) {
                items.add(item(child));
            }
        }
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            return items.get(0);
        }
        return new TupleExpr(items, pos(ctx));
    }

    List<Expr> exprlistItems(ExprlistContext ctx) {
        List<Expr> items = new ArrayList<>();
        for (ParseTree child : ctx.children) {
            if (!(child instanceof TerminalNode)) {
                items.add(item(child));
            }
        }
        return items;
    }

    Expr item(ParseTree t) {
        if (t instanceof Namedexpr_testContext n) {
            return namedexpr(n);
        } else if (t instanceof Star_exprContext s) {
            return new Starred(expr(s.expr()), pos(s));
        } else if (t instanceof TestContext c) {
            return test(c);
        } else if (t instanceof ExprContext e) {
            return expr(e);
        }
        throw unit.syntaxError("invalid syntax", ((ParserRuleContext) t).start);
    }

    // ------------------------------------------------------------------ precedence levels

    Expr namedexpr(Namedexpr_testContext ctx) {
        if (ctx.WALRUS() == null) {
            return test(ctx.test(0));
        }
        Expr target = test(ctx.test(0));
        if (!(target instanceof Name name)) {
            throw unit.syntaxError("cannot use assignment expressions with " + describe(target), ctx.start);
        }
        return new NamedExpr(name, test(ctx.test(1)), pos(ctx));
    }

    Expr test(TestContext ctx) {
        if (ctx.lambdef() != null) {
            return lambda(ctx.lambdef());
        }
        Expr body = orTest(ctx.or_test(0));
        if (ctx.IF() == null) {
            return body;
        }
        return new IfExp(orTest(ctx.or_test(1)), body, test(ctx.test()), pos(ctx));
    }

    Expr testNocond(Test_nocondContext ctx) {
        return ctx.lambdef() != null ? lambda(ctx.lambdef()) : orTest(ctx.or_test());
    }

    private Expr lambda(LambdefContext ctx) {
        Arguments args = ctx.lambda_params() == null ? Arguments.EMPTY : new ParameterBuilder(unit, this).lambda(ctx.lambda_params());
        return new Lambda(args, test(ctx.test()), pos(ctx));
    }

    private Expr orTest(Or_testContext ctx) {
        if (ctx.and_test().size() == 1) {
            return andTest(ctx.and_test(0));
        }
        List<Expr> values = new ArrayList<>();
        for (And_testContext a : ctx.and_test()) {
            values.add(andTest(a));
        }
        return new BoolOp(false, values, pos(ctx));
    }

    private Expr andTest(And_testContext ctx) {
        if (ctx.not_test().size() == 1) {
            return notTest(ctx.not_test(0));
        }
        List<Expr> values = new ArrayList<>();
        for (Not_testContext n : ctx.not_test()) {
            values.add(notTest(n));
        }
        return new BoolOp(true, values, pos(ctx));
    }

    private Expr notTest(Not_testContext ctx) {
        if (ctx.NOT() != null) {
            return new UnaryOp("not", notTest(ctx.not_test()), pos(ctx));
        }
        return comparison(ctx.comparison());
    }

    private Expr comparison(ComparisonContext ctx) {
        Expr left = expr(ctx.expr(0));
        if (ctx.comp_op().isEmpty()) {
            return left;
        }
        List<String> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (int i = 0; i < ctx.comp_op().size(); i++) {
            StringBuilder op = new StringBuilder();
            for (ParseTree t : ctx.comp_op(i).children) {
                op.append(op.length() == 0 ? "" : " ").append(t.getText());
            }
            ops.add(op.toString());
            comparators.add(expr(ctx.expr(i + 1)));
        }
        return new Compare(left, ops, comparators, pos(ctx));
    }

    Expr expr(ExprContext ctx) {
        return binaryChain(ctx);
    }

    /** Folds {@code a OP b OP c} left-associatively for any of the binary-operator levels. */
    private Expr binaryChain(ParserRuleContext ctx) {
        Expr result = null;
        BinaryOp pending = null;
        for (ParseTree child : ctx.children) {
            if (child instanceof TerminalNode t) {
                pending = BinaryOp.fromSymbol(t.getText());
            } else {
                Expr operand = operand((ParserRuleContext) child);
                result = result == null ? operand : new BinOp(result, pending, operand, pos(ctx));
            }
        }
        return result;
    }

    private Expr operand(ParserRuleContext child) {
        if (child instanceof FactorContext f) {
            return factor(f);
        }
        return binaryChain(child);
    }

    private Expr factor(FactorContext ctx) {
        if (ctx.power() != null) {
            return power(ctx.power());
        }
        Expr operand = factor(ctx.factor());
        String op = ctx.getChild(0).getText();
        if (op.equals("-") && operand instanceof Constant c && (c.value() instanceof Double || PyInts.isInt(c.value()))
                && !(c.value() instanceof Boolean)) {
            Object v = c.value();
            return new Constant(v instanceof Double d ? (Object) (-d) : PyInts.negate(v), pos(ctx));
        }
        return new UnaryOp(op, operand, pos(ctx));
    }

    private Expr power(PowerContext ctx) {
        Expr base = awaitPrimary(ctx.await_primary());
        if (ctx.POWER() == null) {
            return base;
        }
        return new BinOp(base, BinaryOp.POW, factor(ctx.factor()), pos(ctx));
    }

    private Expr awaitPrimary(Await_primaryContext ctx) {
        Expr value = primary(ctx.primary());
        return ctx.AWAIT() != null ? new Await(value, pos(ctx)) : value;
    }

    private Expr primary(PrimaryContext ctx) {
        Expr result = atom(ctx.atom());
        for (TrailerContext t : ctx.trailer()) {
            Pos p = unit.pos(ctx.start, t.stop);
            if (t instanceof CallTrailerContext call) {
                result = call(result, call.arglist(), p);
            } else if (t instanceof SubscriptTrailerContext sub) {
                result = new Subscript(result, subscripts(sub.subscriptlist()), p);
            } else {
                result = new Attribute(result, mangle(((AttrTrailerContext) t).name().getText()), p);
            }
        }
        return result;
    }

    private Expr subscripts(SubscriptlistContext ctx) {
        List<Expr> items = new ArrayList<>();
        for (SubscriptContext s : ctx.subscript()) {
            items.add(subscript(s));
        }
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            return items.get(0);
        }
        return new TupleExpr(items, pos(ctx));
    }

    private Expr subscript(SubscriptContext ctx) {
        if (ctx instanceof IndexSubscriptContext i) {
            return namedexpr(i.namedexpr_test());
        } else if (ctx instanceof StarSubscriptContext s) {
            return new Starred(expr(s.star_expr().expr()), pos(s));
        }
        // test? ':' test? (':' test?)?  — walk the children to see which parts are present
        Expr[] parts = new Expr[3];
        int part = 0;
        for (ParseTree child : ctx.children) {
            if (child instanceof TerminalNode) {
                part++;
            } else {
                parts[part] = test((TestContext) child);
            }
        }
        return new Slice(parts[0], parts[1], parts[2], pos(ctx));
    }

    /** The ')' after an argument list: where CPython reports what is wrong with the list as a whole. */
    private static Token closingParen(ArglistContext args, Token fallback) {
        boolean after = false;
        for (ParseTree c : args.getParent().children) {
            if (c == args) {
                after = true;
            } else if (after && c instanceof TerminalNode t && t.getSymbol().getText().equals(")")) {
                return t.getSymbol();
            }
        }
        return fallback;
    }

    Expr call(Expr func, ArglistContext args, Pos p) {
        List<Expr> positional = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (args != null) {
            for (ArgumentContext a : args.argument()) {
                if (a instanceof GenArgumentContext g) {
                    if (args.argument().size() > 1) {
                        throw unit.syntaxError("Generator expression must be parenthesized", g.start, g.stop);
                    }
                    positional.add(comprehension(CompKind.GENERATOR, test(g.test()), null, g.comp_for(), pos(g)));
                } else if (a instanceof KeywordArgumentContext k) {
                    String name = k.name().getText();
                    for (Keyword kw : keywords) {
                        if (name.equals(kw.name())) {
                            throw unit.syntaxError("keyword argument repeated: " + name, k.start, k.stop);
                        }
                    }
                    keywords.add(new Keyword(name, test(k.test()), pos(k))); // CPython does not mangle keyword names
                } else if (a instanceof StarArgumentContext s) {
                    positional.add(new Starred(test(s.test()), pos(s)));
                } else if (a instanceof KwargsArgumentContext kw) {
                    keywords.add(new Keyword(null, test(kw.test()), pos(kw)));
                } else {
                    if (!keywords.isEmpty()) {
                        boolean splat = keywords.stream().anyMatch(k -> k.name() == null);
                        throw unit.syntaxError(splat ? "positional argument follows keyword argument unpacking"
                                : "positional argument follows keyword argument", closingParen(args, a.start));
                    }
                    positional.add(namedexpr(((PositionalArgumentContext) a).namedexpr_test()));
                }
            }
        }
        return new Call(func, positional, keywords, p);
    }

    // ------------------------------------------------------------------ atoms

    private Expr atom(AtomContext ctx) {
        Pos p = pos(ctx);
        if (ctx instanceof NameAtomContext n) {
            return new Name(mangle(n.getText()), p);
        } else if (ctx instanceof NumberAtomContext n) {
            try {
                return new Constant(Literals.number(n.getText()), p);
            } catch (Literals.LiteralError e) {
                throw unit.syntaxError(e.getMessage(), n.start);
            }
        } else if (ctx instanceof StringAtomContext s) {
            return strings(s.STRING(), p);
        } else if (ctx instanceof NoneAtomContext) {
            return new Constant(PNone.NONE, p);
        } else if (ctx instanceof TrueAtomContext) {
            return new Constant(Boolean.TRUE, p);
        } else if (ctx instanceof FalseAtomContext) {
            return new Constant(Boolean.FALSE, p);
        } else if (ctx instanceof EllipsisAtomContext) {
            return new Constant(PNone.ELLIPSIS, p);
        } else if (ctx instanceof ParenAtomContext paren) {
            if (paren.yield_expr() != null) {
                return yieldExpr(paren.yield_expr());
            }
            if (paren.testlist_comp() == null) {
                return new TupleExpr(List.of(), p);
            }
            Testlist_compContext tc = paren.testlist_comp();
            if (tc.comp_for() != null) {
                return comprehension(CompKind.GENERATOR, item(tc.getChild(0)), null, tc.comp_for(), p);
            }
            List<Expr> items = testlistComp(tc);
            if (items.size() == 1 && tc.COMMA().isEmpty()) {
                if (items.get(0) instanceof Starred) {
                    throw unit.syntaxError("cannot use starred expression here", tc.start);
                }
                return items.get(0);
            }
            return new TupleExpr(items, p);
        } else if (ctx instanceof ListAtomContext list) {
            Testlist_compContext tc = list.testlist_comp();
            if (tc == null) {
                return new ListExpr(List.of(), p);
            }
            if (tc.comp_for() != null) {
                return comprehension(CompKind.LIST, item(tc.getChild(0)), null, tc.comp_for(), p);
            }
            return new ListExpr(testlistComp(tc), p);
        }
        return dictOrSet(((DictAtomContext) ctx).dictorsetmaker(), p);
    }

    private List<Expr> testlistComp(Testlist_compContext tc) {
        List<Expr> items = new ArrayList<>();
        for (ParseTree child : tc.children) {
            if (!(child instanceof TerminalNode)) {
                items.add(item(child));
            }
        }
        return items;
    }

    private Expr dictOrSet(DictorsetmakerContext ctx, Pos p) {
        if (ctx == null) {
            return new DictExpr(List.of(), List.of(), p);
        }
        if (ctx instanceof SetMakerContext set) {
            if (set.comp_for() != null) {
                return comprehension(CompKind.SET, item(set.getChild(0)), null, set.comp_for(), p);
            }
            List<Expr> items = new ArrayList<>();
            for (ParseTree child : set.children) {
                if (!(child instanceof TerminalNode)) {
                    items.add(item(child));
                }
            }
            return new SetExpr(items, p);
        }
        DictMakerContext dict = (DictMakerContext) ctx;
        if (dict.comp_for() != null) {
            Dict_itemContext item = dict.dict_item(0);
            if (item.POWER() != null) {
                throw unit.syntaxError("dict unpacking cannot be used in dict comprehension", item.start);
            }
            return comprehension(CompKind.DICT, test(item.test(0)), test(item.test(1)), dict.comp_for(), p);
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (Dict_itemContext item : dict.dict_item()) {
            if (item.POWER() != null) {
                keys.add(null);
                values.add(expr(item.expr()));
            } else {
                keys.add(test(item.test(0)));
                values.add(test(item.test(1)));
            }
        }
        return new DictExpr(keys, values, p);
    }

    Expr comprehension(CompKind kind, Expr elt, Expr value, Comp_forContext first, Pos p) {
        List<CompFor> generators = new ArrayList<>();
        Comp_forContext current = first;
        boolean anyAsync = false;
        while (current != null) {
            boolean isAsync = current.ASYNC() != null;
            anyAsync |= isAsync;
            Expr target = exprlist(current.exprlist());
            Expr iter = orTest(current.or_test());
            List<Expr> ifs = new ArrayList<>();
            Comp_iterContext iterCtx = current.comp_iter();
            current = null;
            while (iterCtx != null) {
                if (iterCtx.comp_for() != null) {
                    current = iterCtx.comp_for();
                    break;
                }
                Comp_ifContext cif = iterCtx.comp_if();
                ifs.add(testNocond(cif.test_nocond()));
                iterCtx = cif.comp_iter();
            }
            generators.add(new CompFor(target, iter, ifs, isAsync));
        }
        if (anyAsync || awaitsInside(elt, value, generators)) {
            return AsyncComprehensions.build(asyncStatements, kind, elt, value, generators, p);
        }
        return new Comprehension(kind, elt, value, generators, p);
    }

    /** An await in a comprehension (outside its first iterable) makes it asynchronous too, as in CPython. */
    private static boolean awaitsInside(Expr elt, Expr value, List<CompFor> generators) {
        Yields suspends = new Yields(true);
        boolean found = suspends.in(elt) || suspends.in(value);
        for (int i = 0; i < generators.size(); i++) {
            CompFor g = generators.get(i);
            found |= (i > 0 && suspends.in(g.iter())) || g.ifs().stream().anyMatch(suspends::in);
        }
        return found;
    }

    Expr yieldExpr(Yield_exprContext ctx) {
        Pos p = pos(ctx);
        if (ctx.FROM() != null) {
            return new YieldFrom(test(ctx.test()), p);
        }
        return new Yield(ctx.testlist_star_expr() == null ? null : testlistStarExpr(ctx.testlist_star_expr()), p);
    }

    // ------------------------------------------------------------------ strings

    /** Adjacent string literals (the patterns of match statements use them). */
    Expr stringLiteral(List<TerminalNode> tokens, Pos p) {
        return strings(tokens, p);
    }

    private Expr strings(List<TerminalNode> tokens, Pos p) {
        List<Expr> parts = new ArrayList<>();
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (TerminalNode node : tokens) {
            Token token = node.getSymbol();
            Literals.StringToken st = Literals.split(token.getText());
            try {
                if (st.bytes()) {
                    anyBytes = true;
                    bytes.writeBytes(Literals.decodeBytes(st.body(), st.raw()));
                } else if (st.fString()) {
                    anyStr = true;
                    anyF = true;
                    parts.addAll(FStringParser.parse(st.body(), st.raw(), unit.pos(token, token),
                            (text, at) -> unit.parseFStringExpression(text, token)));
                } else {
                    anyStr = true;
                    parts.add(new Constant(st.raw() ? st.body() : Literals.decodeString(st.body()), p));
                }
            } catch (Literals.LiteralError e) {
                throw unit.syntaxError(e.getMessage(), token);
            }
        }
        if (anyBytes && anyStr) {
            throw unit.syntaxError("cannot mix bytes and nonbytes literals", tokens.get(0).getSymbol());
        }
        if (anyBytes) {
            return new Constant(new PBytes(bytes.toByteArray()), p);
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            for (Expr e : parts) {
                sb.append((String) ((Constant) e).value());
            }
            return new Constant(sb.toString(), p);
        }
        return new JoinedStr(mergeConstants(parts), p);
    }

    private static List<Expr> mergeConstants(List<Expr> parts) {
        List<Expr> merged = new ArrayList<>();
        for (Expr e : parts) {
            if (e instanceof Constant c && !merged.isEmpty() && merged.get(merged.size() - 1) instanceof Constant prev) {
                merged.set(merged.size() - 1, new Constant((String) prev.value() + c.value(), prev.pos()));
            } else {
                merged.add(e);
            }
        }
        return merged;
    }

    /** How CPython names an expression in "cannot assign to ..." messages. */
    static String describe(Expr e) {
        return switch (e) {
            case Call c -> "function call";
            case Constant c -> c.value() == PNone.NONE || c.value() instanceof Boolean ? String.valueOf(c.value()) : "literal";
            case JoinedStr j -> "f-string expression";
            case BinOp b -> "expression";
            case UnaryOp u -> "expression";
            case BoolOp b -> "expression";
            case Compare c -> "comparison";
            case Lambda l -> "lambda";
            case IfExp i -> "conditional expression";
            case Comprehension c -> switch (c.kind()) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case DICT -> "dict comprehension";
                case GENERATOR -> "generator expression";
            };
            case DictExpr d -> "dict literal";
            case SetExpr s -> "set display";
            case Yield y -> "yield expression";
            case YieldFrom y -> "yield expression";
            case Await a -> "await expression";
            case NamedExpr n -> "named expression";
            case TupleExpr t -> "tuple";
            case ListExpr l -> "list";
            case Attribute a -> "attribute";
            case Subscript s -> "subscript";
            case Starred s -> "starred";
            default -> "expression";
        };
    }
}

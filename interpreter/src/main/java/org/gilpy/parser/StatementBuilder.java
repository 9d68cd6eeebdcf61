package org.gilpy.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.tree.ParseTree;

import org.gilpy.grammar.PythonParser.*;
import org.gilpy.parser.ast.Expr;
import org.gilpy.parser.ast.Pos;
import org.gilpy.parser.ast.Stmt;
import org.gilpy.parser.ast.Stmt.*;
import org.gilpy.runtime.BinaryOp;

/** Builds statement ASTs from the parse tree and checks what the grammar leaves open. */
final class StatementBuilder {
    private final SourceParser.Unit unit;
    private final PatternBuilder patterns;
    private final ExpressionBuilder exprs;
    /** Whether the statements being built are directly in an async def (for async for/with). */
    private boolean inAsyncFunction;

    StatementBuilder(SourceParser.Unit unit) {
        this.unit = unit;
        this.exprs = new ExpressionBuilder(unit);
        this.patterns = new PatternBuilder(unit, exprs);
    }

    List<Stmt> file(File_inputContext ctx) {
        List<Stmt> out = new ArrayList<>();
        for (StmtContext s : ctx.stmt()) {
            statement(s, out);
        }
        return out;
    }

    private void statement(StmtContext ctx, List<Stmt> out) {
        if (ctx.simple_stmts() != null) {
            for (Simple_stmtContext s : ctx.simple_stmts().simple_stmt()) {
                out.add(simple(s));
            }
        } else {
            Stmt s = compound(ctx.compound_stmt());
            if (s instanceof For f && f.isAsync()) {
                checkInAsyncFunction("'async for' outside async function", f.pos());
                out.addAll(exprs.asyncStatements.asyncFor(f.target(), f.iter(), f.body(), f.orElse(), f.pos()));
            } else if (s instanceof With w && w.isAsync()) {
                checkInAsyncFunction("'async with' outside async function", w.pos());
                out.addAll(exprs.asyncStatements.asyncWith(w.items(), w.body(), w.pos()));
            } else {
                out.add(s);
            }
        }
    }

    private void checkInAsyncFunction(String message, Pos pos) {
        if (!inAsyncFunction) {
            throw SyntaxErrors.atNode(unit.source, message, pos);
        }
    }

    private List<Stmt> block(BlockContext ctx) {
        List<Stmt> out = new ArrayList<>();
        if (ctx.simple_stmts() != null) {
            for (Simple_stmtContext s : ctx.simple_stmts().simple_stmt()) {
                out.add(simple(s));
            }
        } else {
            for (StmtContext s : ctx.stmt()) {
                statement(s, out);
            }
        }
        return out;
    }

    private Pos pos(org.antlr.v4.runtime.ParserRuleContext ctx) {
        return exprs.pos(ctx);
    }

    // ------------------------------------------------------------------ simple statements

    private Stmt simple(Simple_stmtContext ctx) {
        Pos p = pos(ctx);
        if (ctx.expr_stmt() != null) {
            return exprStatement(ctx.expr_stmt());
        } else if (ctx.PASS() != null) {
            return new Pass(p);
        } else if (ctx.BREAK() != null) {
            return new Break(p);
        } else if (ctx.CONTINUE() != null) {
            return new Continue(p);
        } else if (ctx.del_stmt() != null) {
            List<Expr> targets = exprs.exprlistItems(ctx.del_stmt().exprlist());
            for (Expr t : targets) {
                Targets.check(unit, t, "delete", ctx.del_stmt().start);
            }
            return new Delete(targets, p);
        } else if (ctx.return_stmt() != null) {
            Testlist_star_exprContext v = ctx.return_stmt().testlist_star_expr();
            return new Return(v == null ? null : exprs.testlistStarExpr(v), p);
        } else if (ctx.raise_stmt() != null) {
            Raise_stmtContext r = ctx.raise_stmt();
            return new Raise(r.test().isEmpty() ? null : exprs.test(r.test(0)),
                    r.test().size() > 1 ? exprs.test(r.test(1)) : null, p);
        } else if (ctx.global_stmt() != null) {
            return new Global(names(ctx.global_stmt().name()).stream().map(exprs::mangle).toList(), p);
        } else if (ctx.nonlocal_stmt() != null) {
            return new Nonlocal(names(ctx.nonlocal_stmt().name()).stream().map(exprs::mangle).toList(), p);
        } else if (ctx.assert_stmt() != null) {
            Assert_stmtContext a = ctx.assert_stmt();
            return new Assert(exprs.test(a.test(0)), a.test().size() > 1 ? exprs.test(a.test(1)) : null, p);
        }
        return importStatement(ctx.import_stmt(), p);
    }

    private static List<String> names(List<NameContext> ctxs) {
        List<String> out = new ArrayList<>();
        for (NameContext n : ctxs) {
            out.add(n.getText());
        }
        return out;
    }

    private Stmt exprStatement(Expr_stmtContext ctx) {
        Pos p = pos(ctx);
        if (ctx instanceof ExprStmtContext e) {
            Expr value = e.yield_expr() != null ? exprs.yieldExpr(e.yield_expr()) : exprs.testlistStarExpr(e.testlist_star_expr());
            if (value instanceof Expr.Starred) {
                throw unit.syntaxError("can't use starred expression here", e.start);
            }
            return new ExprStmt(value, p);
        } else if (ctx instanceof AssignContext a) {
            List<Expr> parts = new ArrayList<>();
            for (ParseTree child : a.children) {
                if (child instanceof Testlist_star_exprContext t) {
                    parts.add(exprs.testlistStarExpr(t));
                } else if (child instanceof Yield_exprContext y) {
                    parts.add(exprs.yieldExpr(y));
                }
            }
            Expr value = parts.remove(parts.size() - 1);
            for (Expr target : parts) {
                Targets.check(unit, target, "assign to", a.start);
            }
            return new Assign(parts, value, p);
        } else if (ctx instanceof AugAssignContext a) {
            Expr target = exprs.testlistStarExpr(a.testlist_star_expr());
            if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
                throw unit.syntaxError("'" + ExpressionBuilder.describe(target) + "' is an illegal expression for augmented assignment", a.start);
            }
            String op = a.augassign().getText();
            Expr value = a.yield_expr() != null ? exprs.yieldExpr(a.yield_expr()) : exprs.testlist(a.testlist());
            return new AugAssign(target, BinaryOp.fromSymbol(op.substring(0, op.length() - 1)), value, p);
        }
        AnnAssignContext a = (AnnAssignContext) ctx;
        Expr target = exprs.testlistStarExpr(a.testlist_star_expr());
        if (target instanceof Expr.TupleExpr) {
            throw unit.syntaxError("only single target (not tuple) can be annotated", a.start);
        }
        Targets.check(unit, target, "assign to", a.start);
        AnnassignContext ann = a.annassign();
        Expr value = null;
        if (ann.yield_expr() != null) {
            value = exprs.yieldExpr(ann.yield_expr());
        } else if (ann.testlist_star_expr() != null) {
            value = exprs.testlistStarExpr(ann.testlist_star_expr());
        }
        return new AnnAssign(target, exprs.test(ann.test()), value, p);
    }

    private Stmt importStatement(Import_stmtContext ctx, Pos p) {
        if (ctx.import_name() != null) {
            List<Alias> aliases = new ArrayList<>();
            for (Dotted_as_nameContext d : ctx.import_name().dotted_as_name()) {
                aliases.add(new Alias(d.dotted_name().getText(), d.name() == null ? null : d.name().getText()));
            }
            return new Import(aliases, p);
        }
        Import_fromContext f = ctx.import_from();
        int level = 0;
        for (Import_dotsContext d : f.import_dots()) {
            level += d.ELLIPSIS() != null ? 3 : 1;
        }
        String module = f.dotted_name() == null ? null : f.dotted_name().getText();
        List<Alias> aliases = new ArrayList<>();
        Import_targetsContext targets = f.import_targets();
        if (targets.STAR() != null) {
            aliases.add(new Alias("*", null));
        } else {
            for (Import_as_nameContext n : targets.import_as_name()) {
                aliases.add(new Alias(n.name(0).getText(), n.name().size() > 1 ? n.name(1).getText() : null));
            }
        }
        return new ImportFrom(module, aliases, level, p);
    }

    // ------------------------------------------------------------------ compound statements

    private Stmt compound(Compound_stmtContext ctx) {
        if (ctx.if_stmt() != null) {
            return ifStatement(ctx.if_stmt());
        } else if (ctx.while_stmt() != null) {
            While_stmtContext w = ctx.while_stmt();
            return new While(exprs.namedexpr(w.namedexpr_test()), block(w.block(0)),
                    w.block().size() > 1 ? block(w.block(1)) : List.of(), pos(w));
        } else if (ctx.for_stmt() != null) {
            For_stmtContext f = ctx.for_stmt();
            Expr target = exprs.exprlist(f.exprlist());
            Targets.check(unit, target, "assign to", f.start);
            return new For(target, exprs.testlistStarExpr(f.testlist_star_expr()), block(f.block(0)),
                    f.block().size() > 1 ? block(f.block(1)) : List.of(), f.ASYNC() != null, pos(f));
        } else if (ctx.try_stmt() != null) {
            return tryStatement(ctx.try_stmt());
        } else if (ctx.with_stmt() != null) {
            With_stmtContext w = ctx.with_stmt();
            List<WithItem> items = new ArrayList<>();
            for (With_itemContext item : w.with_item()) {
                Expr target = item.expr() == null ? null : exprs.expr(item.expr());
                if (target != null) {
                    Targets.check(unit, target, "assign to", item.start);
                }
                items.add(new WithItem(exprs.test(item.test()), target));
            }
            return new With(items, block(w.block()), w.ASYNC() != null, pos(w));
        } else if (ctx.funcdef() != null) {
            return function(ctx.funcdef(), List.of(), pos(ctx.funcdef()));
        } else if (ctx.classdef() != null) {
            return classDef(ctx.classdef(), List.of(), pos(ctx.classdef()));
        } else if (ctx.decorated() != null) {
            DecoratedContext d = ctx.decorated();
            List<Expr> decorators = new ArrayList<>();
            for (DecoratorContext dec : d.decorator()) {
                decorators.add(exprs.namedexpr(dec.namedexpr_test()));
            }
            Pos p = pos(d.funcdef() != null ? d.funcdef() : d.classdef());
            return d.funcdef() != null ? function(d.funcdef(), decorators, p) : classDef(d.classdef(), decorators, p);
        }
        return patterns.match(ctx.match_stmt(), this::block);
    }

    private Stmt ifStatement(If_stmtContext ctx) {
        int conditions = ctx.namedexpr_test().size();
        List<Stmt> orElse = ctx.ELSE() != null ? block(ctx.block(conditions)) : List.of();
        for (int i = conditions - 1; i >= 1; i--) {
            Stmt elif = new If(exprs.namedexpr(ctx.namedexpr_test(i)), block(ctx.block(i)), orElse,
                    unit.pos(ctx.namedexpr_test(i).start, ctx.block(i).stop));
            orElse = List.of(elif);
        }
        return new If(exprs.namedexpr(ctx.namedexpr_test(0)), block(ctx.block(0)), orElse, pos(ctx));
    }

    private Stmt tryStatement(Try_stmtContext ctx) {
        List<Stmt> body = block(ctx.block(0));
        List<Handler> handlers = new ArrayList<>();
        boolean star = false;
        for (int i = 0; i < ctx.except_clause().size(); i++) {
            Except_clauseContext e = ctx.except_clause(i);
            if (e.test() == null && i < ctx.except_clause().size() - 1) {
                throw unit.syntaxError("default 'except:' must be last", e.start);
            }
            star |= e.STAR() != null;
            handlers.add(new Handler(e.test() == null ? null : exprs.test(e.test()),
                    e.name() == null ? null : exprs.mangle(e.name().getText()), block(e.block()), pos(e)));
        }
        List<Stmt> orElse = List.of();
        List<Stmt> finalBody = List.of();
        int blockIndex = 1;
        if (ctx.ELSE() != null) {
            orElse = block(ctx.block(blockIndex++));
        }
        if (ctx.finally_block != null) {
            finalBody = block(ctx.finally_block);
        }
        return new Try(body, handlers, orElse, finalBody, star, pos(ctx));
    }

    private Stmt function(FuncdefContext ctx, List<Expr> decorators, Pos p) {
        Expr.Arguments args = ctx.param_list() == null ? Expr.Arguments.EMPTY
                : new ParameterBuilder(unit, exprs).function(ctx.param_list());
        boolean outer = inAsyncFunction;
        inAsyncFunction = ctx.ASYNC() != null;
        List<Stmt> body = block(ctx.block());
        inAsyncFunction = outer;
        return new FunctionDef(ctx.name().getText(), args, body, decorators,
                ctx.test() == null ? null : exprs.test(ctx.test()), ctx.ASYNC() != null, p, exprs.mangle(ctx.name().getText()));
    }

    private Stmt classDef(ClassdefContext ctx, List<Expr> decorators, Pos p) {
        List<Expr> bases = List.of();
        List<Expr.Keyword> keywords = List.of();
        if (ctx.arglist() != null) {
            Expr.Call call = (Expr.Call) exprs.call(null, ctx.arglist(), p);
            bases = call.args();
            keywords = call.keywords();
        }
        boolean outer = inAsyncFunction;
        inAsyncFunction = false;
        String boundName = exprs.mangle(ctx.name().getText());
        String outerClass = exprs.enterClass(ctx.name().getText());
        List<Stmt> body;
        try {
            body = block(ctx.block());
        } finally {
            exprs.leaveClass(outerClass);
        }
        inAsyncFunction = outer;
        return new ClassDef(ctx.name().getText(), bases, keywords, body, decorators, p, boundName);
    }
}

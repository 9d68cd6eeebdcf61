package org.gilpy.parser;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.gilpy.parser.ast.Expr;
import org.gilpy.parser.ast.Stmt;

/**
 * Answers "can this statement or expression suspend?" for the generator translation: only
 * those parts get resumable nodes and operand caching. Nested functions, lambdas and
 * comprehensions are their own code blocks and do not count.
 */
final class Yields {
    private final Map<Object, Boolean> memo = new IdentityHashMap<>();
    /** Count only await, not yield (for telling async comprehensions apart). */
    private final boolean awaitOnly;

    Yields() {
        this(false);
    }

    Yields(boolean awaitOnly) {
        this.awaitOnly = awaitOnly;
    }

    boolean in(Stmt s) {
        Boolean cached = memo.get(s);
        if (cached != null) {
            return cached;
        }
        boolean r = switch (s) {
            case Stmt.ExprStmt e -> in(e.value());
            case Stmt.Assign a -> in(a.value()) || anyExpr(a.targets());
            case Stmt.AugAssign a -> in(a.target()) || in(a.value());
            case Stmt.AnnAssign a -> a.value() != null && in(a.value());
            case Stmt.Delete d -> anyExpr(d.targets());
            case Stmt.Return r2 -> r2.value() != null && in(r2.value());
            case Stmt.Raise r2 -> (r2.exc() != null && in(r2.exc())) || (r2.cause() != null && in(r2.cause()));
            case Stmt.Assert a -> in(a.test()) || (a.msg() != null && in(a.msg()));
            case Stmt.If i -> in(i.test()) || any(i.body()) || any(i.orElse());
            case Stmt.While w -> in(w.test()) || any(w.body()) || any(w.orElse());
            case Stmt.For f -> in(f.iter()) || in(f.target()) || any(f.body()) || any(f.orElse());
            case Stmt.Try t -> any(t.body()) || any(t.orElse()) || any(t.finalBody())
                    || t.handlers().stream().anyMatch(h -> any(h.body()) || (h.type() != null && in(h.type())));
            case Stmt.With w -> any(w.body()) || w.items().stream().anyMatch(it -> in(it.context()));
            case Stmt.Match m -> any(m.body());
            default -> false;
        };
        memo.put(s, r);
        return r;
    }

    boolean any(List<Stmt> body) {
        for (Stmt s : body) {
            if (in(s)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyExpr(List<Expr> exprs) {
        for (Expr e : exprs) {
            if (in(e)) {
                return true;
            }
        }
        return false;
    }

    boolean in(Expr e) {
        if (e == null) {
            return false;
        }
        Boolean cached = memo.get(e);
        if (cached != null) {
            return cached;
        }
        boolean r = switch (e) {
            case Expr.Yield y -> !awaitOnly || in(y.value());
            case Expr.YieldFrom y -> !awaitOnly || in(y.value());
            case Expr.Await a -> true;
            case Expr.SpecialMethod m -> in(m.obj());
            case Expr.AsyncComprehension a -> in(a.firstIter()) || !a.generator();
            case Expr.Lambda l -> false;
            case Expr.Comprehension c -> false;
            case Expr.Name n -> false;
            case Expr.Constant c -> false;
            case Expr.JoinedStr j -> anyExpr(j.values());
            case Expr.FormattedValue f -> in(f.value()) || in(f.formatSpec());
            case Expr.Attribute a -> in(a.value());
            case Expr.Subscript s -> in(s.value()) || in(s.slice());
            case Expr.Slice s -> in(s.lower()) || in(s.upper()) || in(s.step());
            case Expr.Starred s -> in(s.value());
            case Expr.Call c -> in(c.func()) || anyExpr(c.args()) || c.keywords().stream().anyMatch(k -> in(k.value()));
            case Expr.BinOp b -> in(b.left()) || in(b.right());
            case Expr.UnaryOp u -> in(u.operand());
            case Expr.BoolOp b -> anyExpr(b.values());
            case Expr.Compare c -> in(c.left()) || anyExpr(c.comparators());
            case Expr.MatchTest m -> in(m.subject()) || in(m.guard());
            case Expr.IfExp i -> in(i.test()) || in(i.body()) || in(i.orElse());
            case Expr.NamedExpr n -> in(n.value());
            case Expr.TupleExpr t -> anyExpr(t.elts());
            case Expr.ListExpr l -> anyExpr(l.elts());
            case Expr.SetExpr s -> anyExpr(s.elts());
            case Expr.DictExpr d -> d.keys().stream().anyMatch(this::in) || anyExpr(d.values());
        };
        memo.put(e, r);
        return r;
    }
}

package org.gilpy.parser;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.gilpy.parser.Scope.Binding;
import org.gilpy.parser.Scope.Kind;
import org.gilpy.parser.ast.Expr;
import org.gilpy.parser.ast.Expr.*;
import org.gilpy.parser.ast.Stmt;
import org.gilpy.parser.ast.Stmt.*;

/**
 * Walks a module's AST once to collect, per code block, which names are bound, used, and
 * declared global/nonlocal; then resolves every name to a {@link Binding}. Mirrors CPython's
 * symtable: closures capture cells, class bodies are skipped when looking outward (except
 * for the implicit {@code __class__} cell used by {@code super()}).
 */
final class ScopeAnalyzer {
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private Scope current;

    private ScopeAnalyzer() {
    }

    /**
     * @param topKind MODULE normally; CLASS for exec/eval with a separate locals mapping,
     *                whose names resolve like a class body's (namespace, then globals)
     */
    static Map<Object, Scope> analyze(List<Stmt> module, Expr expression, Object moduleKey, Kind topKind) {
        ScopeAnalyzer a = new ScopeAnalyzer();
        Scope top = new Scope(topKind, "<module>", null);
        a.scopes.put(moduleKey, top);
        a.current = top;
        if (module != null) {
            a.statements(module);
        }
        a.expr(expression);
        a.resolve(top);
        return a.scopes;
    }

    private Scope enter(Object key, Kind kind, String name) {
        Scope s = new Scope(kind, name, current);
        scopes.put(key, s);
        current = s;
        return s;
    }

    private void bind(String name) {
        current.assigned.add(name);
    }

    // ------------------------------------------------------------------ statements

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        switch (s) {
            case ExprStmt e -> expr(e.value());
            case Assign a -> {
                expr(a.value());
                for (Expr t : a.targets()) {
                    target(t);
                }
            }
            case AugAssign a -> {
                expr(a.value());
                if (a.target() instanceof Name n) {
                    current.used.add(n.id());
                }
                target(a.target());
            }
            case AnnAssign a -> {
                if (a.value() != null) {
                    expr(a.value());
                }
                if (a.value() != null || !(a.target() instanceof Name)) {
                    target(a.target());
                } else if (a.target() instanceof Name n && current.kind != Kind.CLASS) {
                    bind(n.id());
                }
            }
            case Delete d -> d.targets().forEach(this::target);
            case Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                }
            }
            case Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                }
                if (r.cause() != null) {
                    expr(r.cause());
                }
            }
            case Global g -> current.globals.addAll(g.names());
            case Nonlocal n -> current.nonlocals.addAll(n.names());
            case Assert a -> {
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Import i -> {
                for (Alias alias : i.names()) {
                    bind(alias.asName() != null ? alias.asName() : alias.name().split("\\.")[0]);
                }
            }
            case ImportFrom i -> {
                for (Alias alias : i.names()) {
                    if (!alias.name().equals("*")) {
                        bind(alias.asName() != null ? alias.asName() : alias.name());
                    }
                }
            }
            case If i -> {
                expr(i.test());
                statements(i.body());
                statements(i.orElse());
            }
            case While w -> {
                expr(w.test());
                statements(w.body());
                statements(w.orElse());
            }
            case For f -> {
                expr(f.iter());
                target(f.target());
                statements(f.body());
                statements(f.orElse());
            }
            case Try t -> {
                statements(t.body());
                for (Handler h : t.handlers()) {
                    if (h.type() != null) {
                        expr(h.type());
                    }
                    if (h.name() != null) {
                        bind(h.name());
                    }
                    statements(h.body());
                }
                statements(t.orElse());
                statements(t.finalBody());
            }
            case With w -> {
                for (WithItem item : w.items()) {
                    expr(item.context());
                    if (item.target() != null) {
                        target(item.target());
                    }
                }
                statements(w.body());
            }
            case FunctionDef f -> function(f);
            case ClassDef c -> classDef(c);
            case Match m -> statements(m.body());
            default -> { }
        }
    }

    private void function(FunctionDef f) {
        f.decorators().forEach(this::expr);
        arguments(f.args());
        if (f.returns() != null) {
            expr(f.returns());
        }
        bind(f.boundName());
        functionScope(f);
    }

    /** The scope of a def's body (the def's own name is bound by the caller, if at all). */
    private void functionScope(FunctionDef f) {
        functionScope(f, false);
    }

    private void functionScope(FunctionDef f, boolean asyncComprehension) {
        Scope outer = current;
        Scope s = enter(f, Kind.FUNCTION, f.name());
        s.coroutine = f.isAsync();
        s.asyncComprehension = asyncComprehension;
        parameters(s, f.args());
        statements(f.body());
        current = outer;
    }

    private void arguments(Arguments args) {
        args.defaults().forEach(this::expr);
        for (Expr d : args.kwDefaults()) {
            if (d != null) {
                expr(d);
            }
        }
        for (List<Arg> group : List.of(args.posOnly(), args.args(), args.kwOnly())) {
            for (Arg a : group) {
                if (a.annotation() != null) {
                    expr(a.annotation());
                }
            }
        }
    }

    private static void parameters(Scope s, Arguments args) {
        for (Arg a : args.posOnly()) {
            s.params.add(a.name());
        }
        for (Arg a : args.args()) {
            s.params.add(a.name());
        }
        for (Arg a : args.kwOnly()) {
            s.params.add(a.name());
        }
        if (args.varArg() != null) {
            s.params.add(args.varArg().name());
        }
        if (args.kwArg() != null) {
            s.params.add(args.kwArg().name());
        }
        s.assigned.addAll(s.params);
    }

    private void classDef(ClassDef c) {
        c.decorators().forEach(this::expr);
        c.bases().forEach(this::expr);
        for (Keyword k : c.keywords()) {
            expr(k.value());
        }
        bind(c.boundName());
        Scope outer = current;
        enter(c, Kind.CLASS, c.name());
        statements(c.body());
        current = outer;
    }

    // ------------------------------------------------------------------ expressions

    /** A case pattern: its captures bind names, its values and classes are expressions. */
    private void pattern(org.gilpy.parser.ast.Pattern p, org.gilpy.parser.ast.Pos pos) {
        switch (p) {
            case org.gilpy.parser.ast.Pattern.Value v -> expr(v.value());
            case org.gilpy.parser.ast.Pattern.Singleton s -> { }
            case org.gilpy.parser.ast.Pattern.Capture c -> {
                if (c.name() != null) {
                    bind(c.name());
                }
            }
            case org.gilpy.parser.ast.Pattern.Star s -> {
                if (s.name() != null) {
                    bind(s.name());
                }
            }
            case org.gilpy.parser.ast.Pattern.Sequence s -> s.items().forEach(item -> pattern(item, pos));
            case org.gilpy.parser.ast.Pattern.Mapping m -> {
                m.keys().forEach(this::expr);
                m.values().forEach(value -> pattern(value, pos));
                if (m.rest() != null) {
                    bind(m.rest());
                }
            }
            case org.gilpy.parser.ast.Pattern.ClassPattern c -> {
                expr(c.cls());
                c.positional().forEach(item -> pattern(item, pos));
                c.keywordPatterns().forEach(item -> pattern(item, pos));
            }
            case org.gilpy.parser.ast.Pattern.As a -> {
                pattern(a.pattern(), pos);
                bind(a.name());
            }
            case org.gilpy.parser.ast.Pattern.Or o -> o.alternatives().forEach(item -> pattern(item, pos));
        }
    }

    private void target(Expr t) {
        switch (t) {
            case Name n -> bind(n.id());
            case TupleExpr tuple -> tuple.elts().forEach(this::target);
            case ListExpr list -> list.elts().forEach(this::target);
            case Starred s -> target(s.value());
            case Attribute a -> expr(a.value());
            case Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            default -> expr(t);
        }
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        switch (e) {
            case Name n -> {
                current.used.add(n.id());
                if (n.id().equals("super") || n.id().equals("__class__")) {
                    markClassCellUse();
                }
            }
            case Constant c -> { }
            case JoinedStr j -> j.values().forEach(this::expr);
            case FormattedValue f -> {
                expr(f.value());
                expr(f.formatSpec());
            }
            case Attribute a -> expr(a.value());
            case Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Slice s -> {
                expr(s.lower());
                expr(s.upper());
                expr(s.step());
            }
            case Starred s -> expr(s.value());
            case Call c -> {
                expr(c.func());
                c.args().forEach(this::expr);
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
            }
            case BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case UnaryOp u -> expr(u.operand());
            case BoolOp b -> b.values().forEach(this::expr);
            case Compare c -> {
                expr(c.left());
                c.comparators().forEach(this::expr);
            }
            case MatchTest m -> {
                expr(m.subject());
                pattern(m.pattern(), m.pos());
                expr(m.guard());
            }
            case IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orElse());
            }
            case NamedExpr n -> {
                expr(n.value());
                namedTarget(n.target().id());
            }
            case Lambda l -> {
                arguments(l.args());
                Scope outer = current;
                Scope s = enter(l, Kind.FUNCTION, "<lambda>");
                parameters(s, l.args());
                expr(l.body());
                current = outer;
            }
            case TupleExpr t -> t.elts().forEach(this::expr);
            case ListExpr l -> l.elts().forEach(this::expr);
            case SetExpr s -> s.elts().forEach(this::expr);
            case DictExpr d -> {
                d.keys().forEach(this::expr);
                d.values().forEach(this::expr);
            }
            case Comprehension c -> comprehension(c);
            case Yield y -> {
                current.generator = true;
                expr(y.value());
            }
            case YieldFrom y -> {
                current.generator = true;
                expr(y.value());
            }
            case Await a -> expr(a.value());
            case SpecialMethod m -> expr(m.obj());
            case AsyncComprehension a -> {
                expr(a.firstIter());
                functionScope(a.function(), true);
            }

        }
    }

    /** A walrus binds in the nearest enclosing non-comprehension block. */
    private void namedTarget(String id) {
        if (!isComprehension(current)) {
            bind(id);
            return;
        }
        Scope s = current;
        while (isComprehension(s)) {
            s.nonlocals.add(id);
            s = s.parent;
        }
        if (s.kind == Kind.MODULE) {
            for (Scope c = current; isComprehension(c); c = c.parent) {
                c.nonlocals.remove(id);
                c.globals.add(id);
            }
        }
        s.assigned.add(id);
    }

    private static boolean isComprehension(Scope s) {
        return s.kind == Kind.COMPREHENSION || s.asyncComprehension;
    }

    private void comprehension(Comprehension c) {
        expr(c.generators().get(0).iter());
        Scope outer = current;
        Scope s = enter(c, Kind.COMPREHENSION, c.kind().codeName);
        s.params.add(".0");
        s.assigned.add(".0");
        s.generator = c.kind() == CompKind.GENERATOR;
        for (int i = 0; i < c.generators().size(); i++) {
            CompFor g = c.generators().get(i);
            if (i > 0) {
                expr(g.iter());
            }
            target(g.target());
            g.ifs().forEach(this::expr);
        }
        expr(c.elt());
        expr(c.value());
        current = outer;
    }

    private void markClassCellUse() {
        for (Scope s = current; s != null; s = s.parent) {
            if (s.kind == Kind.CLASS) {
                if (s != current) {
                    current.used.add("__class__");
                }
                return;
            }
        }
    }

    // ------------------------------------------------------------------ resolution

    private void resolve(Scope s) {
        if (s.kind != Kind.MODULE) {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            names.addAll(s.params);
            names.addAll(s.assigned);
            names.addAll(s.used);
            names.addAll(s.nonlocals);
            for (String id : names) {
                if (s.globals.contains(id)) {
                    s.bindings.put(id, Binding.GLOBAL_EXPLICIT);
                } else if (s.nonlocals.contains(id)) {
                    if (!makeFree(s, id, true)) {
                        throw new ScopeError("no binding for nonlocal '" + id + "' found");
                    }
                } else if (s.assigned.contains(id)) {
                    if (!s.bindings.containsKey(id)) {
                        s.bindings.put(id, s.kind == Kind.CLASS ? Binding.CLASS_NAMESPACE : Binding.LOCAL);
                    }
                } else if (!s.bindings.containsKey(id)) {
                    if (!makeFree(s, id, false)) {
                        s.bindings.put(id, s.kind == Kind.CLASS ? Binding.CLASS_NAMESPACE : Binding.GLOBAL_IMPLICIT);
                    }
                }
            }
        } else {
            for (String id : s.globals) {
                s.bindings.put(id, Binding.GLOBAL_EXPLICIT);
            }
        }
        for (Scope child : s.children) {
            resolve(child);
        }
    }

    /**
     * Resolves {@code id} in {@code s} to a cell of an enclosing function block, marking the
     * owner's variable as a cell and passing it through every block in between.
     */
    private static boolean makeFree(Scope s, String id, boolean explicitNonlocal) {
        boolean classCell = id.equals("__class__");
        Scope owner = null;
        for (Scope p = s.parent; p != null && p.kind != Kind.MODULE; p = p.parent) {
            if (p.kind == Kind.CLASS) {
                if (classCell) {
                    owner = p;
                    p.needsClassCell = true;
                    break;
                }
                continue;
            }
            if (p.globals.contains(id)) {
                return false;
            }
            Binding b = p.bindings.get(id);
            if (b == Binding.FREE || b == Binding.CELL || b == Binding.LOCAL
                    || (b == null && (p.assigned.contains(id) || p.params.contains(id)) && !p.nonlocals.contains(id))
                    || p.nonlocals.contains(id)) {
                owner = p;
                break;
            }
        }
        if (owner == null) {
            return false;
        }
        if (owner.kind == Kind.CLASS) {
            owner.bindings.put(id, Binding.CELL);
        } else if (owner.nonlocals.contains(id) && owner.bindings.get(id) == null) {
            makeFree(owner, id, true);
        } else if (owner.bindings.get(id) != Binding.FREE) {
            owner.bindings.put(id, Binding.CELL);
        }
        for (Scope p = s; p != owner; p = p.parent) {
            if (p.bindings.get(id) != Binding.FREE) {
                p.bindings.put(id, Binding.FREE);
                p.freeVars.add(id);
            }
        }
        return true;
    }

    /** A scope error found during resolution; the parser reports it as SyntaxError. */
    static final class ScopeError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ScopeError(String message) {
            super(message, null, false, false);
        }
    }
}

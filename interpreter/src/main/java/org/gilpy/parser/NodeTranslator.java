package org.gilpy.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import org.gilpy.GilpyLanguage;
import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.control.BlockNode;
import org.gilpy.nodes.control.DisplayNode;
import org.gilpy.nodes.control.ExceptHandlerNode;
import org.gilpy.nodes.control.ExceptStarNode;
import org.gilpy.nodes.control.ForNode;
import org.gilpy.nodes.control.IfNode;
import org.gilpy.nodes.control.RaiseNode;
import org.gilpy.nodes.control.SimpleStatements;
import org.gilpy.nodes.control.TryNode;
import org.gilpy.nodes.control.WhileNode;
import org.gilpy.nodes.control.WithNode;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.nodes.frame.TempNodes;
import org.gilpy.nodes.function.DefinitionNodes;
import org.gilpy.nodes.function.FunctionRootNode;
import org.gilpy.nodes.function.ImportNodes;
import org.gilpy.nodes.function.MakeFunctionNode;
import org.gilpy.nodes.generators.GenBlockNode;
import org.gilpy.nodes.generators.GenIfNode;
import org.gilpy.nodes.generators.GenLoopNodes;
import org.gilpy.nodes.generators.GenStatementNodes;
import org.gilpy.nodes.generators.GenTryNode;
import org.gilpy.nodes.generators.GenWithNode;
import org.gilpy.nodes.generators.GeneratorBodyRootNode;
import org.gilpy.nodes.literals.ConstantNode;
import org.gilpy.nodes.expressions.AttributeNodes;
import org.gilpy.nodes.expressions.SubscriptNodes;
import org.gilpy.parser.ast.Expr;
import org.gilpy.parser.ast.Pos;
import org.gilpy.parser.ast.Stmt;
import org.gilpy.parser.ast.Stmt.*;
import org.gilpy.runtime.PException;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.Signature;

/**
 * Translates a module's AST into Truffle nodes, one {@link FunctionRootNode} per code block.
 * Statements are translated here; expressions and assignment targets by
 * {@link ExpressionTranslator}, which shares the current {@link CodeUnit}.
 */
public final class NodeTranslator {
    final GilpyLanguage language;
    final Source source;
    final Map<Object, Scope> scopes;
    final ExpressionTranslator exprs;
    final Yields yields = new Yields();
    /** Translating a prompt input: top-level expression statements display their values. */
    private boolean interactive;
    CodeUnit unit;

    private NodeTranslator(GilpyLanguage language, Source source, Map<Object, Scope> scopes) {
        this.language = language;
        this.source = source;
        this.scopes = scopes;
        this.exprs = new ExpressionTranslator(this);
    }

    public static RootCallTarget translateModule(GilpyLanguage language, Source source, List<Stmt> module, boolean interactive) {
        return translate(language, source, module, null, false, interactive);
    }

    /**
     * Code for {@code exec} or {@code eval}: {@code module} statements or one {@code expression}
     * (whose value the code returns). With {@code separateLocals} the code's names live in the
     * namespace passed as frame argument 1, as in a class body.
     */
    public static RootCallTarget translateCode(GilpyLanguage language, Source source, List<Stmt> module, Expr expression,
                                               boolean separateLocals) {
        return translate(language, source, module, expression, separateLocals, false);
    }

    private static RootCallTarget translate(GilpyLanguage language, Source source, List<Stmt> module, Expr expression,
                                            boolean separateLocals, boolean interactive) {
        Map<Object, Scope> scopes;
        Object key = module != null ? module : expression;
        try {
            scopes = ScopeAnalyzer.analyze(module, expression, key, separateLocals ? Scope.Kind.CLASS : Scope.Kind.MODULE);
        } catch (ScopeAnalyzer.ScopeError e) {
            throw PythonErrors.create("SyntaxError", e.getMessage());
        }
        NodeTranslator t = new NodeTranslator(language, source, scopes);
        t.interactive = interactive;
        t.unit = new CodeUnit(scopes.get(key));
        List<StatementNode> body = new ArrayList<>();
        if (expression != null) {
            body.add(new SimpleStatements.ReturnNode(t.exprs.expr(expression), t.unit.returnSlot()));
        } else {
            String doc = docstring(module);
            if (doc != null) {
                body.add(t.exprs.assignTo(new Expr.Name("__doc__", Pos.NONE), new ConstantNode(doc)));
            }
            if (recordsAnnotations(module)) {
                body.add(t.startAnnotations(Pos.NONE));
            }
            body.add(t.block(module));
        }
        StatementNode block = new BlockNode(body.toArray(new StatementNode[0]));
        FunctionRootNode root = new FunctionRootNode(language, t.unit.build(), block, "<module>",
                source.createSection(0, source.getLength()), new int[0], new boolean[0], new int[0], new int[0],
                t.unit.returnSlot());
        return root.getCallTarget();
    }

    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    SourceSection section(Pos pos) {
        int start = Math.min(pos.start(), source.getLength());
        int end = Math.min(Math.max(pos.end(), start), source.getLength());
        return source.createSection(start, end - start);
    }

    /** A SyntaxError found after parsing, reported at {@code pos} like the parser's own. */
    PException syntaxError(String message, Pos pos) {
        return SyntaxErrors.atNode(source, message, pos);
    }

    /** Loops enclosing the statement being translated in the current code block. */
    private int loopDepth;

    <T extends StatementNode> T at(T node, Pos pos) {
        node.setSourceRange(pos.start(), Math.max(0, pos.end() - pos.start()));
        return node;
    }

    StatementNode block(List<Stmt> statements) {
        StatementNode[] nodes = new StatementNode[statements.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = statement(statements.get(i));
        }
        if (unit.generator && yields.any(statements)) {
            return new GenBlockNode(nodes, unit.resumeTemp());
        }
        return new BlockNode(nodes);
    }

    /** A statement kind the subset parses but does not run yet: NotImplementedError when reached. */
    private StatementNode notYet(String what, Pos pos) {
        return new RaiseNode(exprs.raiseLater("NotImplementedError", what + " is not supported yet"), null, false);
    }

    private StatementNode loopBody(List<Stmt> statements) {
        loopDepth++;
        try {
            return block(statements);
        } finally {
            loopDepth--;
        }
    }

    private StatementNode optionalBlock(List<Stmt> statements) {
        return statements.isEmpty() ? null : block(statements);
    }

    StatementNode statement(Stmt s) {
        if (unit.generator && yields.in(s)) {
            return at(resumable(s), s.pos());
        }
        return at(translate(s), s.pos());
    }

    /** The generator variant of a statement that can suspend. */
    private StatementNode resumable(Stmt s) {
        return switch (s) {
            case If i -> new GenIfNode(header(i.test()), block(i.body()), optionalBlock(i.orElse()), unit.resumeTemp());
            case While w -> new GenLoopNodes.GenWhileNode(header(w.test()), loopBody(w.body()), optionalBlock(w.orElse()),
                    unit.resumeTemp());
            case For f -> new GenLoopNodes.GenForNode(exprs.target(f.target()), header(f.iter()), loopBody(f.body()),
                    optionalBlock(f.orElse()), unit.resumeTemp());
            case Try t when t.star() -> notYet("except* around a yield or await", t.pos());
            case Try t -> {
                ExceptHandlerNode[] handlers = handlers(t);
                yield new GenTryNode(block(t.body()), handlers, optionalBlock(t.orElse()), optionalBlock(t.finalBody()),
                        unit.resumeTemp(), unit.resumeTemp());
            }
            case With w -> resumableWith(w, 0);
            default -> {
                List<Integer> caches = exprs.beginCaching();
                StatementNode node = translate(s);
                exprs.endCaching();
                yield caches.isEmpty() ? node : new GenStatementNodes.CachingStatementNode(node, toArray(caches));
            }
        };
    }

    private StatementNode resumableWith(With w, int index) {
        WithItem item = w.items().get(index);
        StatementNode body = index == w.items().size() - 1 ? block(w.body()) : at(resumableWith(w, index + 1), w.pos());
        return new GenWithNode(header(item.context()), item.target() == null ? null : exprs.target(item.target()), body,
                unit.resumeTemp(), unit.resumeTemp());
    }

    /** A statement's header expression in a generator, with its operand caches. */
    private ExprNode header(Expr e) {
        List<Integer> caches = exprs.beginCaching();
        ExprNode node = exprs.expr(e);
        exprs.endCaching();
        return caches.isEmpty() ? node : new GenStatementNodes.CachingExprNode(node, toArray(caches));
    }

    private static int[] toArray(List<Integer> slots) {
        return slots.stream().mapToInt(Integer::intValue).toArray();
    }

    private StatementNode translate(Stmt s) {
        return switch (s) {
            case ExprStmt e -> unit.scope.kind == Scope.Kind.MODULE && interactive
                    ? new DisplayNode(exprs.expr(e.value()))
                    : new SimpleStatements.ExpressionStatement(exprs.expr(e.value()));
            case Assign a -> {
                AssignTargetNode[] targets = new AssignTargetNode[a.targets().size()];
                for (int i = 0; i < targets.length; i++) {
                    targets[i] = exprs.target(a.targets().get(i));
                }
                yield new SimpleStatements.AssignNode(targets, exprs.expr(a.value()));
            }
            case AugAssign a -> augAssign(a);
            case AnnAssign a -> annotatedAssignment(a);
            case Delete d -> {
                AssignTargetNode[] targets = new AssignTargetNode[d.targets().size()];
                for (int i = 0; i < targets.length; i++) {
                    targets[i] = exprs.target(d.targets().get(i));
                }
                yield new SimpleStatements.DeleteNode(targets);
            }
            case Pass p -> new SimpleStatements.PassNode();
            case Break b -> {
                if (loopDepth == 0) {
                    throw syntaxError("'break' outside loop", b.pos());
                }
                yield new SimpleStatements.BreakNode();
            }
            case Continue c -> {
                if (loopDepth == 0) {
                    throw syntaxError("'continue' not properly in loop", c.pos());
                }
                yield new SimpleStatements.ContinueNode();
            }
            case Return r -> {
                if (unit.scope.kind != Scope.Kind.FUNCTION) {
                    throw syntaxError("'return' outside function", r.pos());
                }
                if (r.value() != null && unit.scope.coroutine && unit.scope.generator) {
                    throw syntaxError("'return' with value in async generator", r.pos());
                }
                yield new SimpleStatements.ReturnNode(r.value() == null ? null : exprs.expr(r.value()), unit.returnSlot());
            }
            case Raise r -> new RaiseNode(r.exc() == null ? null : exprs.expr(r.exc()),
                    r.cause() == null ? null : exprs.expr(r.cause()), r.cause() != null);
            case Global g -> new SimpleStatements.PassNode();
            case Nonlocal n -> {
                if (unit.scope.kind == Scope.Kind.MODULE) {
                    throw syntaxError("nonlocal declaration not allowed at module level", n.pos());
                }
                yield new SimpleStatements.PassNode();
            }
            case Assert a -> new SimpleStatements.AssertNode(exprs.expr(a.test()), a.msg() == null ? null : exprs.expr(a.msg()));
            case Import i -> importNames(i);
            case ImportFrom i -> importFrom(i);
            case If i -> new IfNode(exprs.expr(i.test()), block(i.body()), optionalBlock(i.orElse()));
            case While w -> new WhileNode(exprs.expr(w.test()), loopBody(w.body()), optionalBlock(w.orElse()));
            case For f when f.isAsync() -> notYet("async for", f.pos());
            case With w when w.isAsync() -> notYet("async with", w.pos());
            case For f -> new ForNode(exprs.target(f.target()), exprs.expr(f.iter()), loopBody(f.body()), optionalBlock(f.orElse()),
                    unit.temp());
            case Try t -> tryStatement(t);
            case With w -> with(w, 0);
            case FunctionDef f -> new DefinitionNodes.FunctionDefNode(exprs.exprs(f.decorators()), function(f),
                    exprs.target(new Expr.Name(f.boundName(), f.pos())));
            case ClassDef c -> classDef(c);
            case Match m -> block(m.body());
        };
    }

    private StatementNode augAssign(AugAssign a) {
        ExprNode value = exprs.expr(a.value());
        switch (a.target()) {
            case Expr.Attribute attr -> {
                int obj = unit.temp();
                ExprNode read = new AttributeNodes.GetAttributeNode(new TempNodes.StoreTempNode(exprs.expr(attr.value()), obj), attr.attr());
                AssignTargetNode write = new AttributeNodes.AttributeTarget(new TempNodes.ReadTempNode(obj), attr.attr());
                return new SimpleStatements.AugAssignNode(read, value, write, a.op());
            }
            case Expr.Subscript sub -> {
                int obj = unit.temp();
                int key = unit.temp();
                ExprNode read = new SubscriptNodes.GetItemNode(new TempNodes.StoreTempNode(exprs.expr(sub.value()), obj),
                        new TempNodes.StoreTempNode(exprs.expr(sub.slice()), key));
                AssignTargetNode write = new SubscriptNodes.SubscriptTarget(new TempNodes.ReadTempNode(obj),
                        new TempNodes.ReadTempNode(key));
                return new SimpleStatements.AugAssignNode(read, value, write, a.op());
            }
            default -> {
                return new SimpleStatements.AugAssignNode(exprs.expr(a.target()), value, exprs.target(a.target()), a.op());
            }
        }
    }

    private StatementNode importNames(Import i) {
        StatementNode[] nodes = new StatementNode[i.names().size()];
        for (int k = 0; k < nodes.length; k++) {
            Alias alias = i.names().get(k);
            String bound = alias.asName() != null ? alias.asName() : alias.name().split("\\.")[0];
            nodes[k] = at(new ImportNodes.ImportNode(alias.name(), alias.asName() != null,
                    exprs.target(new Expr.Name(bound, i.pos()))), i.pos());
        }
        return nodes.length == 1 ? nodes[0] : new BlockNode(nodes);
    }

    private StatementNode importFrom(ImportFrom i) {
        if (i.names().size() == 1 && i.names().get(0).name().equals("*")) {
            if (unit.scope.kind == Scope.Kind.FUNCTION) {
                throw syntaxError("import * only allowed at module level", i.pos());
            }
            return new ImportNodes.ImportStarNode(i.module(), i.level(), unit.scope.kind == Scope.Kind.CLASS);
        }
        String[] names = new String[i.names().size()];
        AssignTargetNode[] targets = new AssignTargetNode[names.length];
        for (int k = 0; k < names.length; k++) {
            Alias alias = i.names().get(k);
            names[k] = alias.name();
            targets[k] = exprs.target(new Expr.Name(alias.asName() != null ? alias.asName() : alias.name(), i.pos()));
        }
        return new ImportNodes.ImportFromNode(i.module(), i.level(), names, targets);
    }

    private StatementNode tryStatement(Try t) {
        if (t.star()) {
            ExprNode[] types = new ExprNode[t.handlers().size()];
            for (int k = 0; k < types.length; k++) {
                Handler h = t.handlers().get(k);
                if (h.type() == null) {
                    throw syntaxError("expected one or more exception types", h.pos());
                }
                types[k] = exprs.expr(h.type());
            }
            StatementNode star = new ExceptStarNode(block(t.body()), types, handlers(t), optionalBlock(t.orElse()));
            return t.finalBody().isEmpty() ? star : new TryNode(star, new ExceptHandlerNode[0], null, block(t.finalBody()));
        }
        return new TryNode(block(t.body()), handlers(t), optionalBlock(t.orElse()), optionalBlock(t.finalBody()));
    }

    private ExceptHandlerNode[] handlers(Try t) {
        ExceptHandlerNode[] handlers = new ExceptHandlerNode[t.handlers().size()];
        for (int k = 0; k < handlers.length; k++) {
            Handler h = t.handlers().get(k);
            handlers[k] = new ExceptHandlerNode(h.type() == null ? null : exprs.expr(h.type()),
                    h.name() == null ? null : exprs.target(new Expr.Name(h.name(), h.pos())), block(h.body()));
        }
        return handlers;
    }

    private StatementNode with(With w, int index) {
        WithItem item = w.items().get(index);
        StatementNode body = index == w.items().size() - 1 ? block(w.body()) : at(with(w, index + 1), w.pos());
        return new WithNode(exprs.expr(item.context()), item.target() == null ? null : exprs.target(item.target()), body);
    }

    // ------------------------------------------------------------------ code blocks

    /** Translates a def's body into its own root and returns the node that creates the function. */
    MakeFunctionNode function(FunctionDef f) {
        Scope scope = scopes.get(f);
        String doc = docstring(f.body());
        return makeFunction(scope, f.name(), f.args(), () -> block(f.body()), f.pos(), doc);
    }

    MakeFunctionNode lambda(Expr.Lambda l) {
        Scope scope = scopes.get(l);
        return makeFunction(scope, "<lambda>", l.args(), () -> new BlockNode(new StatementNode[]{
            at(new SimpleStatements.ReturnNode(exprs.expr(l.body()), unit.returnSlot()), l.body().pos())}), l.pos(), null);
    }

    private MakeFunctionNode makeFunction(Scope scope, String name, Expr.Arguments args,
                                          java.util.function.Supplier<StatementNode> bodyBuilder, Pos pos, String doc) {
        ExprNode[] defaults = exprs.exprs(args.defaults());
        List<String> kwNames = new ArrayList<>();
        List<ExprNode> kwValues = new ArrayList<>();
        for (int i = 0; i < args.kwOnly().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                kwNames.add(args.kwOnly().get(i).name());
                kwValues.add(exprs.expr(d));
            }
        }
        List<String> names = new ArrayList<>();
        args.posOnly().forEach(a -> names.add(a.name()));
        args.args().forEach(a -> names.add(a.name()));
        args.kwOnly().forEach(a -> names.add(a.name()));
        Signature sig = new Signature(names.toArray(new String[0]), args.posOnly().size(),
                args.posOnly().size() + args.args().size(), args.varArg() == null ? null : args.varArg().name(),
                args.kwArg() == null ? null : args.kwArg().name());
        List<String> slotNames = new ArrayList<>(names);
        if (sig.varArgs != null) {
            slotNames.add(sig.varArgs);
        }
        if (sig.varKwargs != null) {
            slotNames.add(sig.varKwargs);
        }
        RootCallTarget target = codeBlock(scope, name, slotNames, bodyBuilder, pos, null);
        return new MakeFunctionNode(name, scope.qualname, target, sig, defaults, kwNames.toArray(new String[0]),
                kwValues.toArray(new ExprNode[0]), closureSlots(scope), scope.generator, doc);
    }

    /** The slots, in the current (enclosing) frame, of the cells a child block closes over. */
    int[] closureSlots(Scope child) {
        int[] slots = new int[child.freeVars.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = unit.slot(child.freeVars.get(i));
        }
        return slots;
    }

    /**
     * Builds the root node of a code block. {@code parameters} are the names bound from frame
     * arguments 1..n; {@code epilogue} (may be null) runs after the body.
     */
    RootCallTarget codeBlock(Scope scope, String name, List<String> parameters,
                             java.util.function.Supplier<StatementNode> bodyBuilder, Pos pos, StatementNode epilogue) {
        CodeUnit outer = unit;
        unit = new CodeUnit(scope);
        Object exprState = exprs.enterCodeBlock();
        int outerLoops = loopDepth;
        loopDepth = 0;
        try {
            int[] parameterSlots = new int[parameters.size()];
            boolean[] parameterIsCell = new boolean[parameters.size()];
            for (int i = 0; i < parameterSlots.length; i++) {
                String p = parameters.get(i);
                parameterSlots[i] = unit.slot(p);
                parameterIsCell[i] = scope.binding(p) == Scope.Binding.CELL;
            }
            List<Integer> cells = new ArrayList<>();
            for (var e : scope.bindings.entrySet()) {
                if (e.getValue() == Scope.Binding.CELL && !parameters.contains(e.getKey())) {
                    cells.add(unit.slot(e.getKey()));
                }
            }
            int[] freeSlots = new int[scope.freeVars.size()];
            for (int i = 0; i < freeSlots.length; i++) {
                freeSlots[i] = unit.slot(scope.freeVars.get(i));
            }
            StatementNode body = bodyBuilder.get();
            if (epilogue != null || scope.needsClassCell) {
                List<StatementNode> all = new ArrayList<>();
                all.add(body);
                if (scope.needsClassCell) {
                    all.add(new DefinitionNodes.StoreClassCellNode(unit.slot("__class__")));
                }
                if (epilogue != null) {
                    all.add(epilogue);
                }
                body = new BlockNode(all.toArray(new StatementNode[0]));
            }
            int[] cellSlots = cells.stream().mapToInt(Integer::intValue).toArray();
            if (unit.generator) {
                int generatorSlot = unit.generatorSlot();
                GeneratorBodyRootNode resume = new GeneratorBodyRootNode(language, body, name, section(pos), unit.returnSlot());
                FunctionRootNode root = new FunctionRootNode(language, unit.build(), null, name, section(pos), parameterSlots,
                        parameterIsCell, cellSlots, freeSlots, unit.returnSlot(), resume.getCallTarget(), generatorSlot,
                        scope.qualname, !scope.coroutine ? FunctionRootNode.GeneratorKind.GENERATOR
                                : scope.generator ? FunctionRootNode.GeneratorKind.ASYNC_GENERATOR
                                : FunctionRootNode.GeneratorKind.COROUTINE);
                return root.getCallTarget();
            }
            FunctionRootNode root = new FunctionRootNode(language, unit.build(), body, name, section(pos), parameterSlots,
                    parameterIsCell, cellSlots, freeSlots, unit.returnSlot());
            return root.getCallTarget();
        } finally {
            unit = outer;
            loopDepth = outerLoops;
            exprs.leaveCodeBlock(exprState);
        }
    }

    /**
     * {@code target: annotation [= value]}: the assignment, and in a module or class body the
     * annotation of a simple name recorded in {@code __annotations__} (functions ignore theirs).
     */
    private StatementNode annotatedAssignment(AnnAssign a) {
        List<StatementNode> nodes = new ArrayList<>();
        if (a.value() != null) {
            nodes.add(new SimpleStatements.AssignNode(new AssignTargetNode[]{exprs.target(a.target())}, exprs.expr(a.value())));
        }
        if (unit.scope.kind != Scope.Kind.FUNCTION && a.target() instanceof Expr.Name n) {
            Expr entry = new Expr.Subscript(new Expr.Name("__annotations__", a.pos()), new Expr.Constant(n.id(), a.pos()), a.pos());
            nodes.add(new SimpleStatements.AssignNode(new AssignTargetNode[]{exprs.target(entry)}, exprs.expr(a.annotation())));
        }
        return nodes.size() == 1 ? nodes.get(0) : new BlockNode(nodes.toArray(new StatementNode[0]));
    }

    /** Whether a module or class body records annotations (so it starts with {@code __annotations__ = {}}). */
    static boolean recordsAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case AnnAssign a -> a.target() instanceof Expr.Name;
                case Stmt.If i -> recordsAnnotations(i.body()) || recordsAnnotations(i.orElse());
                case Stmt.While w -> recordsAnnotations(w.body()) || recordsAnnotations(w.orElse());
                case Stmt.For f -> recordsAnnotations(f.body()) || recordsAnnotations(f.orElse());
                case Stmt.With w -> recordsAnnotations(w.body());
                case Stmt.Match m -> recordsAnnotations(m.body());
                case Stmt.Try t -> recordsAnnotations(t.body()) || recordsAnnotations(t.orElse())
                        || recordsAnnotations(t.finalBody()) || t.handlers().stream().anyMatch(h -> recordsAnnotations(h.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    private StatementNode startAnnotations(Pos pos) {
        return exprs.assignTo(new Expr.Name("__annotations__", pos), exprs.expr(new Expr.DictExpr(List.of(), List.of(), pos)));
    }

    private StatementNode classDef(ClassDef c) {
        Scope scope = scopes.get(c);
        List<Stmt> body = c.body();
        String doc = docstring(body);
        RootCallTarget target = codeBlock(scope, c.name(), List.of(), () -> {
            List<StatementNode> nodes = new ArrayList<>();
            if (doc != null) {
                nodes.add(exprs.assignTo(new Expr.Name("__doc__", c.pos()), new ConstantNode(doc)));
            }
            if (recordsAnnotations(body)) {
                nodes.add(startAnnotations(c.pos()));
            }
            nodes.add(block(body));
            return new BlockNode(nodes.toArray(new StatementNode[0]));
        }, c.pos(), null);
        List<String> kwNames = new ArrayList<>();
        List<ExprNode> kwValues = new ArrayList<>();
        for (Expr.Keyword k : c.keywords()) {
            if (k.name() == null) {
                throw syntaxError("class keyword argument unpacking is not supported yet", c.pos());
            }
            kwNames.add(k.name());
            kwValues.add(exprs.expr(k.value()));
        }
        return new DefinitionNodes.ClassDefNode(c.name(), scope.qualname, target, exprs.exprs(c.decorators()),
                exprs.exprs(c.bases()), kwNames.toArray(new String[0]), kwValues.toArray(new ExprNode[0]),
                closureSlots(scope), exprs.target(new Expr.Name(c.boundName(), c.pos())));
    }
}

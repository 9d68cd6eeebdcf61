package org.gilpy.parser;

import org.gilpy.nodes.control.PatternNodes;

import java.util.ArrayList;
import java.util.List;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.calls.CallNode;
import org.gilpy.nodes.control.BlockNode;
import org.gilpy.nodes.control.ForNode;
import org.gilpy.nodes.control.IfNode;
import org.gilpy.nodes.control.SimpleStatements;
import org.gilpy.nodes.expressions.AttributeNodes;
import org.gilpy.nodes.expressions.BinaryExprNode;
import org.gilpy.nodes.expressions.CompareExprNode;
import org.gilpy.nodes.expressions.CompareOpNode;
import org.gilpy.nodes.expressions.CompareOpNodeGen;
import org.gilpy.nodes.expressions.ComprehensionNodes;
import org.gilpy.nodes.expressions.DisplayNodes;
import org.gilpy.nodes.expressions.FormatNodes;
import org.gilpy.nodes.expressions.LogicalNodes;
import org.gilpy.nodes.expressions.StarredNode;
import org.gilpy.nodes.expressions.SubscriptNodes;
import org.gilpy.nodes.expressions.SuperNode;
import org.gilpy.nodes.expressions.UnpackTarget;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.nodes.frame.GlobalVariables;
import org.gilpy.nodes.frame.LocalVariables;
import org.gilpy.nodes.frame.TempNodes;
import org.gilpy.nodes.generators.GenStatementNodes;
import org.gilpy.nodes.generators.YieldNodes;
import org.gilpy.nodes.literals.ConstantNode;
import org.gilpy.parser.Scope.Binding;
import org.gilpy.parser.ast.Expr;
import org.gilpy.parser.ast.Expr.*;
import org.gilpy.parser.ast.Pattern;
import org.gilpy.parser.ast.Pos;
import org.gilpy.runtime.CompareOp;
import org.gilpy.runtime.PythonErrors;

/** Translates expressions and assignment targets of the current code block. */
final class ExpressionTranslator {
    private final NodeTranslator t;

    ExpressionTranslator(NodeTranslator translator) {
        this.t = translator;
    }

    private CodeUnit unit() {
        return t.unit;
    }

    private <N extends ExprNode> N at(N node, Expr e) {
        node.setSourceRange(e.pos().start(), Math.max(0, e.pos().end() - e.pos().start()));
        return node;
    }

    ExprNode[] exprs(List<Expr> list) {
        ExprNode[] out = new ExprNode[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(list.get(i));
        }
        return out;
    }

    /** Cache slots of the statement being translated in a generator, or null. */
    private List<Integer> caches;
    /** Whether the expression being translated contains a yield (its operands get cached). */
    private boolean parentSuspends;

    ExprNode expr(Expr e) {
        // In a generator, every completed operand of an expression that can suspend is cached,
        // yields included: the operand that suspended never completes, so it is re-run.
        boolean suspends = caches != null && t.yields.in(e);
        boolean cache = parentSuspends && !(e instanceof Constant) && !(e instanceof Starred);
        boolean outer = parentSuspends;
        parentSuspends = suspends || (outer && e instanceof Starred);
        ExprNode node;
        try {
            node = at(translate(e), e);
        } finally {
            parentSuspends = outer;
        }
        if (cache) {
            int slot = unit().resumeTemp();
            caches.add(slot);
            return new GenStatementNodes.CachedExprNode(node, slot);
        }
        return node;
    }

    /**
     * The operand of a yield, yield from or await. It is not cached even though its parent
     * suspends: a resumed yield or await returns what was sent in without evaluating its
     * operand again. (Its own operands are cached if it suspends itself.)
     */
    private ExprNode suspensionOperand(Expr e) {
        boolean outer = parentSuspends;
        parentSuspends = false;
        try {
            return expr(e);
        } finally {
            parentSuspends = outer;
        }
    }

    /** Starts collecting operand caches for one generator statement. */
    List<Integer> beginCaching() {
        caches = new ArrayList<>();
        return caches;
    }

    void endCaching() {
        caches = null;
    }

    /** Saves and resets the per-block state when a nested code block is translated. */
    Object enterCodeBlock() {
        Object[] saved = {caches, parentSuspends};
        caches = null;
        parentSuspends = false;
        return saved;
    }

    @SuppressWarnings("unchecked")
    void leaveCodeBlock(Object state) {
        Object[] saved = (Object[]) state;
        caches = (List<Integer>) saved[0];
        parentSuspends = (Boolean) saved[1];
    }

    private ExprNode translate(Expr e) {
        return switch (e) {
            case Name n -> readName(n.id());
            case Constant c -> new ConstantNode(c.value());
            case JoinedStr j -> joined(j);
            case FormattedValue f -> new FormatNodes.FormattedValueNode(expr(f.value()), f.conversion(),
                    f.formatSpec() == null ? null : expr(f.formatSpec()));
            case Attribute a -> new AttributeNodes.GetAttributeNode(expr(a.value()), a.attr());
            case Subscript s -> new SubscriptNodes.GetItemNode(expr(s.value()), expr(s.slice()));
            case Slice s -> new SubscriptNodes.SliceNode(optional(s.lower()), optional(s.upper()), optional(s.step()));
            case Starred s -> new StarredNode(expr(s.value()));
            case Call c -> call(c);
            case BinOp b -> new BinaryExprNode(expr(b.left()), expr(b.right()), b.op());
            case UnaryOp u -> switch (u.op()) {
                case "not" -> new LogicalNodes.NotNode(expr(u.operand()));
                case "-" -> new LogicalNodes.UnaryNode(expr(u.operand()), LogicalNodes.UnaryNode.Op.NEG);
                case "+" -> new LogicalNodes.UnaryNode(expr(u.operand()), LogicalNodes.UnaryNode.Op.POS);
                default -> new LogicalNodes.UnaryNode(expr(u.operand()), LogicalNodes.UnaryNode.Op.INVERT);
            };
            case BoolOp b -> boolOp(b);
            case Compare c -> compare(c);
            case MatchTest m -> new PatternNodes.MatchTestNode(expr(m.subject()), pattern(m.pattern(), m.pos()),
                    m.guard() == null ? null : expr(m.guard()));
            case IfExp i -> new LogicalNodes.ConditionalNode(expr(i.test()), expr(i.body()), expr(i.orElse()));
            case NamedExpr n -> new LogicalNodes.NamedExprNode(target(n.target()), expr(n.value()));
            case Lambda l -> t.lambda(l);
            case TupleExpr tuple -> new DisplayNodes.TupleNode(exprs(tuple.elts()));
            case ListExpr list -> new DisplayNodes.ListNode(exprs(list.elts()));
            case SetExpr set -> new DisplayNodes.SetNode(exprs(set.elts()));
            case DictExpr d -> {
                ExprNode[] keys = new ExprNode[d.keys().size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
                }
                yield new DisplayNodes.DictNode(keys, exprs(d.values()));
            }
            case Comprehension c -> comprehension(c);
            case Yield y -> {
                checkInGenerator("'yield' outside function", y.pos());
                ExprNode value = y.value() == null ? null : suspensionOperand(y.value());
                if (unit().scope.coroutine) { // an async generator: tell its yields from its awaits
                    value = new YieldNodes.AsyncGeneratorValueNode(value);
                }
                yield new YieldNodes.YieldNode(value, unit().resumeTemp(), unit().generatorSlot());
            }
            case YieldFrom y -> {
                checkInGenerator("'yield' outside function", y.pos());
                if (unit().scope.coroutine) {
                    throw t.syntaxError("'yield from' inside async function", y.pos());
                }
                yield new YieldNodes.YieldFromNode(suspensionOperand(y.value()), false, unit().resumeTemp(), unit().resumeTemp(), unit().generatorSlot());
            }
            case SpecialMethod m -> new AttributeNodes.SpecialMethodNode(expr(m.obj()), m.name(), m.protocolError());
            case AsyncComprehension a -> {
                if (!a.generator() && !unit().scope.coroutine) {
                    throw t.syntaxError("asynchronous comprehension outside of an asynchronous function", a.pos());
                }
                ExprNode call = new CallNode(t.function(a.function()), new ExprNode[]{expr(a.firstIter())}, new String[0],
                        new ExprNode[0]);
                yield a.generator() ? call
                        : new YieldNodes.YieldFromNode(call, true, unit().resumeTemp(), unit().resumeTemp(), unit().generatorSlot());
            }
            case Await a -> {
                if (!unit().scope.coroutine) {
                    throw t.syntaxError(unit().scope.kind == Scope.Kind.MODULE ? "'await' outside function"
                            : "'await' outside async function", a.pos());
                }
                yield new YieldNodes.YieldFromNode(suspensionOperand(a.value()), true, unit().resumeTemp(), unit().resumeTemp(), unit().generatorSlot());
            }
        };
    }

    private void checkInGenerator(String message, org.gilpy.parser.ast.Pos pos) {
        if (!unit().generator) {
            throw t.syntaxError(message, pos);
        }
    }

    private ExprNode optional(Expr e) {
        return e == null ? null : expr(e);
    }

    private ExprNode joined(JoinedStr j) {
        return new FormatNodes.JoinedStringNode(exprs(j.values()));
    }

    private ExprNode boolOp(BoolOp b) {
        ExprNode result = expr(b.values().get(b.values().size() - 1));
        for (int i = b.values().size() - 2; i >= 0; i--) {
            ExprNode left = expr(b.values().get(i));
            result = b.isAnd() ? new LogicalNodes.AndNode(left, result) : new LogicalNodes.OrNode(left, result);
        }
        return result;
    }

    private ExprNode compare(Compare c) {
        ExprNode[] operands = new ExprNode[c.ops().size() + 1];
        CompareOpNode[] ops = new CompareOpNode[c.ops().size()];
        operands[0] = expr(c.left());
        for (int i = 0; i < ops.length; i++) {
            operands[i + 1] = expr(c.comparators().get(i));
            ops[i] = switch (c.ops().get(i)) {
                case "<" -> CompareOpNodeGen.create(CompareOp.LT, CompareOpNode.Kind.RICH);
                case "<=" -> CompareOpNodeGen.create(CompareOp.LE, CompareOpNode.Kind.RICH);
                case "==" -> CompareOpNodeGen.create(CompareOp.EQ, CompareOpNode.Kind.RICH);
                case "!=" -> CompareOpNodeGen.create(CompareOp.NE, CompareOpNode.Kind.RICH);
                case ">" -> CompareOpNodeGen.create(CompareOp.GT, CompareOpNode.Kind.RICH);
                case ">=" -> CompareOpNodeGen.create(CompareOp.GE, CompareOpNode.Kind.RICH);
                case "in" -> CompareOpNodeGen.create(CompareOp.EQ, CompareOpNode.Kind.IN);
                case "not in" -> CompareOpNodeGen.create(CompareOp.EQ, CompareOpNode.Kind.NOT_IN);
                case "is" -> CompareOpNodeGen.create(CompareOp.EQ, CompareOpNode.Kind.IS);
                default -> CompareOpNodeGen.create(CompareOp.EQ, CompareOpNode.Kind.IS_NOT);
            };
        }
        return new CompareExprNode(operands, ops);
    }

    private ExprNode call(Call c) {
        if (c.func() instanceof Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
                && unit().scope.kind == Scope.Kind.FUNCTION && unit().scope.binding("super") == Binding.GLOBAL_IMPLICIT) {
            return zeroArgSuper();
        }
        List<String> names = new ArrayList<>();
        List<ExprNode> values = new ArrayList<>();
        for (Keyword k : c.keywords()) {
            names.add(k.name());
            values.add(expr(k.value()));
        }
        return new CallNode(expr(c.func()), exprs(c.args()), names.toArray(new String[0]), values.toArray(new ExprNode[0]));
    }

    private ExprNode zeroArgSuper() {
        Scope scope = unit().scope;
        if (scope.binding("__class__") != Binding.FREE || scope.params.isEmpty()) {
            return new SuperNode(null, null);
        }
        String first = scope.params.iterator().next();
        return new SuperNode(readName("__class__"), readName(first));
    }

    // ------------------------------------------------------------------ names

    ExprNode readName(String id) {
        Scope scope = unit().scope;
        if (scope.kind == Scope.Kind.MODULE) {
            return new GlobalVariables.ReadGlobalNode(id);
        }
        Binding b = scope.binding(id);
        return switch (b) {
            case LOCAL -> new LocalVariables.ReadLocalNode(unit().slot(id), id);
            case CELL -> new LocalVariables.ReadCellNode(unit().slot(id), id, false);
            case FREE -> scope.kind == Scope.Kind.CLASS
                    ? new GlobalVariables.ReadClassNameNode(id, new LocalVariables.ReadCellNode(unit().slot(id), id, true))
                    : new LocalVariables.ReadCellNode(unit().slot(id), id, true);
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> new GlobalVariables.ReadGlobalNode(id);
            case CLASS_NAMESPACE -> new GlobalVariables.ReadClassNameNode(id, new GlobalVariables.ReadGlobalNode(id));
        };
    }

    private AssignTargetNode nameTarget(String id) {
        Scope scope = unit().scope;
        if (scope.kind == Scope.Kind.MODULE) {
            return new GlobalVariables.GlobalTarget(id);
        }
        return switch (scope.binding(id)) {
            case LOCAL -> new LocalVariables.LocalTarget(unit().slot(id), id);
            case CELL, FREE -> new LocalVariables.CellTarget(unit().slot(id), id);
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> new GlobalVariables.GlobalTarget(id);
            case CLASS_NAMESPACE -> new GlobalVariables.ClassNameTarget(id);
        };
    }

    /** The node of a case pattern; captures become assignments to their names. */
    private PatternNodes.PatternNode pattern(Pattern p, Pos pos) {
        return switch (p) {
            case Pattern.Value v -> new PatternNodes.ValuePattern(expr(v.value()));
            case Pattern.Singleton s -> new PatternNodes.SingletonPattern(s.value());
            case Pattern.Capture c -> new PatternNodes.CapturePattern(c.name() == null ? null : target(new Name(c.name(), pos)));
            case Pattern.Star s -> throw new IllegalStateException("star pattern outside a sequence pattern");
            case Pattern.Sequence s -> {
                PatternNodes.PatternNode[] items = new PatternNodes.PatternNode[s.items().size()];
                AssignTargetNode starTarget = null;
                for (int i = 0; i < items.length; i++) {
                    if (s.items().get(i) instanceof Pattern.Star star) {
                        starTarget = star.name() == null ? null : target(new Name(star.name(), pos));
                        items[i] = new PatternNodes.CapturePattern(null);
                    } else {
                        items[i] = pattern(s.items().get(i), pos);
                    }
                }
                yield new PatternNodes.SequencePattern(items, s.star(), starTarget);
            }
            case Pattern.Mapping m -> new PatternNodes.MappingPattern(exprs(m.keys()),
                    m.values().stream().map(v -> pattern(v, pos)).toArray(PatternNodes.PatternNode[]::new),
                    m.rest() == null ? null : target(new Name(m.rest(), pos)));
            case Pattern.ClassPattern c -> new PatternNodes.ClassPattern(expr(c.cls()),
                    c.positional().stream().map(v -> pattern(v, pos)).toArray(PatternNodes.PatternNode[]::new),
                    c.keywords().toArray(new String[0]),
                    c.keywordPatterns().stream().map(v -> pattern(v, pos)).toArray(PatternNodes.PatternNode[]::new));
            case Pattern.As a -> new PatternNodes.AsPattern(pattern(a.pattern(), pos), target(new Name(a.name(), pos)));
            case Pattern.Or o -> new PatternNodes.OrPattern(
                    o.alternatives().stream().map(v -> pattern(v, pos)).toArray(PatternNodes.PatternNode[]::new));
        };
    }

    AssignTargetNode target(Expr e) {
        return switch (e) {
            case Name n -> nameTarget(n.id());
            case Attribute a -> new AttributeNodes.AttributeTarget(expr(a.value()), a.attr());
            case Subscript s -> new SubscriptNodes.SubscriptTarget(expr(s.value()), expr(s.slice()));
            case TupleExpr tuple -> unpack(tuple.elts());
            case ListExpr list -> unpack(list.elts());
            case Starred s -> target(s.value());
            default -> throw PythonErrors.create("SyntaxError", "cannot assign to " + ExpressionBuilder.describe(e));
        };
    }

    private AssignTargetNode unpack(List<Expr> elts) {
        AssignTargetNode[] targets = new AssignTargetNode[elts.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            if (elts.get(i) instanceof Starred) {
                star = i;
            }
            targets[i] = target(elts.get(i));
        }
        return new UnpackTarget(targets, star);
    }

    StatementNode assignTo(Name name, ExprNode value) {
        return new SimpleStatements.AssignNode(new AssignTargetNode[]{target(name)}, value);
    }

    /** An expression that raises {@code className(message)} when evaluated. */
    ExprNode raiseLater(String className, String message) {
        return new CallNode(new GlobalVariables.ReadGlobalNode(className), new ExprNode[]{new ConstantNode(message)},
                new String[0], new ExprNode[0]);
    }

    // ------------------------------------------------------------------ comprehensions

    /** A generator expression's body: the loops as statements around {@code yield elt}. */
    private StatementNode generatorExpressionBody(Comprehension c) {
        org.gilpy.parser.ast.Pos p = c.pos();
        org.gilpy.parser.ast.Stmt inner = new org.gilpy.parser.ast.Stmt.ExprStmt(new Yield(c.elt(), p), p);
        for (int i = c.generators().size() - 1; i >= 0; i--) {
            CompFor g = c.generators().get(i);
            for (int k = g.ifs().size() - 1; k >= 0; k--) {
                inner = new org.gilpy.parser.ast.Stmt.If(g.ifs().get(k), List.of(inner), List.of(), p);
            }
            Expr iter = i == 0 ? new Name(".0", p) : g.iter();
            inner = new org.gilpy.parser.ast.Stmt.For(g.target(), iter, List.of(inner), List.of(), false, p);
        }
        return t.block(List.of(inner));
    }

    /**
     * A comprehension runs as its own code block (CPython's scoping): the outermost iterable
     * is evaluated here and passed in as parameter {@code .0}.
     */
    private ExprNode comprehension(Comprehension c) {
        Scope scope = t.scopes.get(c);
        ExprNode firstIter = expr(c.generators().get(0).iter());
        var target = t.codeBlock(scope, scope.name, List.of(".0"), () -> comprehensionBody(c), c.pos(), null);
        return new ComprehensionNodes.RunComprehensionNode(target, t.closureSlots(scope), firstIter);
    }

    private StatementNode comprehensionBody(Comprehension c) {
        if (c.kind() == CompKind.GENERATOR) {
            return generatorExpressionBody(c);
        }
        int result = unit().temp();
        StatementNode inner = switch (c.kind()) {
            case LIST -> new ComprehensionNodes.AppendNode(result, expr(c.elt()));
            case SET -> new ComprehensionNodes.AddNode(result, expr(c.elt()));
            default -> new ComprehensionNodes.SetItemNode(result, expr(c.elt()), expr(c.value()));
        };
        for (int i = c.generators().size() - 1; i >= 0; i--) {
            CompFor g = c.generators().get(i);
            for (int k = g.ifs().size() - 1; k >= 0; k--) {
                inner = new IfNode(expr(g.ifs().get(k)), inner, null);
            }
            ExprNode iter = i == 0 ? readName(".0") : expr(g.iter());
            inner = new ForNode(target(g.target()), iter, inner, null, unit().temp());
        }
        return new BlockNode(new StatementNode[]{
            new ComprehensionNodes.InitResultNode(result, c.kind()),
            inner,
            new SimpleStatements.ReturnNode(new TempNodes.ReadTempNode(result), unit().returnSlot())
        });
    }
}

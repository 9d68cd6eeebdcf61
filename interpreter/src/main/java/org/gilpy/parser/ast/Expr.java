package org.gilpy.parser.ast;

import java.util.List;

import org.gilpy.runtime.BinaryOp;

/**
 * Python expressions, shaped like CPython's {@code ast} module. The parse-tree builder
 * produces them; the scope analyser and the node translator consume them.
 */
public sealed interface Expr {
    Pos pos();

    /** Identifiers are interned, as CPython does, so that dict probes for them hit by identity. */
    record Name(String id, Pos pos) implements Expr {
        public Name {
            id = id.intern();
        }
    }

    record Constant(Object value, Pos pos) implements Expr { }

    /** A str literal that may hold f-string parts (each a Constant or a FormattedValue). */
    record JoinedStr(List<Expr> values, Pos pos) implements Expr { }

    record FormattedValue(Expr value, char conversion, Expr formatSpec, Pos pos) implements Expr { }

    record Attribute(Expr value, String attr, Pos pos) implements Expr {
        public Attribute {
            attr = attr.intern();
        }
    }

    record Subscript(Expr value, Expr slice, Pos pos) implements Expr { }

    record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr { }

    record Starred(Expr value, Pos pos) implements Expr { }

    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Pos pos) implements Expr { }

    /** {@code name=value}, or {@code **value} when name is null. */
    record Keyword(String name, Expr value, Pos pos) {
        public Keyword {
            name = name == null ? null : name.intern();
        }
    }

    record BinOp(Expr left, BinaryOp op, Expr right, Pos pos) implements Expr { }

    record UnaryOp(String op, Expr operand, Pos pos) implements Expr { }

    record BoolOp(boolean isAnd, List<Expr> values, Pos pos) implements Expr { }

    /** A comparison chain; ops are "<", "==", "in", "not in", "is", "is not", ... */
    record Compare(Expr left, List<String> ops, List<Expr> comparators, Pos pos) implements Expr { }

    /**
     * Whether one case of a match statement applies: the pattern matches {@code subject}
     * (binding its names) and the guard, if any, is true. Match statements become chains of
     * ifs over these tests.
     */
    record MatchTest(Expr subject, Pattern pattern, Expr guard, Pos pos) implements Expr { }

    record IfExp(Expr test, Expr body, Expr orElse, Pos pos) implements Expr { }

    record NamedExpr(Name target, Expr value, Pos pos) implements Expr { }

    record Lambda(Arguments args, Expr body, Pos pos) implements Expr { }

    record TupleExpr(List<Expr> elts, Pos pos) implements Expr { }

    record ListExpr(List<Expr> elts, Pos pos) implements Expr { }

    record SetExpr(List<Expr> elts, Pos pos) implements Expr { }

    /** A dict display; a null key stands for {@code **value}. */
    record DictExpr(List<Expr> keys, List<Expr> values, Pos pos) implements Expr { }

    enum CompKind {
        LIST("<listcomp>"), SET("<setcomp>"), DICT("<dictcomp>"), GENERATOR("<genexpr>");

        /** The name of the comprehension's own code block, as in CPython's tracebacks. */
        public final String codeName;

        CompKind(String codeName) {
            this.codeName = codeName;
        }
    }

    /** A comprehension; for DICT, elt is the key and value the value. */
    record Comprehension(CompKind kind, Expr elt, Expr value, List<CompFor> generators, Pos pos) implements Expr { }

    record CompFor(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) { }

    record Yield(Expr value, Pos pos) implements Expr { }

    record YieldFrom(Expr value, Pos pos) implements Expr { }

    record Await(Expr value, Pos pos) implements Expr { }

    /**
     * The special method {@code name} of {@code obj}'s type, bound to obj; a TypeError with
     * {@code protocolError} (where %s is the type's name) when the type lacks it. Only made by
     * the desugaring of async for and async with ({@code AsyncStatements}).
     */
    record SpecialMethod(Expr obj, String name, String protocolError, Pos pos) implements Expr { }

    /**
     * A comprehension with {@code async for} (PEP 530): {@code function} is the async def it
     * stands for (one parameter, {@code .0}, the first iterable, evaluated outside), called
     * and awaited in place; for a generator expression it is an async generator, called only.
     */
    record AsyncComprehension(Stmt.FunctionDef function, Expr firstIter, boolean generator, Pos pos) implements Expr { }

    /** A parameter list of def or lambda. */
    record Arguments(List<Arg> posOnly, List<Arg> args, Arg varArg, List<Arg> kwOnly, Arg kwArg,
                     List<Expr> defaults, List<Expr> kwDefaults) {
        public static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), null, List.of(), List.of());
    }

    record Arg(String name, Expr annotation, Pos pos) {
        public Arg {
            name = name == null ? null : name.intern();
        }
    }
}

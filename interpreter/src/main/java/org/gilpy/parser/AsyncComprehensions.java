package org.gilpy.parser;

import java.util.ArrayList;
import java.util.List;

import org.gilpy.parser.ast.Expr;
import org.gilpy.parser.ast.Expr.Arg;
import org.gilpy.parser.ast.Expr.Arguments;
import org.gilpy.parser.ast.Expr.AsyncComprehension;
import org.gilpy.parser.ast.Expr.Attribute;
import org.gilpy.parser.ast.Expr.Call;
import org.gilpy.parser.ast.Expr.CompFor;
import org.gilpy.parser.ast.Expr.CompKind;
import org.gilpy.parser.ast.Expr.DictExpr;
import org.gilpy.parser.ast.Expr.ListExpr;
import org.gilpy.parser.ast.Expr.Name;
import org.gilpy.parser.ast.Expr.SetExpr;
import org.gilpy.parser.ast.Expr.Subscript;
import org.gilpy.parser.ast.Expr.Yield;
import org.gilpy.parser.ast.Pos;
import org.gilpy.parser.ast.Stmt;
import org.gilpy.parser.ast.Stmt.Assign;
import org.gilpy.parser.ast.Stmt.ExprStmt;
import org.gilpy.parser.ast.Stmt.For;
import org.gilpy.parser.ast.Stmt.FunctionDef;
import org.gilpy.parser.ast.Stmt.If;
import org.gilpy.parser.ast.Stmt.Return;

/**
 * A comprehension with {@code async for} (PEP 530) as the async def it stands for:
 * <pre>
 * [ELT async for X in A if C for Y in B]   becomes   await &lt;listcomp&gt;(A), with
 * async def &lt;listcomp&gt;(.0):
 *     .result = []
 *     async for X in .0:                      (as AsyncStatements writes it)
 *         if C:
 *             for Y in B:
 *                 .result.append(ELT)
 *     return .result
 * </pre>
 * Sets, dicts likewise; a generator expression becomes an async generator that yields ELT.
 */
final class AsyncComprehensions {
    private AsyncComprehensions() {
    }

    static Expr build(AsyncStatements async, CompKind kind, Expr elt, Expr value, List<CompFor> generators, Pos pos) {
        Name result = new Name(".result", pos);
        List<Stmt> inner = List.of(switch (kind) {
            case LIST -> new ExprStmt(call(new Attribute(result, "append", pos), elt, pos), pos);
            case SET -> new ExprStmt(call(new Attribute(result, "add", pos), elt, pos), pos);
            case DICT -> new Assign(List.of(new Subscript(result, elt, pos)), value, pos);
            case GENERATOR -> new ExprStmt(new Yield(elt, pos), pos);
        });
        for (int i = generators.size() - 1; i >= 0; i--) {
            CompFor g = generators.get(i);
            for (int k = g.ifs().size() - 1; k >= 0; k--) {
                inner = List.of(new If(g.ifs().get(k), inner, List.of(), pos));
            }
            Expr iterable = i == 0 ? new Name(".0", pos) : g.iter();
            inner = g.isAsync() ? async.asyncFor(g.target(), iterable, inner, List.of(), pos)
                    : List.of(new For(g.target(), iterable, inner, List.of(), false, pos));
        }
        List<Stmt> body = new ArrayList<>();
        if (kind != CompKind.GENERATOR) {
            Expr empty = switch (kind) {
                case LIST -> new ListExpr(List.of(), pos);
                case SET -> new SetExpr(List.of(), pos);
                default -> new DictExpr(List.of(), List.of(), pos);
            };
            body.add(new Assign(List.of(result), empty, pos));
            body.addAll(inner);
            body.add(new Return(result, pos));
        } else {
            body.addAll(inner);
        }
        Arguments parameters = new Arguments(List.of(), List.of(new Arg(".0", null, pos)), null, List.of(), null,
                List.of(), List.of());
        FunctionDef function = new FunctionDef(kind.codeName, parameters, body, List.of(), null, true, pos);
        return new AsyncComprehension(function, generators.get(0).iter(), kind == CompKind.GENERATOR, pos);
    }

    private static Expr call(Expr function, Expr argument, Pos pos) {
        return new Call(function, List.of(argument), List.of(), pos);
    }
}

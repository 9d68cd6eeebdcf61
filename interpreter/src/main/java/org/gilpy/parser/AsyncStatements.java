package org.gilpy.parser;

import java.util.ArrayList;
import java.util.List;

import org.gilpy.parser.ast.Expr;
import org.gilpy.parser.ast.Expr.Attribute;
import org.gilpy.parser.ast.Expr.Await;
import org.gilpy.parser.ast.Expr.Call;
import org.gilpy.parser.ast.Expr.Constant;
import org.gilpy.parser.ast.Expr.Name;
import org.gilpy.parser.ast.Expr.SpecialMethod;
import org.gilpy.parser.ast.Expr.UnaryOp;
import org.gilpy.parser.ast.Pos;
import org.gilpy.parser.ast.Stmt;
import org.gilpy.parser.ast.Stmt.Assign;
import org.gilpy.parser.ast.Stmt.ExprStmt;
import org.gilpy.parser.ast.Stmt.Handler;
import org.gilpy.parser.ast.Stmt.If;
import org.gilpy.parser.ast.Stmt.Raise;
import org.gilpy.parser.ast.Stmt.Try;
import org.gilpy.parser.ast.Stmt.While;
import org.gilpy.parser.ast.Stmt.WithItem;
import org.gilpy.runtime.PNone;

/**
 * {@code async for} and {@code async with} as the statements they stand for (PEP 492), so
 * that they run on the generator machinery that already suspends at any {@code await}
 * inside loops and try statements. Hidden variables start with a dot: no Python name can
 * clash with them, and {@code locals()} leaves them out.
 */
final class AsyncStatements {
    private int counter;

    /**
     * <pre>
     * .it = ITER.__aiter__()                  (looked up on the type)
     * .more = True
     * while .more:
     *     try:
     *         .value = await .it.__anext__()
     *     except StopAsyncIteration:
     *         .more = False
     *     else:
     *         TARGET = .value
     *         BODY                            (break and continue act on this loop)
     * else:
     *     ORELSE
     * </pre>
     */
    List<Stmt> asyncFor(Expr target, Expr iterable, List<Stmt> body, List<Stmt> orElse, Pos pos) {
        int n = ++counter;
        Name iterator = new Name(".aiter" + n, pos);
        Name more = new Name(".more" + n, pos);
        Name value = new Name(".anext" + n, pos);
        Expr aiter = call(new SpecialMethod(iterable, "__aiter__",
                "'async for' requires an object with __aiter__ method, got %s", pos), pos);
        Expr anext = new Await(call(new SpecialMethod(iterator, "__anext__",
                "'async for' received an object from __aiter__ that does not implement __anext__: %s", pos), pos), pos);
        List<Stmt> step = new ArrayList<>();
        step.add(new Assign(List.of(target), value, pos));
        step.addAll(body);
        Stmt fetch = new Try(List.of(new Assign(List.of(value), anext, pos)),
                List.of(new Handler(new Name("StopAsyncIteration", pos), null,
                        List.of(new Assign(List.of(more), new Constant(false, pos), pos)), pos)),
                step, List.of(), false, pos);
        return List.of(
                new Assign(List.of(iterator), aiter, pos),
                new Assign(List.of(more), new Constant(true, pos), pos),
                new While(more, List.of(fetch), orElse, pos));
    }

    /**
     * One item (several nest, as for with):
     * <pre>
     * .mgr = CONTEXT
     * .exit = .mgr.__aexit__                  (both looked up on the type, before __aenter__ runs)
     * TARGET = await .mgr.__aenter__()
     * .clean = True
     * try:
     *     BODY
     * except BaseException as .exc:
     *     .clean = False
     *     if not await .exit(.exc.__class__, .exc, .exc.__traceback__):
     *         raise
     * finally:
     *     if .clean:
     *         await .exit(None, None, None)   (also after return, break and continue)
     * </pre>
     */
    List<Stmt> asyncWith(List<WithItem> items, List<Stmt> body, Pos pos) {
        List<Stmt> inner = body;
        for (int i = items.size() - 1; i >= 0; i--) {
            inner = asyncWithItem(items.get(i), inner, pos);
        }
        return inner;
    }

    private List<Stmt> asyncWithItem(WithItem item, List<Stmt> body, Pos pos) {
        int n = ++counter;
        Name manager = new Name(".amgr" + n, pos);
        Name exit = new Name(".aexit" + n, pos);
        Name clean = new Name(".clean" + n, pos);
        String excName = ".aexc" + n;
        Name exc = new Name(excName, pos);
        String protocol = "'%s' object does not support the asynchronous context manager protocol";
        Expr enter = new Await(call(new SpecialMethod(manager, "__aenter__", protocol, pos), pos), pos);
        List<Stmt> statements = new ArrayList<>();
        statements.add(new Assign(List.of(manager), item.context(), pos));
        statements.add(new Assign(List.of(exit), new SpecialMethod(manager, "__aexit__", protocol, pos), pos));
        statements.add(item.target() == null ? new ExprStmt(enter, pos) : new Assign(List.of(item.target()), enter, pos));
        statements.add(new Assign(List.of(clean), new Constant(true, pos), pos));
        Expr exitWithError = new Await(new Call(exit, List.of(new Attribute(exc, "__class__", pos), exc,
                new Attribute(exc, "__traceback__", pos)), List.of(), pos), pos);
        Handler handler = new Handler(new Name("BaseException", pos), excName, List.of(
                new Assign(List.of(clean), new Constant(false, pos), pos),
                new If(new UnaryOp("not", exitWithError, pos), List.of(new Raise(null, null, pos)), List.of(), pos)), pos);
        Expr none = new Constant(PNone.NONE, pos);
        Stmt exitCleanly = new If(clean, List.of(new ExprStmt(new Await(new Call(exit, List.of(none, none, none),
                List.of(), pos), pos), pos)), List.of(), pos);
        statements.add(new Try(body, List.of(handler), List.of(), List.of(exitCleanly), false, pos));
        return statements;
    }

    private static Expr call(Expr function, Pos pos) {
        return new Call(function, List.of(), List.of(), pos);
    }
}

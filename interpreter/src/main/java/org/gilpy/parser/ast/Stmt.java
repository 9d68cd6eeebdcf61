package org.gilpy.parser.ast;

import java.util.List;

import org.gilpy.runtime.BinaryOp;

/** Python statements, shaped like CPython's {@code ast} module. */
public sealed interface Stmt {
    Pos pos();

    record ExprStmt(Expr value, Pos pos) implements Stmt { }

    record Assign(List<Expr> targets, Expr value, Pos pos) implements Stmt { }

    record AugAssign(Expr target, BinaryOp op, Expr value, Pos pos) implements Stmt { }

    record AnnAssign(Expr target, Expr annotation, Expr value, Pos pos) implements Stmt { }

    record Delete(List<Expr> targets, Pos pos) implements Stmt { }

    record Pass(Pos pos) implements Stmt { }

    record Break(Pos pos) implements Stmt { }

    record Continue(Pos pos) implements Stmt { }

    record Return(Expr value, Pos pos) implements Stmt { }

    record Raise(Expr exc, Expr cause, Pos pos) implements Stmt { }

    record Global(List<String> names, Pos pos) implements Stmt { }

    record Nonlocal(List<String> names, Pos pos) implements Stmt { }

    record Assert(Expr test, Expr msg, Pos pos) implements Stmt { }

    record Import(List<Alias> names, Pos pos) implements Stmt { }

    record ImportFrom(String module, List<Alias> names, int level, Pos pos) implements Stmt { }

    record Alias(String name, String asName) { }

    record If(Expr test, List<Stmt> body, List<Stmt> orElse, Pos pos) implements Stmt { }

    record While(Expr test, List<Stmt> body, List<Stmt> orElse, Pos pos) implements Stmt { }

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, boolean isAsync, Pos pos) implements Stmt { }

    record Try(List<Stmt> body, List<Handler> handlers, List<Stmt> orElse, List<Stmt> finalBody, boolean star,
               Pos pos) implements Stmt { }

    record Handler(Expr type, String name, List<Stmt> body, Pos pos) { }

    record With(List<WithItem> items, List<Stmt> body, boolean isAsync, Pos pos) implements Stmt { }

    record WithItem(Expr context, Expr target) { }

    /** {@code boundName} is the variable the def assigns: {@code name}, or its mangled form inside a class. */
    record FunctionDef(String name, Expr.Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                       boolean isAsync, Pos pos, String boundName) implements Stmt {
        public FunctionDef {
            name = name.intern();
            boundName = boundName.intern();
        }

        public FunctionDef(String name, Expr.Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                           boolean isAsync, Pos pos) {
            this(name, args, body, decorators, returns, isAsync, pos, name);
        }
    }

    /** {@code boundName} is the variable the class statement assigns: {@code name}, or its mangled form. */
    record ClassDef(String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body, List<Expr> decorators,
                    Pos pos, String boundName) implements Stmt {
        public ClassDef {
            name = name.intern();
            boundName = boundName.intern();
        }
    }

    /** A match statement: parsed, not run yet (the translator reports it). */
    /** A match statement, already turned into an assignment of the subject and a chain of ifs. */
    record Match(List<Stmt> body, Pos pos) implements Stmt { }
}

package org.gilpy.parser;

import org.antlr.v4.runtime.Token;

import org.gilpy.parser.ast.Expr;

/** Checks that an expression can be assigned to or deleted, with CPython's SyntaxError texts. */
final class Targets {
    private Targets() {
    }

    static void check(SourceParser.Unit unit, Expr target, String verb, Token at) {
        switch (target) {
            case Expr.Name n -> {
                if (n.id().equals("__debug__")) {
                    throw unit.syntaxError("cannot " + verb + " __debug__", at);
                }
            }
            case Expr.Attribute a -> { }
            case Expr.Subscript s -> { }
            case Expr.TupleExpr t -> checkSequence(unit, t.elts(), verb, at);
            case Expr.ListExpr l -> checkSequence(unit, l.elts(), verb, at);
            case Expr.Starred s -> {
                if (verb.equals("delete")) {
                    throw unit.syntaxError("cannot delete starred", at);
                }
                throw unit.syntaxError("starred assignment target must be in a list or tuple", at);
            }
            default -> {
                String what = ExpressionBuilder.describe(target);
                String hint = verb.equals("assign to") && (target instanceof Expr.Call || target instanceof Expr.Constant)
                        ? " here. Maybe you meant '==' instead of '='?" : "";
                throw unit.syntaxError("cannot " + verb + " " + what + hint, at);
            }
        }
    }

    private static void checkSequence(SourceParser.Unit unit, java.util.List<Expr> elts, String verb, Token at) {
        int stars = 0;
        for (Expr e : elts) {
            if (e instanceof Expr.Starred s) {
                if (verb.equals("delete")) {
                    throw unit.syntaxError("cannot delete starred", at);
                }
                stars++;
                check(unit, s.value(), verb, at);
            } else {
                check(unit, e, verb, at);
            }
        }
        if (stars > 1) {
            throw unit.syntaxError("multiple starred expressions in assignment", at);
        }
    }
}

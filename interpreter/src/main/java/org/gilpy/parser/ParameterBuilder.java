package org.gilpy.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.antlr.v4.runtime.ParserRuleContext;

import org.gilpy.grammar.PythonParser.*;
import org.gilpy.parser.ast.Expr;
import org.gilpy.parser.ast.Expr.Arg;
import org.gilpy.parser.ast.Expr.Arguments;

/**
 * Builds the parameter list of a {@code def} or {@code lambda}, checking CPython's rules
 * (order of /, *, **, defaults, duplicates) that the permissive grammar leaves open.
 */
final class ParameterBuilder {
    private final SourceParser.Unit unit;
    private final ExpressionBuilder exprs;

    private final List<Arg> posOnly = new ArrayList<>();
    private final List<Arg> args = new ArrayList<>();
    private final List<Arg> kwOnly = new ArrayList<>();
    private final List<Expr> defaults = new ArrayList<>();
    private final List<Expr> kwDefaults = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private Arg varArg;
    private Arg kwArg;
    private boolean afterStar;
    private boolean sawSlash;

    ParameterBuilder(SourceParser.Unit unit, ExpressionBuilder exprs) {
        this.unit = unit;
        this.exprs = exprs;
    }

    Arguments function(Param_listContext ctx) {
        for (ParamContext p : ctx.param()) {
            if (kwArg != null) {
                throw unit.syntaxError("arguments cannot follow var-keyword argument", p.start);
            }
            if (p instanceof PlainParamContext plain) {
                Expr annotation = plain.test().size() > 0 && plain.COLON() != null ? exprs.test(plain.test(0)) : null;
                Expr dflt = plain.ASSIGN() != null ? exprs.test(plain.test(plain.test().size() - 1)) : null;
                add(plain.name().getText(), annotation, dflt, plain);
            } else if (p instanceof StarParamContext star) {
                star(star.name() == null ? null : star.name().getText(), star);
            } else if (p instanceof KwargsParamContext kw) {
                kwArg = new Arg(checkDuplicate(kw.name().getText(), kw), null, exprs.pos(kw));
            } else {
                slash(p);
            }
        }
        return finish(ctx);
    }

    Arguments lambda(Lambda_paramsContext ctx) {
        for (Lambda_paramContext p : ctx.lambda_param()) {
            if (kwArg != null) {
                throw unit.syntaxError("arguments cannot follow var-keyword argument", p.start);
            }
            if (p instanceof LambdaPlainParamContext plain) {
                add(plain.name().getText(), null, plain.test() == null ? null : exprs.test(plain.test()), plain);
            } else if (p instanceof LambdaStarParamContext star) {
                star(star.name() == null ? null : star.name().getText(), star);
            } else if (p instanceof LambdaKwargsParamContext kw) {
                kwArg = new Arg(checkDuplicate(kw.name().getText(), kw), null, exprs.pos(kw));
            } else {
                slash(p);
            }
        }
        return finish(ctx);
    }

    private void add(String name, Expr annotation, Expr dflt, ParserRuleContext ctx) {
        Arg arg = new Arg(checkDuplicate(name, ctx), annotation, exprs.pos(ctx));
        if (afterStar) {
            kwOnly.add(arg);
            kwDefaults.add(dflt);
            return;
        }
        if (dflt == null && !defaults.isEmpty()) {
            throw unit.syntaxError("parameter without a default follows parameter with a default", ctx.start);
        }
        args.add(arg);
        if (dflt != null) {
            defaults.add(dflt);
        }
    }

    private void star(String name, ParserRuleContext ctx) {
        if (afterStar) {
            throw unit.syntaxError("* argument may appear only once", ctx.start);
        }
        afterStar = true;
        if (name != null) {
            varArg = new Arg(checkDuplicate(name, ctx), null, exprs.pos(ctx));
        }
    }

    private void slash(ParserRuleContext ctx) {
        if (sawSlash) {
            throw unit.syntaxError("/ may appear only once", ctx.start);
        }
        if (afterStar) {
            throw unit.syntaxError("/ must be ahead of *", ctx.start);
        }
        if (args.isEmpty()) {
            throw unit.syntaxError("at least one argument must precede /", ctx.start);
        }
        sawSlash = true;
        posOnly.addAll(args);
        args.clear();
    }

    private String checkDuplicate(String given, ParserRuleContext ctx) {
        String name = exprs.mangle(given);
        if (!seen.add(name)) {
            throw unit.syntaxError("duplicate argument '" + name + "' in function definition", ctx.start);
        }
        return name;
    }

    private Arguments finish(ParserRuleContext ctx) {
        if (afterStar && varArg == null && kwOnly.isEmpty()) {
            throw unit.syntaxError("named arguments must follow bare *", ctx.stop);
        }
        return new Arguments(posOnly, args, varArg, kwOnly, kwArg, defaults, kwDefaults);
    }
}

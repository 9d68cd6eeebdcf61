package org.gilpy.parser.ast;

import java.util.List;

/** The patterns of a {@code match} statement's cases. */
public sealed interface Pattern {
    /** A literal or dotted name, compared with {@code ==}. */
    record Value(Expr value) implements Pattern { }

    /** None, True or False, compared by identity. */
    record Singleton(Object value) implements Pattern { }

    /** A bare name (binds the subject) or {@code _} (name null: matches anything, binds nothing). */
    record Capture(String name) implements Pattern { }

    /** {@code [p, *rest, q]} or {@code (p, q)}: {@code star} is the index of the starred item, or -1. */
    record Sequence(List<Pattern> items, int star) implements Pattern { }

    /** {@code *name} inside a sequence pattern ({@code *_} has a null name). */
    record Star(String name) implements Pattern { }

    /** {@code {key: p, ..., **rest}}. */
    record Mapping(List<Expr> keys, List<Pattern> values, String rest) implements Pattern { }

    /** {@code Cls(p, ..., name=p, ...)}. */
    record ClassPattern(Expr cls, List<Pattern> positional, List<String> keywords, List<Pattern> keywordPatterns)
            implements Pattern { }

    /** {@code p as name}. */
    record As(Pattern pattern, String name) implements Pattern { }

    /** {@code p | q | ...}. */
    record Or(List<Pattern> alternatives) implements Pattern { }
}

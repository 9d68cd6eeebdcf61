package org.gilpy.runtime;

/** The rich comparison operators with their special methods and reflections. */
public enum CompareOp {
    LT("<", "__lt__"),
    LE("<=", "__le__"),
    EQ("==", "__eq__"),
    NE("!=", "__ne__"),
    GT(">", "__gt__"),
    GE(">=", "__ge__");

    public final String symbol;
    public final String method;

    CompareOp(String symbol, String method) {
        this.symbol = symbol;
        this.method = method;
    }

    /** The operator with swapped operands: a < b is b > a. */
    public CompareOp reflected() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
            default -> this;
        };
    }

    public boolean test(int cmp) {
        return switch (this) {
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
        };
    }
}

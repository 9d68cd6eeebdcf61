package org.gilpy.runtime;

/** The binary operators with their symbols and special-method names (plain, reflected, in-place). */
public enum BinaryOp {
    ADD("+", "add"),
    SUB("-", "sub"),
    MUL("*", "mul"),
    MATMUL("@", "matmul"),
    TRUEDIV("/", "truediv"),
    FLOORDIV("//", "floordiv"),
    MOD("%", "mod"),
    POW("**", "pow"),
    LSHIFT("<<", "lshift"),
    RSHIFT(">>", "rshift"),
    AND("&", "and"),
    OR("|", "or"),
    XOR("^", "xor");

    public final String symbol;
    public final String method;
    public final String reflected;
    public final String inplace;

    BinaryOp(String symbol, String base) {
        this.symbol = symbol;
        this.method = "__" + base + "__";
        this.reflected = "__r" + base + "__";
        this.inplace = "__i" + base + "__";
    }

    public static BinaryOp fromSymbol(String symbol) {
        for (BinaryOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException(symbol);
    }
}

package org.gilpy.parser.ast;

/** Where a node is in the source: character offsets (start inclusive, end exclusive) and line/column. */
public record Pos(int start, int end, int line, int column) {
    public static final Pos NONE = new Pos(0, 0, 1, 0);
}

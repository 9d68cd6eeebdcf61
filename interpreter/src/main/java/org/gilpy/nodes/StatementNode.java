package org.gilpy.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of all nodes that run Python code. It remembers its position in the source (as a
 * character range, turned into a SourceSection only when a traceback needs the line), so
 * the parser does not allocate a SourceSection per node.
 */
@TypeSystemReference(PyTypes.class)
@NodeInfo(language = "gilpy", description = "A Python statement")
public abstract class StatementNode extends Node {
    private int sourceStart = -1;
    private int sourceLength;

    public abstract void executeVoid(VirtualFrame frame);

    public final void setSourceRange(int start, int length) {
        this.sourceStart = start;
        this.sourceLength = length;
    }

    public final boolean hasSourceRange() {
        return sourceStart >= 0;
    }

    public final int getSourceStart() {
        return sourceStart;
    }

    public final int getSourceLength() {
        return sourceLength;
    }

    @Override
    @TruffleBoundary
    public SourceSection getSourceSection() {
        if (sourceStart < 0) {
            return null;
        }
        RootNode root = getRootNode();
        if (root == null) {
            return null;
        }
        SourceSection rootSection = root.getSourceSection();
        if (rootSection == null) {
            return null;
        }
        Source source = rootSection.getSource();
        int length = Math.min(sourceLength, source.getLength() - sourceStart);
        return source.createSection(sourceStart, Math.max(0, length));
    }
}

package org.gilpy.runtime;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

/**
 * One traceback entry ({@code tb_next} points toward where the exception was raised),
 * built the way CPython builds it: an entry is prepended each time the exception starts
 * unwinding a frame. {@code location} is the statement that was running in that frame.
 */
public final class PTraceback extends PyObject {
    private final String functionName;
    private final Node location;
    private final PTraceback next;

    public PTraceback(String functionName, Node location, PTraceback next) {
        super(PythonTypes.get().traceback);
        this.functionName = functionName;
        this.location = location;
        this.next = next;
    }

    public String getFunctionName() {
        return functionName;
    }

    public PTraceback getNext() {
        return next;
    }

    public SourceSection getSection() {
        return location == null ? null : location.getSourceSection();
    }

    public int getLine() {
        SourceSection s = getSection();
        return s == null ? -1 : s.getStartLine();
    }

    public String getFileName() {
        SourceSection s = getSection();
        return s == null ? "<unknown>" : s.getSource().getName();
    }
}

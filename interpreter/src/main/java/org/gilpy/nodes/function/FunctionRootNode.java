package org.gilpy.nodes.function;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import org.gilpy.GilpyContext;
import org.gilpy.GilpyLanguage;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.control.ControlFlow;
import org.gilpy.runtime.PCell;
import org.gilpy.runtime.PException;
import org.gilpy.runtime.PFunction;
import org.gilpy.runtime.PAsyncGenerator;
import org.gilpy.runtime.PGenerator;
import org.gilpy.runtime.PythonTypes;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.PythonThreadState;

/**
 * The code of a module, function, class body or comprehension. On entry it moves the bound
 * arguments into their local slots (boxing captured ones in cells), creates the cells of
 * locals that inner functions capture, and copies in the closure's cells; it counts the
 * Python call depth for RecursionError.
 */
public final class FunctionRootNode extends RootNode {
    @Child private StatementNode body;
    private final String name;
    private final SourceSection section;
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] parameterSlots;
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final boolean[] parameterIsCell;
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] cellSlots;
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] freeSlots;
    private final int returnSlot;
    /** For generator functions: the body's resume target; calling the function only builds the generator. */
    private final RootCallTarget generatorBody;
    private final int generatorSlot;
    private final String qualname;
    /** What calling a function whose body suspends returns. */
    public enum GeneratorKind { GENERATOR, COROUTINE, ASYNC_GENERATOR }

    private final GeneratorKind kind;
    private boolean hiddenFromTracebacks;

    public FunctionRootNode(GilpyLanguage language, FrameDescriptor descriptor, StatementNode body, String name,
                            SourceSection section, int[] parameterSlots, boolean[] parameterIsCell, int[] cellSlots,
                            int[] freeSlots, int returnSlot) {
        this(language, descriptor, body, name, section, parameterSlots, parameterIsCell, cellSlots, freeSlots, returnSlot,
                null, -1, name, GeneratorKind.GENERATOR);
    }

    /** A generator function's root: calling it binds the arguments and returns a generator. */
    public FunctionRootNode(GilpyLanguage language, FrameDescriptor descriptor, StatementNode body, String name,
                            SourceSection section, int[] parameterSlots, boolean[] parameterIsCell, int[] cellSlots,
                            int[] freeSlots, int returnSlot, RootCallTarget generatorBody, int generatorSlot, String qualname,
                            GeneratorKind kind) {
        super(language, descriptor);
        this.kind = kind;
        this.generatorBody = generatorBody;
        this.generatorSlot = generatorSlot;
        this.qualname = qualname;
        this.body = body;
        this.name = name;
        this.section = section;
        this.parameterSlots = parameterSlots;
        this.parameterIsCell = parameterIsCell;
        this.cellSlots = cellSlots;
        this.freeSlots = freeSlots;
        this.returnSlot = returnSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (generatorBody != null) {
            enter(frame);
            PythonTypes types = PythonTypes.get();
            PGenerator generator = new PGenerator(kind == GeneratorKind.COROUTINE ? types.coroutine : types.generator,
                    frame.materialize(), generatorBody, name, qualname);
            frame.setObjectStatic(generatorSlot, generator);
            return kind == GeneratorKind.ASYNC_GENERATOR ? new PAsyncGenerator(types.asyncGenerator, generator) : generator;
        }
        GilpyContext context = GilpyContext.get(this);
        context.getGil().checkpoint(this);
        PythonThreadState ts = GilpyLanguage.get(this).getThreadState();
        ts.enterFrame(context.getRecursionLimit());
        try {
            enter(frame);
            body.executeVoid(frame);
            return PNone.NONE;
        } catch (ControlFlow.ReturnException r) {
            return frame.getObject(returnSlot);
        } catch (PException e) {
            e.leftFrame();
            throw e;
        } catch (StackOverflowError e) {
            throw recursionError();
        } finally {
            ts.leaveFrame();
        }
    }

    private static PException recursionError() {
        CompilerDirectives.transferToInterpreter();
        return PythonErrors.recursionError();
    }

    @ExplodeLoop
    private void enter(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        for (int i = 0; i < parameterSlots.length; i++) {
            Object value = args[i + 1];
            frame.setObject(parameterSlots[i], parameterIsCell[i] ? new PCell(value) : value);
        }
        for (int slot : cellSlots) {
            frame.setObject(slot, new PCell(null));
        }
        if (freeSlots.length > 0) {
            PCell[] closure = ((PFunction) args[0]).getClosure();
            for (int i = 0; i < freeSlots.length; i++) {
                frame.setObject(freeSlots[i], closure[i]);
            }
        }
    }

    @Override
    public String getName() {
        return name;
    }

    /**
     * Leaves this function's frames out of tracebacks: for stdlib machinery that CPython
     * implements in C (asyncio's task step), whose frames CPython's tracebacks never show.
     */
    public void hideFromTracebacks() {
        hiddenFromTracebacks = true;
    }

    public boolean isHiddenFromTracebacks() {
        return hiddenFromTracebacks;
    }

    /** CPython's code flags of this function's kind: generator, coroutine or async generator. */
    public int kindFlags() {
        if (generatorBody == null) {
            return 0;
        }
        return switch (kind) {
            case GENERATOR -> 0x20;
            case COROUTINE -> 0x80;
            case ASYNC_GENERATOR -> 0x200;
        };
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    public String toString() {
        return name;
    }
}

package org.gilpy.nodes.generators;

import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import org.gilpy.GilpyContext;
import org.gilpy.GilpyLanguage;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.control.ControlFlow;
import org.gilpy.runtime.PBaseException;
import org.gilpy.runtime.PException;
import org.gilpy.runtime.PGenerator;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.PythonThreadState;
import org.gilpy.runtime.PythonTypes;

/**
 * Resumes a generator: runs the generator function's body on the generator's saved frame
 * until the next yield (returning the yielded value) or the end (returning FINISHED).
 * A StopIteration escaping the body becomes RuntimeError, as PEP 479 requires.
 */
public final class GeneratorBodyRootNode extends RootNode {
    @Child private StatementNode body;
    private final String name;
    private final SourceSection section;
    private final int returnSlot;

    public GeneratorBodyRootNode(GilpyLanguage language, StatementNode body, String name, SourceSection section,
                                 int returnSlot) {
        super(language);
        this.body = body;
        this.name = name;
        this.section = section;
        this.returnSlot = returnSlot;
    }

    @Override
    public Object execute(VirtualFrame callFrame) {
        PGenerator generator = (PGenerator) callFrame.getArguments()[0];
        MaterializedFrame frame = generator.getFrame();
        PythonThreadState ts = GilpyLanguage.get(this).getThreadState();
        ts.enterFrame(GilpyContext.get(this).getRecursionLimit());
        try {
            body.executeVoid(frame);
            generator.finish(PNone.NONE);
            return PGenerator.FINISHED;
        } catch (YieldException y) {
            generator.suspendedAt(y.getLocation());
            return generator.takeYielded();
        } catch (ControlFlow.ReturnException r) {
            generator.finish(frame.getObject(returnSlot));
            return PGenerator.FINISHED;
        } catch (PException e) {
            generator.finish(PNone.NONE);
            e.leftFrame();
            PBaseException exc = e.getPythonException();
            if (PyObjects.isInstance(exc, PythonTypes.get().stopIteration)) {
                PException replaced = PythonErrors.runtimeError("generator raised StopIteration");
                replaced.getPythonException().setCause(exc);
                throw replaced;
            }
            throw e;
        } finally {
            ts.leaveFrame();
        }
    }

    @Override
    public String getName() {
        return name;
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

package org.gilpy.builtins;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import org.gilpy.GilpyContext;
import org.gilpy.nodes.generators.ResumeGeneratorNode;
import org.gilpy.runtime.BinaryOp;
import org.gilpy.runtime.PGenerator;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PyNumbers;

/**
 * {@code sum()} of a generator while the total is an int that fits a long: a loop that resumes
 * the generator with a direct call, so that the compiler can inline the generator's body into
 * it (the generic sum calls it indirectly from Java, one call per item). The loop is a
 * {@link LoopNode}, for on-stack replacement of a long sum, so its state lives in the built-in's
 * frame. The first item that is not an int, or an overflow, hands the rest to the generic sum
 * with the total so far, which then behaves exactly as if it had summed from the start.
 */
final class SumOverGenerator extends Node {
    private static final int GENERATOR_SLOT = 0;
    private static final int TOTAL_SLOT = 1;
    private static final int HANDED_OVER_SLOT = 2;

    @Child private LoopNode loop = Truffle.getRuntime().createLoopNode(new Step());

    static SumOverGenerator create() {
        return new SumOverGenerator();
    }

    /** The frame of a built-in whose body uses this node. */
    static FrameDescriptor frameDescriptor() {
        FrameDescriptor.Builder builder = FrameDescriptor.newBuilder(3);
        builder.addSlot(FrameSlotKind.Object, "generator", null);
        builder.addSlot(FrameSlotKind.Long, "total", null);
        builder.addSlot(FrameSlotKind.Object, "handed over item", null);
        return builder.build();
    }

    Object execute(VirtualFrame frame, PGenerator generator, long start) {
        frame.setObject(GENERATOR_SLOT, generator);
        frame.setLong(TOTAL_SLOT, start);
        frame.setObject(HANDED_OVER_SLOT, null);
        loop.execute(frame);
        long total = frame.getLong(TOTAL_SLOT);
        Object item = frame.getObject(HANDED_OVER_SLOT);
        frame.setObject(GENERATOR_SLOT, null);
        frame.setObject(HANDED_OVER_SLOT, null);
        if (item == null) {
            return total;
        }
        return BuiltinFunctions.SumNode.sumRest(PyNumbers.binary(BinaryOp.ADD, total, item), generator);
    }

    /** One item: resume, then add it exactly, or stop (the generator is done, or the item is handed over). */
    private static final class Step extends Node implements RepeatingNode {
        @Child private ResumeGeneratorNode resume = ResumeGeneratorNode.create();

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            GilpyContext.get(this).getGil().checkpoint(this);
            Object item = resume.execute((PGenerator) frame.getObject(GENERATOR_SLOT), PNone.NONE, null);
            if (item == PGenerator.FINISHED) {
                return false;
            }
            if (item instanceof Long b) {
                long a = frame.getLong(TOTAL_SLOT);
                long r = a + b;
                if (((a ^ r) & (b ^ r)) >= 0) {
                    frame.setLong(TOTAL_SLOT, r);
                    return true;
                }
            }
            frame.setObject(HANDED_OVER_SLOT, item);
            return false;
        }
    }
}

package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.nodes.ExprNode;
import org.gilpy.runtime.PDescriptors.PSuper;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.PythonErrors;

/**
 * Zero-argument {@code super()} inside a method: the class comes from the implicit
 * {@code __class__} cell, the instance (or class) from the method's first parameter.
 */
public final class SuperNode extends ExprNode {
    @Child private ExprNode classCell;
    @Child private ExprNode firstArgument;

    public SuperNode(ExprNode classCell, ExprNode firstArgument) {
        this.classCell = classCell;
        this.firstArgument = firstArgument;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (classCell == null) {
            throw PythonErrors.runtimeError("super(): no arguments");
        }
        Object cls = classCell.execute(frame);
        if (!(cls instanceof PythonClass start)) {
            throw PythonErrors.runtimeError("super(): __class__ is not a type");
        }
        return create(start, firstArgument.execute(frame));
    }

    public static PSuper create(PythonClass start, Object self) {
        if (self instanceof PythonClass c && c.isSubclassOf(start)) {
            return new PSuper(start, c, c);
        }
        PythonClass type = PyObjects.typeOf(self);
        if (!type.isSubclassOf(start)) {
            throw PythonErrors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new PSuper(start, self, type);
    }
}

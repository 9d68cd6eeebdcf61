package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.runtime.PyObjects;

/** {@code obj.name} as an expression and as an assignment/deletion target. */
public final class AttributeNodes {
    private AttributeNodes() {
    }

    public static final class GetAttributeNode extends ExprNode {
        @Child private ExprNode object;
        private final String name;

        public GetAttributeNode(ExprNode object, String name) {
            this.object = object;
            this.name = name;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return PyObjects.getAttribute(object.execute(frame), name);
        }

        public ExprNode getObject() {
            return object;
        }

        public String getName() {
            return name;
        }
    }

    public static final class AttributeTarget extends AssignTargetNode {
        @Child private ExprNode object;
        private final String name;

        public AttributeTarget(ExprNode object, String name) {
            this.object = object;
            this.name = name;
        }

        @Override
        public void assign(VirtualFrame frame, Object value) {
            PyObjects.setAttribute(object.execute(frame), name, value);
        }

        @Override
        public void delete(VirtualFrame frame) {
            PyObjects.deleteAttribute(object.execute(frame), name);
        }
    }
}

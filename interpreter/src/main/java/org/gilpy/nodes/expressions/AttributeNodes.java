package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.PythonErrors;

/** {@code obj.name} as an expression and as an assignment/deletion target. */
public final class AttributeNodes {
    private AttributeNodes() {
    }

    public static final class GetAttributeNode extends ExprNode implements MethodCallee {
        @Child private ExprNode object;
        @Child private CachedAttributeReadNode read;
        private final String name;

        public GetAttributeNode(ExprNode object, String name) {
            this.object = object;
            this.name = name;
            this.read = CachedAttributeReadNode.create(name);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return read.execute(object.execute(frame));
        }

        public ExprNode getObject() {
            return object;
        }

        @Override
        public ExprNode getReceiver() {
            return object;
        }

        @Override
        public Object readFrom(Object receiver) {
            return read.execute(receiver);
        }

        @Override
        public CachedMethodLookupNode createMethodLookup() {
            return CachedMethodLookupNode.create(name, false);
        }

        public String getName() {
            return name;
        }
    }

    public static final class AttributeTarget extends AssignTargetNode {
        @Child private ExprNode object;
        @Child private CachedAttributeWriteNode write;
        private final String name;

        public AttributeTarget(ExprNode object, String name) {
            this.object = object;
            this.name = name;
            this.write = CachedAttributeWriteNode.create(name);
        }

        @Override
        public void assign(VirtualFrame frame, Object value) {
            write.execute(object.execute(frame), value);
        }

        @Override
        public void delete(VirtualFrame frame) {
            PyObjects.deleteAttribute(object.execute(frame), name);
        }
    }

    /**
     * A special method looked up on the type, not the instance, and bound to the instance:
     * what async for and async with call ({@code __aiter__}, {@code __anext__},
     * {@code __aenter__}, {@code __aexit__}).
     */
    public static final class SpecialMethodNode extends ExprNode implements MethodCallee {
        @Child private ExprNode object;
        private final String name;
        private final String protocolError;

        public SpecialMethodNode(ExprNode object, String name, String protocolError) {
            this.object = object;
            this.name = name;
            this.protocolError = protocolError;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object obj = object.execute(frame);
            return bind(obj);
        }

        @Override
        public ExprNode getReceiver() {
            return object;
        }

        @Override
        public Object readFrom(Object receiver) {
            return bind(receiver);
        }

        @Override
        public CachedMethodLookupNode createMethodLookup() {
            return CachedMethodLookupNode.create(name, true);
        }

        @TruffleBoundary
        private Object bind(Object obj) {
            PythonClass cls = PyObjects.typeOf(obj);
            Object method = cls.lookup(name);
            if (method == null) {
                throw PythonErrors.typeError(String.format(protocolError, cls.getName()));
            }
            return PyObjects.bindDescriptor(method, obj, cls);
        }
    }
}

package org.gilpy.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.PArguments;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.expressions.StarredNode;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.nodes.frame.LocalVariables;
import org.gilpy.runtime.PCell;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PFunction;
import org.gilpy.runtime.PList;
import org.gilpy.runtime.PTuple;
import org.gilpy.runtime.PyCallables;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.PythonTypes;
import org.gilpy.runtime.Signature;

/** {@code def} and {@code class} statements: build the object, apply decorators, bind the name. */
public final class DefinitionNodes {
    private DefinitionNodes() {
    }

    static Object decorate(Object[] decoratorValues, Object value) {
        Object result = value;
        for (int i = decoratorValues.length - 1; i >= 0; i--) {
            result = PyCallables.call(decoratorValues[i], result);
        }
        return result;
    }

    @ExplodeLoop
    static Object[] evaluate(VirtualFrame frame, ExprNode[] nodes) {
        Object[] values = new Object[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            values[i] = nodes[i].execute(frame);
        }
        return values;
    }

    public static final class FunctionDefNode extends StatementNode {
        @Children private final ExprNode[] decorators;
        @Child private ExprNode function;
        @Child private AssignTargetNode target;

        public FunctionDefNode(ExprNode[] decorators, ExprNode function, AssignTargetNode target) {
            this.decorators = decorators;
            this.function = function;
            this.target = target;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object[] decoratorValues = evaluate(frame, decorators);
            target.assign(frame, decorate(decoratorValues, function.execute(frame)));
        }
    }

    /**
     * {@code class Name(bases, **keywords): body}: runs the body with a fresh namespace, then
     * calls the metaclass ({@code type} unless one is given or inherited).
     */
    public static final class ClassDefNode extends StatementNode {
        private final String name;
        private final String qualname;
        private final RootCallTarget body;
        @Children private final ExprNode[] decorators;
        @Children private final ExprNode[] bases;
        private final String[] keywordNames;
        @Children private final ExprNode[] keywordValues;
        @CompilationFinal(dimensions = 1) private final int[] closureSlots;
        @Child private AssignTargetNode target;

        public ClassDefNode(String name, String qualname, RootCallTarget body, ExprNode[] decorators, ExprNode[] bases,
                            String[] keywordNames, ExprNode[] keywordValues, int[] closureSlots, AssignTargetNode target) {
            this.name = name;
            this.qualname = qualname;
            this.body = body;
            this.decorators = decorators;
            this.bases = bases;
            this.keywordNames = keywordNames;
            this.keywordValues = keywordValues;
            this.closureSlots = closureSlots;
            this.target = target;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            Object[] decoratorValues = evaluate(frame, decorators);
            PList baseList = new PList();
            for (ExprNode b : bases) {
                Object v = b.execute(frame);
                if (b instanceof StarredNode) {
                    Object[] more = PyObjects.toArray(v);
                    baseList.extend(more, more.length);
                } else {
                    baseList.append(v);
                }
            }
            Object[] kwValues = evaluate(frame, keywordValues);
            PCell[] closure = LocalVariables.closureCells(frame, closureSlots);
            Object cls = createClass(PArguments.getGlobals(frame), closure, baseList.toArray(), kwValues);
            target.assign(frame, decorate(decoratorValues, cls));
        }

        /** Class creation is rare and large: it runs behind a boundary, away from the frame. */
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        private Object createClass(PDict globals, PCell[] closure, Object[] baseValues, Object[] kwValues) {
            PythonTypes types = PythonTypes.get();
            Object metaclass = null;
            java.util.List<String> names = new java.util.ArrayList<>();
            java.util.List<Object> values = new java.util.ArrayList<>();
            for (int i = 0; i < keywordNames.length; i++) {
                if (keywordNames[i].equals("metaclass")) {
                    metaclass = kwValues[i];
                } else {
                    names.add(keywordNames[i]);
                    values.add(kwValues[i]);
                }
            }
            if (metaclass == null) {
                metaclass = types.type;
                for (Object base : baseValues) {
                    PythonClass meta = PyObjects.typeOf(base);
                    if (meta.isSubclassOf((PythonClass) metaclass)) {
                        metaclass = meta;
                    }
                }
            }
            PDict namespace = new PDict();
            Object module = globals.getStr("__name__");
            if (module != null) {
                namespace.put("__module__", module);
            }
            namespace.put("__qualname__", qualname);
            PFunction bodyFn = new PFunction(name, qualname, body, Signature.positional("__namespace__"), globals, closure,
                    null, null, false);
            body.call(bodyFn, namespace);
            Object[] args = {name, new PTuple(baseValues), namespace};
            return PyCallables.callWithKeywords(metaclass, args, names.isEmpty() ? null : names.toArray(new String[0]),
                    names.isEmpty() ? null : values.toArray());
        }
    }

    /** Ends a class body that defines {@code __class__}: hands the cell to type.__new__. */
    public static final class StoreClassCellNode extends StatementNode {
        private final int slot;

        public StoreClassCellNode(int slot) {
            this.slot = slot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            PArguments.getClassNamespace(frame).put("__classcell__", frame.getObject(slot));
        }
    }
}

package org.gilpy.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.gilpy.GilpyContext;
import org.gilpy.nodes.PArguments;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.runtime.HashTable;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PException;
import org.gilpy.runtime.PModule;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.imports.ModuleImporter;

/** {@code import a.b [as c]}, {@code from m import x [as y]} and {@code from m import *}. */
public final class ImportNodes {
    private ImportNodes() {
    }

    public static final class ImportNode extends StatementNode {
        private final String name;
        private final boolean bindLeaf;
        @Child private AssignTargetNode target;

        /** @param bindLeaf true for {@code import a.b as c}, which binds the leaf module */
        public ImportNode(String name, boolean bindLeaf, AssignTargetNode target) {
            this.name = name;
            this.bindLeaf = bindLeaf;
            this.target = target;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            ModuleImporter importer = GilpyContext.get(this).getImporter();
            Object leaf = importer.importModule(name, PArguments.getGlobals(frame), 0);
            target.assign(frame, bindLeaf ? leaf : importer.topLevel(name));
        }
    }

    public static final class ImportFromNode extends StatementNode {
        private final String module;
        private final int level;
        private final String[] names;
        @Children private final AssignTargetNode[] targets;

        public ImportFromNode(String module, int level, String[] names, AssignTargetNode[] targets) {
            this.module = module;
            this.level = level;
            this.names = names;
            this.targets = targets;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            ModuleImporter importer = GilpyContext.get(this).getImporter();
            Object m = importer.importModule(module, PArguments.getGlobals(frame), level);
            for (int i = 0; i < names.length; i++) {
                targets[i].assign(frame, fetch(importer, m, names[i]));
            }
        }

        @TruffleBoundary
        private Object fetch(ModuleImporter importer, Object m, String name) {
            Object value = PyObjects.lookupAttribute(m, name);
            if (value != null) {
                return value;
            }
            if (m instanceof PModule mod && mod.getGlobals().getStr("__path__") != null) {
                try {
                    return importer.importModule(mod.getName() + "." + name, mod.getGlobals(), 0);
                } catch (PException e) {
                    // fall through to the ImportError CPython reports
                }
            }
            String modName = m instanceof PModule mod ? mod.getName() : String.valueOf(module);
            Object file = m instanceof PModule mod ? mod.getGlobals().getStr("__file__") : null;
            PException e = PythonErrors.create("ImportError", "cannot import name '" + name + "' from '" + modName + "' ("
                    + (file instanceof String f ? f : "unknown location") + ")");
            e.getPythonException().getOrCreateDict().put("name", modName);
            return throwIt(e);
        }

        private static Object throwIt(PException e) {
            throw e;
        }
    }

    /** {@code from m import *}: public names (or {@code __all__}) into the current namespace. */
    public static final class ImportStarNode extends StatementNode {
        private final String module;
        private final int level;
        private final boolean classBody;

        public ImportStarNode(String module, int level, boolean classBody) {
            this.module = module;
            this.level = level;
            this.classBody = classBody;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            ModuleImporter importer = GilpyContext.get(this).getImporter();
            Object m = importer.importModule(module, PArguments.getGlobals(frame), level);
            PDict into = classBody ? PArguments.getClassNamespace(frame) : PArguments.getGlobals(frame);
            copy(m, into);
        }

        @TruffleBoundary
        private static void copy(Object m, PDict into) {
            if (!(m instanceof PModule mod)) {
                return;
            }
            PDict source = mod.getGlobals();
            Object all = source.getStr("__all__");
            if (all != null) {
                for (Object name : PyObjects.toArray(all)) {
                    into.put(name, PyObjects.getAttribute(mod, (String) name));
                }
                return;
            }
            HashTable t = source.table();
            for (int p = 0; p < t.capacity(); p++) {
                Object k = t.keyAt(p);
                if (k instanceof String s && !s.startsWith("_")) {
                    into.put(k, t.valueAt(p));
                }
            }
        }
    }
}

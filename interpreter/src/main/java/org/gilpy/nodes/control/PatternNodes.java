package org.gilpy.nodes.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.runtime.*;

/**
 * The patterns of {@code match} statements (PEP 634): each node says whether a subject
 * matches, binding the pattern's names as it goes (as CPython does, names bound by a case
 * that finally fails may stay bound). {@link MatchTestNode} is one case's test.
 */
public final class PatternNodes {
    private PatternNodes() {
    }

    public abstract static class PatternNode extends Node {
        public abstract boolean matches(VirtualFrame frame, Object subject);
    }

    /** One case: the pattern matches and the guard, if any, is true. */
    public static final class MatchTestNode extends ExprNode {
        @Child private ExprNode subject;
        @Child private PatternNode pattern;
        @Child private ExprNode guard;

        public MatchTestNode(ExprNode subject, PatternNode pattern, ExprNode guard) {
            this.subject = subject;
            this.pattern = pattern;
            this.guard = guard;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return pattern.matches(frame, subject.execute(frame)) && (guard == null || PyObjects.isTrue(guard.execute(frame)));
        }
    }

    /** A literal or dotted name: {@code subject == value}. */
    public static final class ValuePattern extends PatternNode {
        @Child private ExprNode value;

        public ValuePattern(ExprNode value) {
            this.value = value;
        }

        @Override
        public boolean matches(VirtualFrame frame, Object subject) {
            return PyEquality.equal(subject, value.execute(frame));
        }
    }

    /** None, True, False: identity. */
    public static final class SingletonPattern extends PatternNode {
        private final Object value;

        public SingletonPattern(Object value) {
            this.value = value;
        }

        @Override
        public boolean matches(VirtualFrame frame, Object subject) {
            return subject == value || subject instanceof Boolean b && b.equals(value);
        }
    }

    /** A name (binds the subject) or {@code _} (target null). */
    public static final class CapturePattern extends PatternNode {
        @Child private AssignTargetNode target;

        public CapturePattern(AssignTargetNode target) {
            this.target = target;
        }

        @Override
        public boolean matches(VirtualFrame frame, Object subject) {
            if (target != null) {
                target.assign(frame, subject);
            }
            return true;
        }
    }

    public static final class AsPattern extends PatternNode {
        @Child private PatternNode pattern;
        @Child private AssignTargetNode target;

        public AsPattern(PatternNode pattern, AssignTargetNode target) {
            this.pattern = pattern;
            this.target = target;
        }

        @Override
        public boolean matches(VirtualFrame frame, Object subject) {
            if (!pattern.matches(frame, subject)) {
                return false;
            }
            target.assign(frame, subject);
            return true;
        }
    }

    public static final class OrPattern extends PatternNode {
        @Children private final PatternNode[] alternatives;

        public OrPattern(PatternNode[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        @ExplodeLoop
        public boolean matches(VirtualFrame frame, Object subject) {
            for (PatternNode alternative : alternatives) {
                if (alternative.matches(frame, subject)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * {@code [a, *rest, b]}: the subject must be a sequence (list, tuple, range, deque and their
     * subclasses; never str or bytes) of a fitting length. {@code star} is the starred item's
     * index (-1 without one); its target is null for {@code *_}.
     */
    public static final class SequencePattern extends PatternNode {
        @Children private final PatternNode[] items;
        private final int star;
        @Child private AssignTargetNode starTarget;

        public SequencePattern(PatternNode[] items, int star, AssignTargetNode starTarget) {
            this.items = items;
            this.star = star;
            this.starTarget = starTarget;
        }

        @Override
        public boolean matches(VirtualFrame frame, Object subject) {
            Object[] values = elements(subject);
            if (values == null) {
                return false;
            }
            int fixed = star < 0 ? items.length : items.length - 1;
            if (star < 0 ? values.length != fixed : values.length < fixed) {
                return false;
            }
            return matchItems(frame, values);
        }

        @ExplodeLoop
        private boolean matchItems(VirtualFrame frame, Object[] values) {
            int tail = items.length - star - 1; // items after the star
            for (int i = 0; i < items.length; i++) {
                if (i == star) {
                    if (starTarget != null) {
                        starTarget.assign(frame, starred(values, star, values.length - tail));
                    }
                    continue;
                }
                Object value = star >= 0 && i > star ? values[values.length - (items.length - i)] : values[i];
                if (!items[i].matches(frame, value)) {
                    return false;
                }
            }
            return true;
        }

        @TruffleBoundary
        private static PList starred(Object[] values, int from, int to) {
            PList list = new PList();
            for (int i = from; i < to; i++) {
                list.append(values[i]);
            }
            return list;
        }

        @TruffleBoundary
        private static Object[] elements(Object subject) {
            if (subject instanceof PList || subject instanceof PTuple || subject instanceof PRange || subject instanceof PDeque) {
                return PyObjects.toArray(subject);
            }
            return null;
        }
    }

    /** {@code {key: pattern, ..., **rest}}: the subject must be a dict (or a dict subclass). */
    public static final class MappingPattern extends PatternNode {
        private static final Object MISSING = new Object();
        @Children private final ExprNode[] keys;
        @Children private final PatternNode[] values;
        @Child private AssignTargetNode rest;

        public MappingPattern(ExprNode[] keys, PatternNode[] values, AssignTargetNode rest) {
            this.keys = keys;
            this.values = values;
            this.rest = rest;
        }

        @Override
        @ExplodeLoop
        public boolean matches(VirtualFrame frame, Object subject) {
            if (!(subject instanceof PDict dict) || dict.size() < keys.length) {
                return false;
            }
            Object[] keyValues = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                keyValues[i] = keys[i].execute(frame);
                Object value = lookup(dict, keyValues[i]);
                if (value == MISSING || !values[i].matches(frame, value)) {
                    return false;
                }
            }
            if (rest != null) {
                rest.assign(frame, remainder(dict, keyValues));
            }
            return true;
        }

        /** {@code subject.get(key)}, so that a defaultdict creates nothing. */
        @TruffleBoundary
        private static Object lookup(PDict dict, Object key) {
            if (dict.getPythonClass().isBuiltin()) {
                Object value = dict.get(key);
                return value == null ? MISSING : value;
            }
            Object get = PyObjects.getAttribute(dict, "get");
            return PyCallables.call(get, key, MISSING);
        }

        @TruffleBoundary
        private static PDict remainder(PDict dict, Object[] matched) {
            PDict copy = new PDict();
            HashTable table = dict.table();
            for (int p = 0; p < table.capacity(); p++) {
                Object k = table.keyAt(p);
                if (k != null) {
                    copy.put(k, table.valueAt(p));
                }
            }
            for (Object k : matched) {
                copy.remove(k);
            }
            return copy;
        }
    }

    /**
     * {@code Cls(p, ..., name=p)}: an instance of the class whose attributes match; positional
     * sub-patterns name attributes through {@code __match_args__}, except for the built-in
     * types whose single positional sub-pattern matches the subject itself.
     */
    public static final class ClassPattern extends PatternNode {
        private static final Set<String> SELF_MATCHING = Set.of("bool", "bytearray", "bytes", "dict", "float",
                "frozenset", "int", "list", "set", "str", "tuple");
        @Child private ExprNode cls;
        @Children private final PatternNode[] positional;
        private final String[] keywords;
        @Children private final PatternNode[] keywordPatterns;

        public ClassPattern(ExprNode cls, PatternNode[] positional, String[] keywords, PatternNode[] keywordPatterns) {
            this.cls = cls;
            this.positional = positional;
            this.keywords = keywords;
            this.keywordPatterns = keywordPatterns;
        }

        @Override
        @ExplodeLoop
        public boolean matches(VirtualFrame frame, Object subject) {
            Object c = cls.execute(frame);
            if (!(c instanceof PythonClass type)) {
                throw PythonErrors.typeError("called match pattern must be a class");
            }
            if (!isInstance(subject, type)) {
                return false;
            }
            String[] names = attributeNames(type);
            for (int i = 0; i < positional.length; i++) {
                Object value = names == null ? subject : attribute(subject, names[i]);
                if (value == null || !positional[i].matches(frame, value)) {
                    return false;
                }
            }
            for (int i = 0; i < keywords.length; i++) {
                Object value = attribute(subject, keywords[i]);
                if (value == null || !keywordPatterns[i].matches(frame, value)) {
                    return false;
                }
            }
            return true;
        }

        @TruffleBoundary
        private static boolean isInstance(Object subject, PythonClass type) {
            Object check = PyObjects.typeOf(type).lookup("__instancecheck__");
            if (check instanceof PFunction) {
                return PyObjects.isTrue(PyCallables.call(check, type, subject));
            }
            return PyObjects.isInstance(subject, type);
        }

        @TruffleBoundary
        private static Object attribute(Object subject, String name) {
            return PyObjects.lookupAttribute(subject, name);
        }

        /** The attribute of each positional sub-pattern; null when the subject itself is matched. */
        @TruffleBoundary
        private String[] attributeNames(PythonClass type) {
            if (positional.length == 0) {
                return new String[0];
            }
            if (type.isBuiltin() && SELF_MATCHING.contains(type.getName()) || selfMatchingBase(type)) {
                if (positional.length > 1) {
                    throw PythonErrors.typeError(type.getName() + "() accepts 1 positional sub-pattern ("
                            + positional.length + " given)");
                }
                return null;
            }
            Object matchArgs = type.lookup("__match_args__");
            Object[] items;
            if (matchArgs == null) {
                items = new Object[0];
            } else if (matchArgs instanceof PTuple t) {
                items = t.getItems();
            } else {
                throw PythonErrors.typeError(type.getName() + ".__match_args__ must be a tuple (got "
                        + PyObjects.typeName(matchArgs) + ")");
            }
            if (items.length < positional.length) {
                throw PythonErrors.typeError(type.getName() + "() accepts " + items.length + " positional sub-pattern"
                        + (items.length == 1 ? "" : "s") + " (" + positional.length + " given)");
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < positional.length; i++) {
                if (!(items[i] instanceof String s)) {
                    throw PythonErrors.typeError("__match_args__ elements must be strings (got "
                            + PyObjects.typeName(items[i]) + ")");
                }
                if (names.contains(s) || List.of(keywords).contains(s)) {
                    throw PythonErrors.typeError(type.getName() + "() got multiple sub-patterns for attribute '" + s + "'");
                }
                names.add(s);
            }
            return names.toArray(new String[0]);
        }

        /** A user class deriving from one of the self-matching built-ins behaves like it. */
        private static boolean selfMatchingBase(PythonClass type) {
            if (type.lookup("__match_args__") != null) {
                return false;
            }
            for (PythonClass base : type.getMro()) {
                if (base.isBuiltin() && SELF_MATCHING.contains(base.getName())) {
                    return true;
                }
            }
            return false;
        }
    }
}

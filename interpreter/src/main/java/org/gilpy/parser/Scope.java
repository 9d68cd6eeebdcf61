package org.gilpy.parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of one code block (module, function, class body, comprehension) and how each
 * resolves: a frame local, a cell (a local an inner function captures), a free variable (a
 * cell of an enclosing block), a global, or (in a class body) a namespace entry.
 */
final class Scope {
    enum Kind { MODULE, FUNCTION, CLASS, COMPREHENSION }

    enum Binding { LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, CLASS_NAMESPACE }

    final Kind kind;
    final String name;
    final Scope parent;
    final String qualname;
    final List<Scope> children = new ArrayList<>();
    final Set<String> params = new LinkedHashSet<>();
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    final Map<String, Binding> bindings = new LinkedHashMap<>();
    /** Free variables in closure order (the order the function's closure array uses). */
    final List<String> freeVars = new ArrayList<>();
    boolean generator;
    boolean coroutine;
    /** The async def an async comprehension stands for: a walrus in it binds outside, as in any comprehension. */
    boolean asyncComprehension;
    boolean needsClassCell;

    Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.qualname = computeQualname(kind, name, parent);
        if (parent != null) {
            parent.children.add(this);
        }
    }

    private static String computeQualname(Kind kind, String name, Scope parent) {
        if (parent == null || parent.kind == Kind.MODULE) {
            return name;
        }
        if (parent.kind == Kind.CLASS) {
            return parent.qualname + "." + name;
        }
        return parent.qualname + ".<locals>." + name;
    }

    Binding binding(String id) {
        Binding b = bindings.get(id);
        if (b != null) {
            return b;
        }
        return kind == Kind.MODULE ? Binding.GLOBAL_IMPLICIT : kind == Kind.CLASS ? Binding.CLASS_NAMESPACE
                : Binding.GLOBAL_IMPLICIT;
    }
}

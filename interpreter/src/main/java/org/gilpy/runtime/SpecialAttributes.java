package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.gilpy.runtime.PDescriptors.PProperty;
import org.gilpy.runtime.PDescriptors.PWrappedCallable;

/**
 * The dunder attributes that live in Java fields rather than in a dict: {@code __class__},
 * {@code __dict__}, {@code __name__}, {@code __mro__}, {@code __self__}, the exception
 * chaining links, and so on. Looked up after the class and instance dicts.
 */
final class SpecialAttributes {
    private SpecialAttributes() {
    }

    @TruffleBoundary
    static Object get(Object obj, String name) {
        if (obj instanceof Long || obj instanceof PBigInt || obj instanceof Boolean || obj instanceof Double) {
            Object n = numberAttribute(obj, name);
            if (n != null) {
                return n;
            }
        }
        if (!name.startsWith("__") && !(obj instanceof PBaseException) && !(obj instanceof PProperty) && !(obj instanceof PCode) && !(obj instanceof PFrame)
                && !(obj instanceof PGenerator) && !(obj instanceof PAsyncGenerator)
                && !(obj instanceof PSlice) && !(obj instanceof PRange) && !(obj instanceof PTraceback)) {
            return null;
        }
        if (name.equals("__class__")) {
            return PyObjects.typeOf(obj);
        }
        if (name.equals("__dict__") && obj instanceof PythonClass c) {
            // a built-in type's namespace is shown as a copy (CPython: a read-only mappingproxy)
            if (c.hasInstanceDict()) {
                return c.getNamespace();
            }
            PDict view = new PDict();
            view.replaceTable(c.getNamespace().table().copy());
            return view;
        }
        if (name.equals("__dict__") && obj instanceof PyObject p && p.hasInstanceDict()) {
            return p.getOrCreateDict();
        }
        if (obj instanceof PythonClass c) {
            return classAttribute(c, name);
        } else if (obj instanceof PFunction f) {
            return switch (name) {
                case "__name__" -> f.getName();
                case "__qualname__" -> f.getQualname();
                case "__module__" -> orNone(f.getGlobals().getStr("__name__"));
                case "__defaults__" -> f.getDefaults() == null || f.getDefaults().length == 0 ? PNone.NONE : new PTuple(f.getDefaults());
                case "__kwdefaults__" -> f.getKwDefaults() == null ? PNone.NONE : f.getKwDefaults();
                case "__globals__" -> f.getGlobals();
                case "__code__" -> new PCode(f);
                case "__doc__" -> PNone.NONE;
                default -> null;
            };
        } else if (obj instanceof PCode code) {
            return code.attribute(name);
        } else if (obj instanceof PFrame frame) {
            return frame.attribute(name);
        } else if (obj instanceof PGenerator g) {
            return generatorAttribute(g, name);
        } else if (obj instanceof PAsyncGenerator ag) {
            return generatorAttribute(ag.body(), name);
        } else if (obj instanceof PBuiltinFunction b) {
            return switch (name) {
                case "__name__" -> b.getName();
                case "__qualname__" -> b.getQualname();
                case "__doc__" -> b.getDoc() == null ? PNone.NONE : b.getDoc();
                case "__module__" -> b.getModule();
                default -> null;
            };
        } else if (obj instanceof PMethod m) {
            return switch (name) {
                case "__self__" -> m.getSelf();
                case "__func__" -> m.getFunction();
                case "__name__", "__qualname__", "__doc__", "__module__" -> PyObjects.getAttribute(m.getFunction(), name);
                default -> null;
            };
        } else if (obj instanceof PModule m) {
            return name.equals("__name__") ? m.getName() : null;
        } else if (obj instanceof PBaseException e) {
            return exceptionAttribute(e, name);
        } else if (obj instanceof PProperty p) {
            return switch (name) {
                case "fget" -> p.fget;
                case "fset" -> p.fset;
                case "fdel" -> p.fdel;
                case "__doc__" -> p.doc;
                default -> null;
            };
        } else if (obj instanceof PWrappedCallable w) {
            return name.equals("__func__") || name.equals("__wrapped__") ? w.callable : null;
        } else if (obj instanceof PSlice s) {
            return switch (name) {
                case "start" -> s.start;
                case "stop" -> s.stop;
                case "step" -> s.step;
                default -> null;
            };
        } else if (obj instanceof PRange r) {
            return switch (name) {
                case "start" -> r.start;
                case "stop" -> r.stop;
                case "step" -> r.step;
                default -> null;
            };
        } else if (obj instanceof PTraceback tb) {
            return switch (name) {
                case "tb_lineno" -> (long) tb.getLine();
                case "tb_next" -> tb.getNext() == null ? PNone.NONE : tb.getNext();
                default -> null;
            };
        }
        if (name.equals("__doc__")) {
            return PNone.NONE;
        }
        return null;
    }

    /** real, imag, numerator and denominator of ints and floats. */
    private static Object numberAttribute(Object n, String name) {
        boolean isFloat = n instanceof Double;
        Object value = n instanceof Boolean b ? (Object) (b ? 1L : 0L) : n;
        return switch (name) {
            case "real" -> value;
            case "imag" -> isFloat ? (Object) 0.0 : (Object) 0L;
            case "numerator" -> isFloat ? null : value;
            case "denominator" -> isFloat ? null : (Object) 1L;
            default -> null;
        };
    }

    private static Object orNone(Object o) {
        return o == null ? PNone.NONE : o;
    }

    private static Object classAttribute(PythonClass c, String name) {
        return switch (name) {
            case "__name__" -> c.getName();
            case "__qualname__" -> c.getQualname();
            case "__module__" -> c.getModule() == null ? PNone.NONE : c.getModule();
            case "__mro__" -> new PTuple(c.getMro().clone());
            case "__bases__" -> new PTuple(c.getBases().clone());
            case "__base__" -> c.getBases().length == 0 ? PNone.NONE : c.getBases()[0];
            case "__doc__" -> PNone.NONE;
            default -> null;
        };
    }

    private static Object exceptionAttribute(PBaseException e, String name) {
        return switch (name) {
            case "args" -> e.getArgs();
            case "__cause__" -> e.getCause() == null ? PNone.NONE : e.getCause();
            case "__context__" -> e.getContext() == null ? PNone.NONE : e.getContext();
            case "__suppress_context__" -> e.isSuppressContext();
            case "__traceback__" -> e.getTraceback() == null ? PNone.NONE : e.getTraceback();
            case "value" -> PyObjects.isInstance(e, PythonTypes.get().stopIteration) ? firstArg(e) : null;
            case "code" -> PyObjects.isInstance(e, PythonTypes.get().exception("SystemExit")) ? firstArgOrTuple(e) : null;
            case "errno", "strerror", "filename", "filename2" -> osErrorField(e, name);
            case "message" -> e.getGroupMessage();
            case "exceptions" -> e.getGroupExceptions();
            default -> null;
        };
    }

    /** __name__, __qualname__ and the gi_/cr_/ag_ attributes of generators, coroutines and async generators. */
    private static Object generatorAttribute(PGenerator g, String name) {
        return switch (name) {
            case "__name__" -> g.getName();
            case "__qualname__" -> g.getQualname();
            case "gi_running", "cr_running", "ag_running" -> g.isRunning();
            case "gi_code", "cr_code", "ag_code" -> g.getFunction() == null ? PNone.NONE : new PCode(g.getFunction());
            case "gi_frame", "cr_frame", "ag_frame" -> g.frameSnapshot();
            default -> null;
        };
    }

    /** OSError(errno, strerror[, filename]) fields taken from the arguments, as CPython sets them. */
    static Object osErrorField(PBaseException e, String name) {
        if (!PyObjects.isInstance(e, PythonTypes.get().exception("OSError"))) {
            return null;
        }
        PTuple args = e.getArgs();
        if (args.size() < 2 || args.size() > 5) {
            return PNone.NONE;
        }
        int index = switch (name) {
            case "errno" -> 0;
            case "strerror" -> 1;
            case "filename" -> 2;
            default -> 4;
        };
        return index < args.size() ? args.get(index) : PNone.NONE;
    }

    private static Object firstArg(PBaseException e) {
        return e.getArgs().size() > 0 ? e.getArgs().get(0) : PNone.NONE;
    }

    private static Object firstArgOrTuple(PBaseException e) {
        int n = e.getArgs().size();
        return n == 0 ? PNone.NONE : n == 1 ? e.getArgs().get(0) : e.getArgs();
    }

    static boolean setExceptionAttribute(PBaseException e, String name, Object value) {
        switch (name) {
            case "args" -> e.setArgs(new PTuple(PyObjects.toArray(value)));
            case "__cause__" -> {
                if (value == PNone.NONE) {
                    e.clearCause();
                } else {
                    e.setCause((PBaseException) value);
                }
            }
            case "__context__" -> e.setContextRaw(value == PNone.NONE ? null : (PBaseException) value);
            case "__suppress_context__" -> e.setSuppressContext(PyObjects.isTrue(value));
            case "__traceback__" -> e.setTraceback(value == PNone.NONE ? null : (PTraceback) value);
            default -> {
                return false;
            }
        }
        return true;
    }

    static boolean setFunctionAttribute(PFunction f, String name, Object value) {
        switch (name) {
            case "__name__" -> f.setName((String) value);
            case "__qualname__" -> f.setQualname((String) value);
            case "__defaults__" -> f.setDefaults(value == PNone.NONE ? null : PyObjects.toArray(value));
            case "__kwdefaults__" -> f.setKwDefaults(value == PNone.NONE ? null : (PDict) value);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static PythonClass[] basesFrom(PythonClass c, Object value) {
        if (!(value instanceof PTuple t)) {
            throw PythonErrors.typeError("can only assign tuple to " + c.getName() + ".__bases__, not "
                    + PyObjects.typeName(value));
        }
        if (t.getItems().length == 0) {
            throw PythonErrors.typeError("can only assign non-empty tuple to " + c.getName() + ".__bases__, not ()");
        }
        PythonClass[] bases = new PythonClass[t.getItems().length];
        for (int i = 0; i < bases.length; i++) {
            if (!(t.getItems()[i] instanceof PythonClass base)) {
                throw PythonErrors.typeError(c.getName() + ".__bases__ must be tuple of classes, not '"
                        + PyObjects.typeName(t.getItems()[i]) + "'");
            }
            if (base.isSubclassOf(c)) {
                throw PythonErrors.typeError("a __bases__ item causes an inheritance cycle");
            }
            bases[i] = base;
        }
        return bases;
    }

    static boolean setClassAttribute(PythonClass c, String name, Object value) {
        switch (name) {
            case "__name__" -> c.setName((String) value);
            case "__qualname__" -> c.setQualname((String) value);
            case "__module__" -> c.setModule(PyObjects.str(value));
            case "__bases__" -> c.setBases(basesFrom(c, value));
            default -> {
                return false;
            }
        }
        return true;
    }
}

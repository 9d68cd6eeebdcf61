# ExceptionGroup and BaseExceptionGroup (PEP 654): construction checks, the class chosen,
# subgroup/split/derive keeping the nesting and the metadata, str and repr.
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup("m", 5))
t(lambda: ExceptionGroup("m", []))
t(lambda: ExceptionGroup("m", [1]))
t(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup("m"))
t(lambda: ExceptionGroup("m", (ValueError(1),)))
t(lambda: BaseExceptionGroup("m", [KeyboardInterrupt(), ValueError()]))
class MyEG(ExceptionGroup):
    pass
t(lambda: MyEG("m", [ValueError()]))
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
print(eg.exceptions, eg.message)
print(repr(eg.subgroup(ValueError)))
print(repr(eg.subgroup((TypeError, KeyError))))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.subgroup(OSError))
print(eg.subgroup(ExceptionGroup) is eg, eg.subgroup(lambda e: True) is eg)
print(eg.split(ValueError))
print(eg.split(OSError))
t(lambda: eg.split(1))
t(lambda: eg.subgroup("x"))
d = eg.derive([ValueError(9)])
print(repr(d), type(d))
e2 = MyEG("m", [ValueError()])
print(type(e2.subgroup(ValueError)), type(e2.derive([ValueError()])))
try:
    raise ValueError("cause")
except ValueError as c:
    try:
        raise ExceptionGroup("x", [TypeError(1), ValueError(2)]) from c
    except ExceptionGroup as g:
        g.add_note("a note")
        s = g.subgroup(TypeError)
        print(repr(s.__cause__), s.__notes__, s.__traceback__ is g.__traceback__, s.__context__ is g.__context__)
print(str(ExceptionGroup("one", [ValueError()])), str(ExceptionGroup("", [ValueError(), ValueError()])))
print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(eg.args)

"""Data classes (written for gilpy): @dataclass generates __init__, __repr__, __eq__, ordering,
hashing and frozenness from the class's annotated fields, as CPython's does.

__init__ is compiled from source so that wrong calls get Python's own argument errors.
Not provided: InitVar, slots=True (accepted, but instances keep a __dict__) and make_dataclass.
"""
import copy as _copy

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "MISSING", "KW_ONLY", "fields",
           "asdict", "astuple", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "<dataclasses._MISSING_TYPE object>"


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


class Field:
    """One field: its name, type, default or default factory, and what it takes part in."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init", "compare",
                 "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = "_FIELD"

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type={self._field_type})")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq = init, repr, eq
        self.order, self.unsafe_hash, self.frozen = order, unsafe_hash, frozen

    def __repr__(self):
        return (f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
                f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})")


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    return getattr(annotation, "__origin__", None) is not None and "ClassVar" in repr(annotation)


def _collect_fields(cls, kw_only):
    """The fields of the class, inherited ones first, in definition order."""
    fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    keyword_only = kw_only
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or (isinstance(annotation, str) and annotation in ("KW_ONLY", "dataclasses.KW_ONLY")):
            keyword_only = True
            continue
        if _is_classvar(annotation):
            continue
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = annotation
        if f.kw_only is MISSING:
            f.kw_only = keyword_only
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: "
                             "use default_factory")
        fields[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    return fields


def _set_method(cls, name, function, overwrite_check=None):
    function.__qualname__ = f"{cls.__qualname__}.{function.__name__}"
    if overwrite_check and name in cls.__dict__:
        raise TypeError(overwrite_check)
    setattr(cls, name, function)


def _make_init(cls, fields, frozen):
    has_post_init = hasattr(cls, "__post_init__")
    namespace = {"MISSING": MISSING, "__dataclass_builtins_object__": object,
                 "__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY}
    positional = []
    keyword = []
    seen_default = None
    for f in fields:
        if not f.init:
            continue
        if f.default is not MISSING:
            namespace[f"__dataclass_dflt_{f.name}__"] = f.default
            parameter = f"{f.name}=__dataclass_dflt_{f.name}__"
        elif f.default_factory is not MISSING:
            parameter = f"{f.name}=__dataclass_HAS_DEFAULT_FACTORY__"
        else:
            parameter = f.name
        if f.kw_only:
            keyword.append(parameter)
            continue
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default is not None:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        else:
            seen_default = f.name
        positional.append(parameter)
    body = []
    for f in fields:
        if f.default_factory is not MISSING:
            namespace[f"__dataclass_factory_{f.name}__"] = f.default_factory
            if f.init:
                value = (f"__dataclass_factory_{f.name}__() "
                         f"if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {f.name}")
            else:
                value = f"__dataclass_factory_{f.name}__()"
        elif f.init:
            value = f.name
        else:
            if f.default is MISSING:
                continue
            namespace[f"__dataclass_dflt_{f.name}__"] = f.default
            value = f"__dataclass_dflt_{f.name}__"
        if frozen:
            body.append(f"__dataclass_builtins_object__.__setattr__(self, {f.name!r}, {value})")
        else:
            body.append(f"self.{f.name} = {value}")
    if has_post_init:
        body.append("self.__post_init__()")
    parameters = ["self"] + positional
    if keyword:
        parameters += ["*"] + keyword
    source = f"def __init__({', '.join(parameters)}):\n" + "\n".join(
        "    " + line for line in (body or ["pass"]))
    exec(source, namespace)
    return namespace["__init__"]


class _HasDefaultFactory:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields = _collect_fields(cls, kw_only)
    for base in cls.__mro__[1:]:
        params = getattr(base, _PARAMS, None)
        if params is not None:
            if params.frozen and not frozen:
                raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
            if not params.frozen and frozen and getattr(base, _FIELDS, None):
                raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    all_fields = list(fields.values())

    if init:
        _set_method(cls, "__init__", _make_init(cls, all_fields, frozen))

    if repr:
        shown = [f.name for f in all_fields if f.repr]

        def __repr__(self):
            return (f"{type(self).__qualname__}("
                    + ", ".join(f"{name}={getattr(self, name)!r}" for name in shown) + ")")
        if "__repr__" not in cls.__dict__:
            _set_method(cls, "__repr__", __repr__)

    compared = [f.name for f in all_fields if f.compare]

    def values(self):
        return tuple(getattr(self, name) for name in compared)

    if eq and "__eq__" not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return values(self) == values(other)
            return NotImplemented
        _set_method(cls, "__eq__", __eq__)

    if order:
        def comparison(name, test):
            def compare(self, other):
                if other.__class__ is self.__class__:
                    return test(values(self), values(other))
                return NotImplemented
            compare.__name__ = name
            return compare
        for name, test in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                           ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            _set_method(cls, name, comparison(name, test),
                        f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                        "Consider using functools.total_ordering")

    if frozen:
        field_names = set(fields)

        def __setattr__(self, name, value):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)
        for name, method in (("__setattr__", __setattr__), ("__delattr__", __delattr__)):
            _set_method(cls, name, method, f"Cannot overwrite attribute {name} in class {cls.__name__}")

    hashed = [f.name for f in all_fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, name) for name in hashed))

    has_explicit_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        _set_method(cls, "__hash__", __hash__)
    elif eq and frozen:
        if not has_explicit_hash:
            _set_method(cls, "__hash__", __hash__)
    elif eq and not has_explicit_hash:
        cls.__hash__ = None

    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields if f.init and not f.kw_only)
    if not getattr(cls, "__doc__", None):
        cls.__doc__ = f"{cls.__name__}({_signature_text(all_fields)})"
    return cls


def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return f"{annotation.__module__}.{annotation.__qualname__}"
    return repr(annotation) if not isinstance(annotation, str) else annotation


def _signature_text(all_fields):
    """The __init__ signature as inspect.signature shows it (the generated class docstring)."""
    parameters = []
    keyword_only = False
    for f in all_fields:
        if not f.init:
            continue
        if f.kw_only and not keyword_only:
            parameters.append("*")
            keyword_only = True
        text = f"{f.name}: {_annotation_text(f.type)}"
        if f.default is not MISSING:
            text += f" = {f.default!r}"
        elif f.default_factory is not MISSING:
            text += " = <factory>"
        parameters.append(text)
    return ", ".join(parameters)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds generated special methods to a class with annotated fields."""
    def wrap(cls):
        if order and not eq:
            raise ValueError("eq must be true if order is true")
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(found.values())


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """A dict of the instance's fields, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A tuple of the instance's field values, recursing as asdict does."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance with some fields changed (through __init__, so validation runs again)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)

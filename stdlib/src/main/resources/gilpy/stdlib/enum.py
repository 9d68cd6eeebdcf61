"""Enumerations (written for gilpy): Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

The metaclass EnumType turns the class body's plain attributes into members, singletons that
know their name and value; the class is iterable, indexable by name and callable by value.
Reprs and strs follow CPython 3.12.
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
           "auto", "unique", "property", "member", "nonmember", "global_enum"]

import operator as _operator

_builtin_property = property


class auto:
    """A placeholder for a member value chosen by _generate_next_value_."""

    _counter = 0

    def __init__(self, value=None):
        self.value = value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces an attribute (for example a function) to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute from becoming a member."""

    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = f"_{cls_name.lstrip('_')}__"
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")
            or isinstance(obj, (staticmethod, classmethod, _builtin_property))
            or callable(obj) and not isinstance(obj, auto))


def property(fget=None, fset=None, fdel=None, doc=None):
    """enum.property: a property (members' name and value are reached through these)."""
    return _builtin_property(fget, fset, fdel, doc)


class EnumType(type):
    """The metaclass of enumerations."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        members = []  # (name, value) in definition order
        body = {}
        last_values = []
        for key, value in classdict.items():
            if isinstance(value, nonmember):
                body[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                  or _is_descriptor(value) or isinstance(value, type)):
                body[key] = value
                continue
            if key in [name for name, _ in members]:
                raise TypeError(f"{key!r} already defined as {classdict[key]!r}")
            if isinstance(value, auto):
                if value.value is None:
                    generate = classdict.get("_generate_next_value_") or first_enum._generate_next_value_
                    if isinstance(generate, staticmethod):
                        generate = generate.__func__
                    value.value = generate(key, 1, len(members), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(v.value if isinstance(v, auto) else v for v in value)
            members.append((key, value))
            last_values.append(value)
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_unhashable_values_"] = []
        body["_member_type_"] = member_type
        body["_new_member_"] = classdict.get("__new__") or getattr(first_enum, "_new_member_", None)
        if first_enum is None and "_generate_next_value_" not in classdict and members:
            raise TypeError("the Enum base class has no members")
        if "__new__" in body:
            del body["__new__"]
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        for name, value in members:
            enum_class._add_member_(name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            bits = 0
            for m in enum_class._member_map_.values():
                bits |= m._value_
            enum_class._flag_mask_ = bits
        return enum_class

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        """The data type the members also are (int for IntEnum, ...) and the first enum base."""
        if not bases:
            return object, None
        member_type = object
        first_enum = None
        for base in bases:
            for klass in base.__mro__:
                if isinstance(klass, EnumType):
                    if first_enum is None:
                        first_enum = klass
                    continue
                if klass is not object and member_type is object:
                    member_type = klass
                break
        if first_enum is None:
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        return member_type, first_enum

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        creator = cls._new_member_
        if creator is not None:
            if isinstance(creator, staticmethod):
                creator = creator.__func__
            enum_member = creator(cls, *args)
        elif cls._member_type_ is object or getattr(cls._member_type_, "_value_type_", None):
            enum_member = object.__new__(cls)
            value_type = getattr(cls._member_type_, "_value_type_", None)
            if value_type is not None:
                enum_member._value_ = value_type(*args)
        elif cls._member_type_ is tuple:
            enum_member = cls._member_type_.__new__(cls, args)
        else:
            enum_member = cls._member_type_.__new__(cls, *args)
        if not hasattr(enum_member, "_value_"):
            if cls._member_type_ is object:
                enum_member._value_ = value
            else:
                enum_member._value_ = cls._member_type_(*args)
        value = enum_member._value_
        enum_member._name_ = name
        enum_member._sort_order_ = len(cls._member_names_)
        init = next((c.__dict__["__init__"] for c in cls.__mro__
                     if isinstance(c, EnumType) and "__init__" in c.__dict__), None)
        if init is not None:
            init(enum_member, *args)
        try:
            canonical = cls._value2member_map_[value]
        except (KeyError, TypeError):
            canonical = None
            for existing in cls._unhashable_values_:
                if existing._value_ == value:
                    canonical = existing
        if canonical is not None:
            enum_member = canonical  # an alias
        else:
            cls._member_names_.append(name)
            try:
                cls._value2member_map_[value] = enum_member
            except TypeError:
                cls._unhashable_values_.append(enum_member)
        cls._member_map_[name] = enum_member
        type.__setattr__(cls, name, enum_member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for m in cls._unhashable_values_:
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} "
                            f"instead of None or a valid member")
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        """The functional API: Enum('Name', 'A B C') or with a list of names or (name, value) pairs."""
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        classdict = {}
        if isinstance(names, dict):
            classdict.update(names)
        else:
            values = []
            for i, item in enumerate(names):
                if isinstance(item, str):
                    value = cls._generate_next_value_(item, start, i, values[:])
                    classdict[item] = value
                else:
                    item, value = item
                    classdict[item] = value
                values.append(value)
        if module is None:
            try:
                import sys
                module = sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return any(m._value_ == value for m in cls._unhashable_values_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {name!r}.")
        super().__delattr__(name)


EnumMeta = EnumType
Enum = Flag = None  # defined below; EnumType checks for them while they are being created


class Enum(metaclass=EnumType):
    """Members are singletons compared by identity; Color(1) and Color['RED'] find them."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return sorted(last_values)[-1] + 1
        except TypeError:
            try:
                return last_values[-1] + 1
            except TypeError:
                raise TypeError(f"unable to sort non-numeric values") from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    @_builtin_property
    def name(self):
        return self._name_

    @_builtin_property
    def value(self):
        return self._value_


def _plain(value):
    """The int or str behind an IntEnum/StrEnum member (or the value itself)."""
    return value._value_ if isinstance(value, (_IntLike, _StrLike)) else value


def _binary(operation, reflected=False):
    """A dunder method applying operation to the member's value (and the other operand's)."""
    if reflected:
        return lambda self, other: operation(_plain(other), self._value_)
    return lambda self, other: operation(self._value_, _plain(other))


class _ValueLike:
    """Members that act as their value (gilpy cannot subclass int or str yet, so IntEnum and
    StrEnum members forward the value's operations to it; isinstance(member, int) is False)."""

    _value_type_ = None

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._value_, name)

    def __eq__(self, other):
        return self._value_ == _plain(other)

    def __ne__(self, other):
        return self._value_ != _plain(other)

    def __lt__(self, other):
        return self._value_ < _plain(other)

    def __le__(self, other):
        return self._value_ <= _plain(other)

    def __gt__(self, other):
        return self._value_ > _plain(other)

    def __ge__(self, other):
        return self._value_ >= _plain(other)

    def __hash__(self):
        return hash(self._value_)


class _IntLike(_ValueLike):
    _value_type_ = int

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __bool__(self):
        return self._value_ != 0

    def __round__(self, ndigits=None):
        return round(self._value_, ndigits)

    __add__, __radd__ = _binary(_operator.add), _binary(_operator.add, True)
    __sub__, __rsub__ = _binary(_operator.sub), _binary(_operator.sub, True)
    __mul__, __rmul__ = _binary(_operator.mul), _binary(_operator.mul, True)
    __truediv__, __rtruediv__ = _binary(_operator.truediv), _binary(_operator.truediv, True)
    __floordiv__, __rfloordiv__ = _binary(_operator.floordiv), _binary(_operator.floordiv, True)
    __mod__, __rmod__ = _binary(_operator.mod), _binary(_operator.mod, True)
    __pow__, __rpow__ = _binary(_operator.pow), _binary(_operator.pow, True)
    __lshift__, __rlshift__ = _binary(_operator.lshift), _binary(_operator.lshift, True)
    __rshift__, __rrshift__ = _binary(_operator.rshift), _binary(_operator.rshift, True)
    __divmod__, __rdivmod__ = _binary(divmod), _binary(divmod, True)

    def __neg__(self):
        return -self._value_

    def __pos__(self):
        return +self._value_

    def __abs__(self):
        return abs(self._value_)

    def __invert__(self):
        return ~self._value_


class _StrLike(_ValueLike):
    _value_type_ = str

    def __len__(self):
        return len(self._value_)

    def __iter__(self):
        return iter(self._value_)

    def __contains__(self, item):
        return _plain(item) in self._value_

    def __getitem__(self, index):
        return self._value_[index]

    def __add__(self, other):
        return self._value_ + _plain(other)

    def __radd__(self, other):
        return _plain(other) + self._value_

    def __mul__(self, n):
        return self._value_ * n

    __rmul__ = __mul__


class ReprEnum(Enum):
    """Members whose str() and format() are those of their data type (IntEnum, StrEnum)."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(_IntLike, ReprEnum):
    """Members are ints too."""

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {int.__repr__(self._value_)}>"

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)


class StrEnum(_StrLike, ReprEnum):
    """Members are strs too; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        value = str(*values)
        member = object.__new__(cls)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)


class Flag(Enum):
    """Members are bit flags that combine with |, & and ^; combinations are members too."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 2 ** (high.bit_length()) if high else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        mask = getattr(cls, "_flag_mask_", 0)
        if value < 0:
            value = value & mask
        if value & ~mask:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        pseudo = object.__new__(cls)
        pseudo._value_ = value
        names = [m._name_ for m in cls._decompose_(value)]
        pseudo._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _decompose_(cls, value):
        singles = [cls._member_map_[n] for n in cls._member_names_
                   if cls._member_map_[n]._value_ and cls._member_map_[n]._value_ & (cls._member_map_[n]._value_ - 1) == 0]
        return [m for m in sorted(singles, key=lambda m: m._value_) if m._value_ & value == m._value_]

    def __iter__(self):
        return iter(type(self)._decompose_(self._value_))

    def __len__(self):
        return bin(self._value_).count("1")

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                            f"and {type(self).__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        name = self._name_ if self._name_ is not None else ""
        if name:
            return f"<{type(self).__name__}.{name}: {self._value_!r}>"
        return f"<{type(self).__name__}: {self._value_!r}>"

    def __str__(self):
        if self._name_ is None:
            return f"{type(self).__name__}({self._value_!r})"
        return f"{type(self).__name__}.{self._name_}"

    def __or__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not isinstance(other, int) or not isinstance(self, _IntLike):
            return NotImplemented
        return type(self)(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not isinstance(other, int) or not isinstance(self, _IntLike):
            return NotImplemented
        return type(self)(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not isinstance(other, int) or not isinstance(self, _IntLike):
            return NotImplemented
        return type(self)(self._value_ ^ other)

    def __invert__(self):
        return type(self)(type(self)._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __hash__(self):
        return hash(self._value_)


class IntFlag(_IntLike, ReprEnum, Flag):
    """Flags that are ints too."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)

    def __repr__(self):
        return Flag.__repr__(self)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __bool__ = Flag.__bool__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    _missing_ = Flag.__dict__["_missing_"]
    _generate_next_value_ = Flag.__dict__["_generate_next_value_"]

    def __hash__(self):
        return hash(self._value_)


def unique(enumeration):
    """Class decorator: raises ValueError if any member is an alias of another."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {details}")
    return enumeration


def global_enum(cls):
    import sys
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls

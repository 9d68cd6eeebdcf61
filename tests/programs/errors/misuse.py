cases = [
    "list.append(5, 1)", "str.upper(3)", "dict.keys([])", "set.add((), 1)", "tuple.index(1, 2)",
    "int.bit_length('x')", "float.is_integer(1)", "'abc'.join(5)", "[].sort(key=5)", "sorted([1, 'a'])",
    "len(5)", "abs('x')", "round('x')", "range('a')", "'x' * 'y'", "[1] + (2,)", "{} + {}",
    "next([])", "iter(5)", "int('1', 99)", "chr(-1)", "ord('ab')", "divmod('a', 1)", "pow('a', 2)",
    "getattr(1, 2)", "hex(1.5)", "min()", "max([])", "sum(['a'])", "'{}'.format()", "'%d' % 'x'",
    "dict(5)", "list(5)", "set(5)", "frozenset(5)", "tuple(5)", "zip(5)", "map(len, 5)", "enumerate(5)",
    "isinstance(1, 5)", "issubclass(1, int)", "super()", "object(1)", "type('X', 1, {})", "1 < 'a'",
    "[].remove(1)", "{}.pop('k')", "'abc'.index('z')", "(1).real.foo", "None + 1", "-'x'", "~1.5",
    "[][0]", "'abc'[5]", "{1: 2}[3]", "bytes('x')", "b'a'.decode('nope')", "float('1x')", "int(None)",
]
for c in cases:
    try:
        eval(c) if False else exec("r = " + c)
        print(c, "-> ok")
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)

# SyntaxError messages and positions for bad sources, as CPython 3.12 reports them.
# Errors found by the tokenizer (unclosed and mismatched brackets, unterminated strings)
# come with CPython's own end offsets; they are printed without them
sources = [
    "x = 1\nprint((1, 2)\ny = 3\n",
    "x = [1,\n 2\n",
    "def f(:\n    pass\n",
    "foo(1,\n    2\nbar = 3\n",
    "d = {'a': 1,\n     'b': 2\n\nprint(d)\n",
    "x = (1 +\n",
    "print(1))\n",
    "x = [1, 2)\n",
    "a = (1,\n     2]\n",
    "s = 'abc\n",
    "x = (\n  1,\n  2\n",
    "class C:\npass\n",
    "f(a for a in b, c)\n",
    "x = $\n",
    "y = [\n  (1,\n   2]\n",
    "z = {1: (2,\n",
    "w = f(a,\n      b\nv = 4\nu = 5\n",
    "for x in range(3):\n    print(x\nprint('done')\n",
    # a missing colon after a compound statement's header
    "if x\n    pass\n",
    "def f()\n    pass\n",
    "def g(a, b) -> int\n    return a\n",
    "class C\n    pass\n",
    "class D(object)\n    pass\n",
    "for i in range(3)\n    pass\n",
    "async def h()\n    pass\n",
    "while x\n    pass\n",
    "if x:\n    pass\nelif x\n    pass\n",
    "if x:\n    pass\nelse\n    pass\n",
    "try\n    pass\nexcept:\n    pass\n",
    "try:\n    pass\nexcept ValueError as e\n    pass\n",
    "try:\n    pass\nfinally\n    pass\n",
    "with open(f) as g\n    pass\n",
    # the error is at the end of the line, also when blank lines or the end of input follow
    "x = 1 +\n",
    "x = 1 +\n\n\n",
    "x = 1 +\n# a comment\ny = 2\n",
    "f = lambda x\n",
    "if x == 1 +\n    pass\n",
    # Python 2's print and exec statements
    "print 'a'\n",
    "print x, y\n",
    "exec 'x = 1'\n",
    "x = print 'a'\n",
    "obj.print 'a'\n",
    # marked from the first character of the culprit to its last
    "x = 1 foo\n",
    "x = 1 'abc'\n",
    "f(a=1, a=2)\n",
    "f(x for x in y, 1)\n",
    "f(x, y = 1, 2)\n",
    "f(x, **k, 2)\n",
    "class C(x=1, object):\n    pass\n",
    # '=' where a condition or a parenthesised expression begins
    "if x = 1:\n    pass\n",
    "while x = 1:\n    pass\n",
    "if (x = 1):\n    pass\n",
    "[x = 1]\n",
    "if x = f(1)[2].z + 3 ** 2 and y:\n    pass\n",
    "while match = 3:\n    pass\n",
    "if x = -1:\n    pass\n",
    "if x = 'a' 'b':\n    pass\n",
    "if x:\n    pass\nelif x = 2:\n    pass\n",
    "if x = 1 == 2:\n    pass\n",
    "if x = y = 1:\n    pass\n",
    "if x = :\n    pass\n",
    "if x and y = 1:\n    pass\n",
    "assert x = 1\n",
    "x = y = = 1\n",
    # a conditional expression without its else
    "x = 1 if y\n",
    "x = a + b if c\n",
    "print(1 if y)\n",
    "def f():\n    return a if b\n",
    "x = [1 if y for y in z]\n",
    "x = (a, b if c)\n",
    "x = f(a)[1] if not b\n",
    "x = 1 if y else\n",
    "x = a if b == c or d\n",
    "y = lambda: 1 if x\n",
    "x = [a for a in b if c d]\n",
    "x = a if b else c d\n",
]
for src in sources:
    try:
        exec(src, {"x": 1})
        print("ran", repr(src))
    except SyntaxError as e:
        # (and CPython marks one column of an IndentationError, whatever its end_offset says)
        tokenizer = isinstance(e, IndentationError) or "never closed" in e.msg or "parenthesis" in e.msg or "unterminated" in e.msg or "unmatched" in e.msg
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, "" if tokenizer else e.end_offset)

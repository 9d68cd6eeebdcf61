# SyntaxError messages and positions for bad sources, as CPython 3.12 reports them.
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
]
for src in sources:
    try:
        exec(src, {"x": 1})
        print("ran", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)

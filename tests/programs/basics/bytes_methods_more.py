"""bytes split/replace/count/fromhex and int.as_integer_ratio against CPython."""
b = b"  alpha beta\tgamma\n delta  "
print(b.split(), b.split(maxsplit=2), b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"".split(), b"x".split(b"x"))
print(b"aaaa".count(b"aa"), b"hello".count(b"l"), b"abc".count(b""), b"banana".count(ord("a")))
print(b"banana".replace(b"a", b"o"), b"banana".replace(b"a", b"", 2), b"ab".replace(b"", b"-"), bytearray(b"xyx").replace(b"x", b"z"))
print(bytes.fromhex("de ad be ef"), bytearray.fromhex("0a0B"), (5).as_integer_ratio(), True.as_integer_ratio(), (2**70).as_integer_ratio())
for bad in [lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("abc"), lambda: b"a".split(b"")]:
    try: bad()
    except ValueError as e: print(e)
print(bytearray(b"a b").split())

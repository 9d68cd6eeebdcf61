# comments, line joining, semicolons, literals
x = 1; y = 2; z = x + \
    y
total = (1 +
         2 +  # a comment inside brackets
         3)
items = [
    1,
    2,
]
print(x, y, z, total, items)  # trailing comment
print('single', "double", '''triple single''', """triple "double" """)
print(r'raw \t', R"RAW \n", b'bytes', rb'raw\bytes', Rb"x", f'f{x}', rf'{x}\n', F"{y!r}")
print("implicit " 'concatenation ' f"with {x}")
print("escapes: \\ \' \" \a\b\f\v|\t|\101|\x41|\u0041|\U00000041|\N{LATIN SMALL LETTER E WITH ACUTE}".encode("utf-8"))
print(0xFF, 0o777, 0b1111, 1_000, 0x_dead_beef, 10., .5, 1e10, 1E-3, 1_0.0_1, 0.0, 00, 1e1_0)
print("""multi
line""", len("""a
b"""))
print(f"{'quoted'}", f"{x:>{y + 3}}", f"{3.14159:.{y}f}", f"{x!s:>3}{y!a}", f"{'{'}{'}'}", f"{ x = }")
s = f"""triple {x
+ y}"""
print(s)
if True: print("inline if")
for i in range(2): print("inline for", i)
while False: pass
class Empty: pass
def noop(): ...
print(Empty.__name__, noop(), ...)

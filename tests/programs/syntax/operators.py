print(2 + 3 * 4 ** 2, (2 + 3) * 4, -2 ** 2, (-2) ** 2, 2 ** -1, not True or True, not (True or True))
print(1 < 2 == 2 > 1, 1 < 2 < 3 < 2, 3 > 2 >= 2 != 1, "a" < "b" <= "b")
print(5 & 3 | 4 ^ 1, 1 << 2 + 1, ~0 & 0xff, 7 // 2 * 2 + 7 % 2)
print(1 if 0 else 2 if 0 else 3, (lambda a, b=2: a * b)(3), [x for x in range(3)][::-1])
print([1, 2, 3, 4, 5][1:4:2], "abcdef"[::-2], [0, 1, 2][-2:], (1, 2, 3)[::], list(range(10))[7:2:-2])
if (n := len("hello")) > 3:
    print("walrus", n)
data = [1, 2, 3]
first, *rest = data
print(first, rest, [*data, *rest], {**{"a": 1}, "b": 2}, print(*data, sep="-"))
a = b = c = 5
a += 1; b -= 1; c *= 2
print(a, b, c)
v = 10
v //= 3; print(v); v **= 3; print(v); v %= 7; print(v); v <<= 4; print(v); v >>= 2; print(v)
v |= 1; v &= 0b1101; v ^= 2; print(v)
f = 1.5; f /= 2; print(f)
s = "ab"; s *= 3; s += "!"; print(s)
lst = [1]; lst += [2]; lst *= 2; print(lst)
t = (1,); t += (2,); print(t)
print(True and "yes", False or "fallback", None or 0 or [] or "last", 0 and 1, "x" and "")
print(is_none := None is None, [] is not [], 3 in [1, 2, 3], "z" not in "abc")
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)], {(i, j): i * j for i in range(2) for j in range(2)})
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, round(-0.5), round(1.5), abs(-0.0))

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(3).indices(10), slice(None, None, -1).indices(4), [0,1,2,3,4][s])
print(range(10)[2:8:3], list(range(10)[::-3]), range(5).index(3), range(0, 10, 2).count(4), 7 in range(1, 10, 3))

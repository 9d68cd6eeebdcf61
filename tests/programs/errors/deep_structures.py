import sys
l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print("repr:", type(e).__name__)
a, b = [], []
for i in range(100000):
    a, b = [a], [b]
try:
    print(a == b)
except RecursionError as e:
    print("eq:", type(e).__name__)
def key(x):
    return sorted([x], key=key)
try:
    key(1)
except RecursionError as e:
    print("sorted:", type(e).__name__)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("dunder:", type(e).__name__)
print("alive")

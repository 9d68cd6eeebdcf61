import sys

def depth(n):
    return depth(n + 1)

print(sys.getrecursionlimit())
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)

sys.setrecursionlimit(3000)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(2500))

def mutual_a(n):
    return mutual_b(n - 1) if n else "done"
def mutual_b(n):
    return mutual_a(n - 1) if n else "done"
print(mutual_a(2000))
raise RecursionError("explicit")

import os

path = "gilpy_test_file.txt"
with open(path, "w") as f:
    f.write("line one\n")
    f.write("line two\n")
    print("third line", file=f)
    f.writelines(["a\n", "b\n"])

with open(path) as f:
    print(repr(f.read()))

with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())

with open(path) as f:
    for number, line in enumerate(f, 1):
        print(number, line.rstrip())

with open(path, "a") as f:
    f.write("appended\n")
print(open(path).read().splitlines()[-1])

with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, data[:8], len(data))

with open("gilpy_test_bytes.bin", "wb") as f:
    f.write(bytes([0, 1, 2, 255]))
with open("gilpy_test_bytes.bin", "rb") as f:
    print(list(f.read()))

f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("no/such/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
    print(e)
os.remove(path)
os.remove("gilpy_test_bytes.bin")
print(os.path.exists(path))

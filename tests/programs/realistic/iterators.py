"""Custom iterators, iterator protocol corner cases and generator pipelines."""


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Squares:
    """Old-style iteration via __getitem__."""
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Countdown(5)), list(Squares()), 9 in Squares(), sum(Countdown(100)))
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, "exhausted"))


def read_records(lines):
    for line in lines:
        if line.strip() and not line.startswith("#"):
            yield line.split(",")


def parse(records):
    for name, age, city in records:
        yield {"name": name.strip(), "age": int(age), "city": city.strip()}


def older_than(people, limit):
    return (p for p in people if p["age"] > limit)


data = """# name, age, city
Ann, 34, Oslo
Bob, 19, Rome

Cleo, 52, Lima
# trailing comment
Dan, 41, Oslo""".splitlines()

people = list(parse(read_records(data)))
print([p["name"] for p in older_than(people, 30)])
by_city = {}
for p in people:
    by_city.setdefault(p["city"], []).append(p["name"])
print(by_city, sorted(by_city, key=lambda c: -len(by_city[c]))[0])
ages = [p["age"] for p in people]
print(sum(ages) / len(ages), min(ages), max(ages), sorted(ages, reverse=True))
print(list(zip(*[(p["name"], p["age"]) for p in people])))
print(dict(enumerate("abc")), list(map(str.upper, ["x", "y"])), list(filter(str.isdigit, "a1b22c")))
print(any(p["age"] > 50 for p in people), all(p["age"] > 18 for p in people))
nested = [[1, [2, 3]], [4, [5, [6]]]]


def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten(nested)))
running = []
total = 0
for v in Countdown(4):
    total += v
    running.append(total)
print(running)

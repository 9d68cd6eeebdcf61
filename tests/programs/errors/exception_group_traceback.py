# An uncaught exception group prints its members in numbered boxes, nested groups inside
# their parents' boxes, each member with its own traceback and chained exceptions.


def fail(n):
    raise ValueError(n)


def collect():
    caught = []
    for n in range(3):
        try:
            fail(n)
        except ValueError as e:
            caught.append(e)
    try:
        raise KeyError("missing")
    except KeyError as k:
        try:
            raise RuntimeError("while handling")
        except RuntimeError as r:
            caught.append(r)
    many = ExceptionGroup("many", [TypeError(i) for i in range(17)])
    nested_last = ExceptionGroup("ends with a group", [OSError("io"), ExceptionGroup("inner", [ZeroDivisionError()])])
    return caught + [many, nested_last]


group = ExceptionGroup("top", collect())
print(group, len(group.exceptions))
raise group

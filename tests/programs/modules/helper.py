print("helper imported as", __name__)
CALLS = []


def record(x):
    CALLS.append(x)
    return len(CALLS)

if __name__ == "__main__":
    print("never printed on import")

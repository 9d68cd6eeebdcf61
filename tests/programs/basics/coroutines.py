# Coroutines without asyncio: a tiny round-robin scheduler drives them by hand.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield "tick"
        return self.ticks


async def worker(name, ticks, log):
    log.append(f"{name} start")
    slept = await Sleep(ticks)
    log.append(f"{name} slept {slept}")
    return name.upper()


async def main(log):
    first = await worker("a", 2, log)
    return first + (await worker("b", 1, log))


def run(coroutines):
    results = {}
    while coroutines:
        for name, coro in list(coroutines.items()):
            try:
                coro.send(None)
            except StopIteration as done:
                results[name] = done.value
                del coroutines[name]
    return results


log = []
coro = main(log)
print(type(coro).__name__, coro.__class__.__name__)
print(run({"main": coro, "solo": worker("c", 3, log)}))
print(log)
try:
    for x in worker("d", 1, []):
        pass
except TypeError as e:
    print("TypeError:", e)

async def fails():
    await 42

try:
    fails().send(None)
except TypeError as e:
    print("TypeError:", e)


# coroutine.__await__() is an iterator over the coroutine: next/send drive it, and a
# generator-based coroutine can delegate to it with yield from
async def answer():
    return 42


it = answer().__await__()
print(type(it).__name__, iter(it) is it)
try:
    next(it)
except StopIteration as stop:
    print("returned", stop.value)


def legacy():
    return (yield from answer().__await__())


legacy_run = legacy()
try:
    next(legacy_run)
except StopIteration as stop:
    print("legacy returned", stop.value)

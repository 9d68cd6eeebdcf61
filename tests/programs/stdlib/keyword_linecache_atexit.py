"""keyword, linecache and atexit against CPython."""
import atexit
import keyword
import linecache
import os

print(keyword.iskeyword("yield"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist),
      keyword.kwlist[:3], keyword.softkwlist)
here = os.path.abspath(__file__)
print(repr(linecache.getline(here, 1)), repr(linecache.getline(here, 10**6)), len(linecache.getlines(here)) > 5)
print(linecache.getline("/no/such/file.py", 1) == "")
linecache.clearcache()


def goodbye(name, punctuation="!"):
    print("goodbye", name + punctuation)


atexit.register(goodbye, "world")
atexit.register(goodbye, "first", punctuation="?")
atexit.register(print, "never")
atexit.unregister(print)
print("end of script")

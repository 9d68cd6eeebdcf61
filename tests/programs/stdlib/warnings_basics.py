# warnings: default filters (once per location), stacklevel, catch_warnings(record=True),
# "error", literal message filters, "once", and the output format (stderr is compared too).
import warnings

def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)

def user():
    warnings.warn("careful")

for _ in range(3):
    user()
old()
warnings.warn("explicit", RuntimeWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    user()
    user()
    old()
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught], caught[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        user()
    except UserWarning as e:
        print("raised:", e)
warnings.filterwarnings("ignore", message="CAREFUL")
user()
warnings.resetwarnings()
warnings.simplefilter("once")
for _ in range(2):
    warnings.warn("once only")
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print(e)
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "  code()  "))

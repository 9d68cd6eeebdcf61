import helper
import helper as again
from helper import record
import shapes
from shapes import *
from shapes.square import area, inscribed_circle
import shapes.circle as circ
import sys

print(helper is again, record(1), record(2), helper.CALLS)
print(shapes.VERSION, Circle(1).area(), area(3), inscribed_circle(4).area(), circ.Circle is Circle)
print(sorted(k for k in sys.modules if k.startswith("shapes")), "helper" in sys.modules)
print(__name__, helper.__name__, shapes.__name__, shapes.square.__name__)
try:
    import does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
try:
    from shapes import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import math, time, os, sys as system
print(system is sys, type(math).__name__, callable(time.time), os.sep)

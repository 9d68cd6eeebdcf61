"""logging against CPython: the last-resort handler, basicConfig and its default format,
levels, the logger hierarchy, the three format styles, filters, extra, exceptions, threads."""
import io
import logging
import os
import sys
import threading

# nothing configured: the last resort prints bare messages of WARNING and above to stderr
captured = io.StringIO()
sys.stderr, saved = captured, sys.stderr
logging.getLogger("early").warning("no handlers %s", "yet")
logging.getLogger("early").info("not shown")
sys.stderr = saved
print(repr(captured.getvalue()))

log = logging.getLogger("app.db")
print(log, logging.getLogger("app"), log.parent, logging.getLogger(), logging.getLogger("app.db") is log)


class PathlessFormatter(logging.Formatter):
    """Tracebacks with this file's path (which depends on the checkout) shown as HERE."""

    def formatException(self, ei):
        return super().formatException(ei).replace(os.path.abspath(__file__), "HERE")


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(PathlessFormatter("%(levelname)-8s %(name)s [%(threadName)s] %(processName)s "
                                       "%(funcName)s:%(lineno)d %(module)s %(filename)s %(message)s"))
logging.basicConfig(level=logging.DEBUG, handlers=[handler])
logging.basicConfig(level=logging.ERROR)  # ignored: the root logger has a handler
logging.debug("debug %d", 5)
log.info("info from %s", "db")
logging.info("mapping %(a)s %(b)s", {"a": 1, "b": 2})


def worker(n):
    logging.getLogger("app.worker").warning("worker %d", n)


threads = [threading.Thread(target=worker, args=(i,), name=f"W{i}") for i in range(3)]
for t in threads:
    t.start()
    t.join()

try:
    raise KeyError("missing")
except KeyError:
    logging.exception("failed")
log.error("with exc_info", exc_info=ValueError("given"))
log.setLevel(logging.ERROR)
log.warning("hidden")
log.error("shown")
print(log.getEffectiveLevel(), logging.getLogger("app").getEffectiveLevel(), log.isEnabledFor(logging.WARNING),
      logging.getLevelName(25), logging.getLevelName("INFO"), logging.getLevelName(logging.WARN))
logging.addLevelName(25, "NOTICE")
logging.log(25, "notice!")

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.warning("to buf %s", "x")
other.info("below root's level? no: other has no level, root is DEBUG")
print(repr(buf.getvalue()), h, other.handlers, other.hasHandlers())
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("$levelname:$message", style="$"))
other.addHandler(h2)
other.error("dollar")
h3 = logging.StreamHandler(sys.stdout)
h3.setFormatter(logging.Formatter("%(message)s %(user)s"))
other.addHandler(h3)
other.error("extra", extra={"user": "bob"})
other.removeHandler(h3)
other.removeHandler(h2)

fmt = logging.Formatter("%(asctime)s %(msecs)03d", datefmt="%Y")
record = logging.LogRecord("n", 20, "/x/y.py", 3, "m %s", ("arg",), None)
print(len(fmt.format(record)), fmt.format(record)[:4].isdigit(), record.filename, record.module,
      record.levelname, record.getMessage(), len(logging.Formatter("%(asctime)s").format(record)))
for bad in [lambda: logging.Formatter("no fields"), lambda: logging.Formatter("%(message)s", style="?"),
            lambda: logging.basicConfig(stream=sys.stdout, filename="x", force=True),
            lambda: log.setLevel("LOUD"), lambda: logging.getLogger(5), lambda: log.setLevel(2.5),
            lambda: other.error("extra", extra={"message": 1})]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
logging.LoggerAdapter(log, {"k": 1}).error("adapted")
flt = logging.Filter("app")
print(flt.filter(logging.LogRecord("app.x", 10, "", 0, "", (), None)),
      flt.filter(logging.LogRecord("apple", 10, "", 0, "", (), None)))
logging.getLogger("quiet").addFilter(lambda r: False)
logging.getLogger("quiet").error("filtered")
print(logging.getLogger("x.y.z").parent, logging.getLogger("x.y").parent, logging.getLogger("x.y.z").parent)
logging.basicConfig(force=True, stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s",
                    level=logging.INFO)
logging.info("forced; thread id is an int: %s", isinstance(threading.get_ident(), int))
logging.basicConfig(force=True, stream=sys.stdout)
logging.warning("default format again")
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("still shown")

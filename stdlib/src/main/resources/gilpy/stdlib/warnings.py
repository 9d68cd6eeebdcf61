"""warnings for gilpy: warn, the filters, and CPython's default output (written for gilpy).

A warning is matched against the filters (newest first); the action decides whether it is
raised ("error"), dropped ("ignore"), or shown always, once per location ("default"), once
per module ("module") or once ever ("once"). The defaults are CPython's: deprecations are
shown only when the code that triggers them is in __main__.
"""
import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings", "WarningMessage"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# (action, message prefix or None, category, module name or None, lineno); first match wins.
filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = [1]


def _install_defaults():
    filters[:] = [
        ("default", None, DeprecationWarning, "__main__", 0),
        ("ignore", None, DeprecationWarning, None, 0),
        ("ignore", None, PendingDeprecationWarning, None, 0),
        ("ignore", None, ImportWarning, None, 0),
        ("ignore", None, ResourceWarning, None, 0),
    ]


_install_defaults()


def _changed():
    _filters_version[0] += 1


def _add(item, append):
    if not append:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _changed()


def _check_action(action):
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")  # CPython asserts


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter. message and module must match the start of the text (case-insensitive
    for message); gilpy matches them literally, without regular expressions."""
    _check_action(action)
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add((action, message.lower() or None, category, module or None, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_action(action)
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add((action, None, category, None, lineno), append)


def resetwarnings():
    filters[:] = []
    _changed()


def formatwarning(message, category, filename, lineno, line=None):
    text = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        text += f"  {line.strip()}\n"
    return text


def _format_with_source(msg):
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    if msg.source is not None:  # CPython points at tracemalloc for where the object came from
        text += f"{msg.category.__name__}: Enable tracemalloc to get the object allocation traceback\n"
    return text


def _source_line(filename, lineno):
    try:
        with open(filename, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if number == lineno:
                    return line
    except (OSError, UnicodeDecodeError):
        pass
    return None


def _showwarnmsg_impl(msg):
    file = msg.file if msg.file is not None else sys.stderr
    if file is None:
        return
    try:
        file.write(_format_with_source(msg))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    hook = globals()["showwarning"]
    if hook is not _showwarning_orig:  # replaced by the program (or by catch_warnings(record=True))
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno}, line : {self.line!r}}}")


def _caller(stacklevel):
    """(filename, lineno, module globals) of the frame stacklevel levels up from warn()'s caller."""
    try:
        frame = sys._getframe(stacklevel + 1)
    except ValueError:
        return "sys", 1, sys.__dict__
    return frame.f_code.co_filename, frame.f_lineno, frame.f_globals


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    filename, lineno, module_globals = _caller(stacklevel)
    module = module_globals.get("__name__", "<string>")
    registry = module_globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, module_globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module.endswith(".py"):
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version[0]:
        registry.clear()
        registry["version"] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = defaultaction
    for item in filters:
        act, msg, cat, mod, ln = item
        if ((msg is None or text.lower().startswith(msg)) and issubclass(category, cat)
                and (mod is None or module == mod) and (ln == 0 or lineno == ln)):
            action = act
            break
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == "module":
        registry[key] = 1
        module_key = (text, category, 0)
        if registry.get(module_key):
            return
        registry[module_key] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError(f"Unrecognized action ({action!r}) in warnings.filters:\n {item}")
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


def _warn_unawaited_coroutine(coro):
    """Called by the interpreter for a coroutine dropped before it ever ran."""
    warn(f"coroutine '{coro.__qualname__}' was never awaited", category=RuntimeWarning, stacklevel=2, source=coro)


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on exit; with record=True,
    warnings are collected in the list that __enter__ returns instead of being shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        self._saved_filters = list(filters)
        self._saved_showwarning = globals()["showwarning"]
        _changed()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            globals()["showwarning"] = lambda *args: log.append(WarningMessage(*args))
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        filters[:] = self._saved_filters
        _changed()
        globals()["showwarning"] = self._saved_showwarning

"""Lines of source files, read once and cached (written for gilpy; used by traceback)."""

__all__ = ["getline", "getlines", "clearcache", "checkcache"]

_cache = {}


def getlines(filename, module_globals=None):
    lines = _cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding="utf-8") as f:
                lines = f.readlines()
        except (OSError, UnicodeDecodeError, ValueError):
            return []
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        _cache[filename] = lines
    return lines


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def clearcache():
    _cache.clear()


def checkcache(filename=None):
    if filename is None:
        _cache.clear()
    else:
        _cache.pop(filename, None)

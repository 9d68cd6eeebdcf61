"""What the interpreter runs on (written for gilpy): the common queries of CPython's platform."""
import os as _os
import sys as _sys

__all__ = ["python_implementation", "python_version", "python_version_tuple", "system", "machine",
           "node", "release", "version", "processor", "platform", "architecture", "uname",
           "python_compiler", "python_build"]


def python_implementation():
    """'gilpy': scripts that branch on 'CPython' take their generic path here."""
    return "gilpy"


def python_version():
    return "%d.%d.%d" % _sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in _sys.version_info[:3])


def system():
    return _sys_uname()[0]


def node():
    return _sys_uname()[1]


def release():
    return _sys_uname()[2]


def version():
    return _sys_uname()[3]


def machine():
    return _sys_uname()[4]


def processor():
    return machine()


def architecture(executable=None, bits="", linkage=""):
    return "64bit", "ELF" if system() == "Linux" else ""


def python_compiler():
    return "Truffle"


def python_build():
    return "default", ""


class uname_result(tuple):
    """(system, node, release, version, machine) with those names, and processor."""

    _fields = ("system", "node", "release", "version", "machine")

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])
    processor = property(lambda self: self[4])

    def __repr__(self):
        return ("uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)" % tuple(self))


_uname_cache = None


def _sys_uname():
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(*_os.uname()[:5])
    return _uname_cache


def uname():
    return _sys_uname()


def platform(aliased=False, terse=False):
    system_name, _, rel, _, mach = _sys_uname()
    if terse:
        return f"{system_name}-{rel}"
    # CPython appends the C library's version (-with-glibc2.36); gilpy does not know it
    return f"{system_name}-{rel}-{mach}"

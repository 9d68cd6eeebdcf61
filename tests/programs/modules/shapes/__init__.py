"""A small package: re-exports from its submodules."""
from .circle import Circle
from . import square
VERSION = "1.0"
__all__ = ["Circle", "VERSION"]

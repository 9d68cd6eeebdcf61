"""Container datatypes (the subset gilpy provides so far): deque."""

from _collections import deque

__all__ = ["deque"]

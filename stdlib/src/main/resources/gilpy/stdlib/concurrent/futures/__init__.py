"""Execute calls asynchronously on pools of threads or processes (written for gilpy)."""
from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError, BrokenExecutor, Future, Executor,
                                      wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = ("FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
           "InvalidStateError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
           "ThreadPoolExecutor", "ProcessPoolExecutor")

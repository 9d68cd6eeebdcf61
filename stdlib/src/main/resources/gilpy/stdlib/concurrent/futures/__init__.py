"""Execute calls asynchronously on pools of threads (written for gilpy).

ProcessPoolExecutor arrives with multiprocessing.
"""
from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError, BrokenExecutor, Future, Executor,
                                      wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = ("FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
           "InvalidStateError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
           "ThreadPoolExecutor")

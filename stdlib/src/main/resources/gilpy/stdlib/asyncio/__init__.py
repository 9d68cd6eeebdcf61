"""asyncio for gilpy: an event loop in one thread, tasks over coroutines, and their helpers.

Written for gilpy (not CPython's code). Still missing: subprocesses.
"""
from asyncio.exceptions import (CancelledError, InvalidStateError, TimeoutError, SendfileNotAvailableError,
                                IncompleteReadError, LimitOverrunError)
from asyncio.events import (AbstractEventLoop, Handle, TimerHandle, get_event_loop, set_event_loop,
                            new_event_loop, get_running_loop, _get_running_loop)
from asyncio.coroutines import iscoroutine, iscoroutinefunction
from asyncio.futures import Future, wrap_future, isfuture
from asyncio.tasks import (Task, create_task, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, wait, wait_for,
                           as_completed, sleep, gather, shield, ensure_future, run_coroutine_threadsafe,
                           current_task, all_tasks)
from asyncio.queues import Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty
from asyncio.runners import run
from asyncio.locks import Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier, BrokenBarrierError
from asyncio.timeouts import Timeout, timeout, timeout_at
from asyncio.threads import to_thread
from asyncio.taskgroups import TaskGroup
from asyncio.streams import StreamReader, StreamWriter, Server, open_connection, start_server

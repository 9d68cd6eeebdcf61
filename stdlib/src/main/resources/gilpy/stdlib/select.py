"""select.select over sockets (written for gilpy): the wait releases the GIL.

Only gilpy sockets (objects of socket.socket) can be watched; files and pipes cannot.
"""
import _gilpy_nio as _nio

__all__ = ["select", "error"]

error = OSError


def _channel(obj):
    channel = getattr(obj, "_channel", None)
    if channel is None:
        raise ValueError("select() in gilpy supports connected or listening sockets only")
    return channel


def select(rlist, wlist, xlist, timeout=None):
    """The sockets of rlist ready to read (or accept) and of wlist ready to write."""
    if timeout is not None and timeout < 0:
        raise ValueError("timeout must be non-negative")
    rlist, wlist = list(rlist), list(wlist)
    selector = _nio.selector()
    try:
        events = {}
        owners = {}
        for obj in rlist:
            channel = _channel(obj)
            events[id(channel)] = events.get(id(channel), 0) | _nio.EVENT_READ
            owners[id(channel)] = (channel, obj)
        for obj in wlist:
            channel = _channel(obj)
            events[id(channel)] = events.get(id(channel), 0) | _nio.EVENT_WRITE
            owners[id(channel)] = (channel, obj)
        for key, mask in events.items():
            _nio.register(selector, owners[key][0], mask)
        ready = _nio.select(selector, timeout)
        readable = {id(channel) for channel, mask in ready if mask & _nio.EVENT_READ}
        writable = {id(channel) for channel, mask in ready if mask & _nio.EVENT_WRITE}
        return ([obj for obj in rlist if id(obj._channel) in readable],
                [obj for obj in wlist if id(obj._channel) in writable], [])
    finally:
        for channel, obj in owners.values():
            _nio.register(selector, channel, 0)
        _nio.close(selector)

"""High-level I/O multiplexing over sockets (written for gilpy): DefaultSelector and friends,
all one selector over the JVM's NIO (waiting releases the GIL)."""
import _gilpy_nio as _nio
from collections import namedtuple

__all__ = ["BaseSelector", "DefaultSelector", "SelectSelector", "PollSelector", "EpollSelector",
           "SelectorKey", "EVENT_READ", "EVENT_WRITE"]

EVENT_READ = 1
EVENT_WRITE = 2

SelectorKey = namedtuple("SelectorKey", ["fileobj", "fd", "events", "data"])


class BaseSelector:
    """Watches registered sockets for readability and writability."""

    def __init__(self):
        self._selector = _nio.selector()
        self._keys = {}      # fd -> SelectorKey
        self._channels = {}  # id(channel) -> fd

    def _channel(self, fileobj):
        channel = getattr(fileobj, "_channel", None)
        if channel is None:
            raise ValueError(f"Invalid file object: {fileobj!r}")
        return channel

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError(f"Invalid events: {events!r}")
        fd = fileobj.fileno()
        if fd in self._keys:
            raise KeyError(f"{fileobj!r} (FD {fd}) is already registered")
        channel = self._channel(fileobj)
        key = SelectorKey(fileobj, fd, events, data)
        self._keys[fd] = key
        self._channels[id(channel)] = fd
        _nio.register(self._selector, channel, events)
        return key

    def unregister(self, fileobj):
        fd = fileobj.fileno() if hasattr(fileobj, "fileno") else fileobj
        key = self._keys.pop(fd, None)
        if key is None:
            raise KeyError(f"{fileobj!r} is not registered")
        channel = getattr(key.fileobj, "_channel", None)
        if channel is not None:
            self._channels.pop(id(channel), None)
            if not getattr(key.fileobj, "_closed", False):
                _nio.register(self._selector, channel, 0)
        return key

    def modify(self, fileobj, events, data=None):
        key = self.get_key(fileobj)
        if events != key.events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data is not key.data:
            key = key._replace(data=data)
            self._keys[key.fd] = key
        return key

    def select(self, timeout=None):
        """[(key, events), ...] of the registered sockets that are ready."""
        if timeout is not None and timeout < 0:
            timeout = 0
        ready = []
        for channel, mask in _nio.select(self._selector, timeout):
            fd = self._channels.get(id(channel))
            key = self._keys.get(fd)
            if key is not None:
                ready.append((key, mask & key.events))
        return ready

    def get_key(self, fileobj):
        fd = fileobj.fileno() if hasattr(fileobj, "fileno") else fileobj
        try:
            return self._keys[fd]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def get_map(self):
        return dict(self._keys)

    def close(self):
        self._keys.clear()
        self._channels.clear()
        _nio.close(self._selector)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class DefaultSelector(BaseSelector):
    pass


SelectSelector = PollSelector = EpollSelector = DefaultSelector

"""Secure hashes (written for gilpy): md5, sha1, sha224/256/384/512, sha3_*, new(), file_digest.

The digests are the JDK's; updates of 2048 bytes or more run without the GIL, as CPython's
do. Not provided: blake2, shake, pbkdf2_hmac, scrypt."""
import _hashlib

__all__ = ["new", "algorithms_guaranteed", "algorithms_available", "md5", "sha1", "sha224", "sha256",
           "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "file_digest"]

algorithms_guaranteed = frozenset(_hashlib.algorithms)
algorithms_available = algorithms_guaranteed


class HASH:
    """A running digest: update() with bytes, then digest() or hexdigest() (any number of times)."""

    def __init__(self, name, data=b"", _digest=None):
        self.name = name
        self._digest = _hashlib.new(name) if _digest is None else _digest
        self.digest_size, self.block_size = _hashlib.sizes(self._digest)
        if data:
            self.update(data)

    def update(self, data):
        _hashlib.update(self._digest, data if isinstance(data, (bytes, bytearray)) else _as_bytes(data))

    def digest(self):
        return _hashlib.digest(self._digest)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        return HASH(self.name, _digest=_hashlib.copy(self._digest))

    def __repr__(self):
        return f"<{self.name} _hashlib.HASH object @ {id(self):#x}>"


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    return bytes(data)


def new(name, data=b"", **kwargs):
    return HASH(name.lower(), data)


def _constructor(name):
    def construct(data=b"", *, usedforsecurity=True, string=None):
        return HASH(name, data if string is None else string)
    construct.__name__ = "openssl_" + name
    return construct


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
sha3_224 = _constructor("sha3_224")
sha3_256 = _constructor("sha3_256")
sha3_384 = _constructor("sha3_384")
sha3_512 = _constructor("sha3_512")


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            return h
        h.update(chunk)

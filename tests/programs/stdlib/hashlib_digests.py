"""hashlib digests and random seeded with str/bytes (which hashes with sha512, as CPython does)."""
import hashlib, random
h = hashlib.sha256(b"hello"); print(h.hexdigest(), h.name, h.digest_size, h.block_size)
h.update(b" world"); c = h.copy(); c.update(b"!"); print(h.hexdigest(), c.hexdigest())
for name in ["md5", "sha1", "sha224", "sha384", "sha512", "sha3_256", "sha3_512"]:
    x = hashlib.new(name, b"abc"); print(name, x.hexdigest()[:32], x.digest_size, x.block_size)
print(hashlib.md5(b"x" * 100000).hexdigest(), len(hashlib.sha512().digest()), "sha256" in hashlib.algorithms_guaranteed)
random.seed("hello"); print(random.random()); random.seed(b"bytes"); print(random.randint(1, 1000)); random.seed(bytearray(b"ba")); print(random.random())
try: hashlib.sha256("str")
except TypeError as e: print(e)
try: hashlib.new("nope")
except ValueError as e: print(e)

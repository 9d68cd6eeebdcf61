"""Counts primes with a sieve and by trial division, and reports both timings.

Run:  ./gilpy samples/basics/primes.py [limit]
"""
import sys
import time


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            for multiple in range(n * n, limit + 1, n):
                is_prime[multiple] = False
    return [n for n, prime in enumerate(is_prime) if prime]


def trial_division(limit):
    primes = []
    for n in range(2, limit + 1):
        if all(n % p for p in primes if p * p <= n):
            primes.append(n)
    return primes


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    start = time.perf_counter()
    by_sieve = sieve(limit)
    sieve_time = time.perf_counter() - start
    start = time.perf_counter()
    by_division = trial_division(limit)
    division_time = time.perf_counter() - start
    print(f"primes below {limit}: {len(by_sieve)}, largest {by_sieve[-1]}")
    print(f"both methods agree: {by_sieve == by_division}")
    print(f"first ten: {by_sieve[:10]}")
    print(f"sieve {sieve_time * 1000:.1f} ms, trial division {division_time * 1000:.1f} ms", file=sys.stderr)


if __name__ == "__main__":
    main()

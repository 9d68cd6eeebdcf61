"""Basic statistics (written for gilpy): mean, fmean, geometric_mean, harmonic_mean, median
(low, high), mode, multimode, quantiles, variance, stdev, pvariance, pstdev.

Means and variances are computed exactly on integers (floats as integer ratios) and rounded
once, as CPython's are, so results print the same for int and float data; Fraction and
Decimal data are not supported.
"""
import math
from collections import Counter

__all__ = ["StatisticsError", "mean", "fmean", "geometric_mean", "harmonic_mean", "median",
           "median_low", "median_high", "mode", "multimode", "quantiles", "variance", "stdev",
           "pvariance", "pstdev"]


class StatisticsError(ValueError):
    pass


def _ratios(data):
    """The data as integers over one common denominator: (numerators, denominator, all ints?)."""
    pairs = []
    all_ints = True
    for x in data:
        if isinstance(x, bool) or isinstance(x, int):
            pairs.append((int(x), 1))
        elif isinstance(x, float):
            all_ints = False
            pairs.append(x.as_integer_ratio())
        else:
            raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")
    denominator = max((d for _, d in pairs), default=1)  # powers of two: the largest is a multiple of all
    return [n * (denominator // d) for n, d in pairs], denominator, all_ints


def _convert(numerator, denominator, all_ints):
    """numerator/denominator as CPython returns it: an int when the data were ints and the
    result is whole, else the correctly rounded float."""
    if all_ints and numerator % denominator == 0:
        return numerator // denominator
    return numerator / denominator


def mean(data):
    data = list(data)
    if not data:
        raise StatisticsError("mean requires at least one data point")
    numerators, denominator, all_ints = _ratios(data)
    return _convert(sum(numerators), denominator * len(data), all_ints)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        if not data:
            raise StatisticsError("fmean requires at least one data point")
        return math.fsum(data) / len(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    total = math.fsum(weights)
    if not total:
        raise StatisticsError("sum of weights must be non-zero")
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    data = list(data)
    if not data:
        raise StatisticsError("geometric_mean requires a non-empty dataset")
    try:
        return math.exp(fmean(math.log(x) for x in data))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if weights is None:
        weights = [1] * len(data)
    else:
        weights = list(weights)
        if len(weights) != len(data):
            raise StatisticsError("Number of weights does not match data size")
    if any(x < 0 for x in data) or any(w < 0 for w in weights):
        raise StatisticsError("harmonic mean does not support negative values")
    if any(x == 0 for x in data):
        return 0
    # the reciprocals are floats; their sum is exact and the final division rounds once
    reciprocal_numerators, denominator, _ = _ratios([w / x if w else 0 for x, w in zip(data, weights)])
    (weight_numerator,), weight_denominator, _ = _ratios([sum(weights)])
    return (weight_numerator * denominator) / (weight_denominator * sum(reciprocal_numerators))


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data[len(data) // 2]


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError("no mode for empty data")
    return pairs[0][0]


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    highest = max(counts.values())
    return [value for value, count in counts.items() if count == highest]


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        if ld == 1:
            return data * (n - 1)
        raise StatisticsError("must have at least one data point")
    if method == "inclusive":
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == "exclusive":
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f"Unknown method: {method!r}")


def _sum_of_squares(data, dof, center, name):
    """(numerator, denominator, all ints?) of the sum of squared deviations over n - dof."""
    n = len(data)
    if n < 1 + dof:
        if dof:
            raise StatisticsError(f"{name} requires at least two data points")
        raise StatisticsError(f"{name} requires at least one data point")
    numerators, denominator, all_ints = _ratios(data)
    if center is None:
        total = sum(numerators)
        # sum((a/D - T/(D n))^2) = sum((a n - T)^2) / (D n)^2
        squares = sum((a * n - total) ** 2 for a in numerators)
        return squares, (denominator * n) ** 2 * (n - dof), all_ints
    (cn,), cd, center_int = _ratios([center])
    squares = sum((a * cd - cn * denominator) ** 2 for a in numerators)
    return squares, (denominator * cd) ** 2 * (n - dof), all_ints and center_int


def _sqrt_of_fraction(n, m):
    """The correctly rounded float square root of n/m (n, m positive ints): an integer square
    root with 55+ spare bits, rounded to odd, then one correctly rounded division."""
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        numerator, denominator = n, m << (2 * shift)
    else:
        numerator, denominator = n << (-2 * shift), m
    root = math.isqrt(numerator // denominator)
    root |= root * root * denominator != numerator  # round to odd keeps the final rounding right
    return float(root << shift) if shift >= 0 else root / (1 << -shift)


def variance(data, xbar=None):
    return _convert(*_sum_of_squares(list(data), 1, xbar, "variance"))


def pvariance(data, mu=None):
    return _convert(*_sum_of_squares(list(data), 0, mu, "pvariance"))


def stdev(data, xbar=None):
    numerator, denominator, _ = _sum_of_squares(list(data), 1, xbar, "variance")
    return _sqrt_of_fraction(numerator, denominator) if numerator else 0.0


def pstdev(data, mu=None):
    numerator, denominator, _ = _sum_of_squares(list(data), 0, mu, "pvariance")
    return _sqrt_of_fraction(numerator, denominator) if numerator else 0.0

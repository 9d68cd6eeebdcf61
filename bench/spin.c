/* The parallel baseline for bench/gil.sh: the same loop as gil_workloads.py, on 1 and 2
   POSIX threads, reporting iterations per second. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static double deadline;
static volatile long sink; /* keeps the compiler from dropping the loop */

static void *spin(void *out) {
    long n = 0;
    long acc = 0;
    for (;;) {
        for (int i = 0; i < 1000; i++) {
            acc = (acc * 31 + n) % 1000003;
            n++;
        }
        if (now() >= deadline) break;
    }
    sink = acc;
    ((long *) out)[0] = n;
    return NULL;
}

static double rate(int threads, double seconds) {
    pthread_t ids[8];
    long counts[8][8];
    double start = now();
    deadline = start + seconds;
    for (int i = 0; i < threads; i++) pthread_create(&ids[i], NULL, spin, counts[i]);
    long total = 0;
    for (int i = 0; i < threads; i++) {
        pthread_join(ids[i], NULL);
        total += counts[i][0];
    }
    return total / (now() - start);
}

static int compare(const void *a, const void *b) {
    double x = *(const double *) a, y = *(const double *) b;
    return (x > y) - (x < y);
}

static double median(double *values, int n) {
    qsort(values, n, sizeof(double), compare);
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* Seven adjacent 1-thread/2-thread pairs, as gil_workloads.py measures them. */
int main(int argc, char **argv) {
    double seconds = argc > 1 ? atof(argv[1]) : 3.0;
    enum { PAIRS = 7 };
    double ones[PAIRS], twos[PAIRS], ratios[PAIRS];
    for (int i = 0; i < PAIRS; i++) {
        ones[i] = rate(1, seconds);
        twos[i] = rate(2, seconds);
        ratios[i] = twos[i] / ones[i];
    }
    double low = ratios[0], high = ratios[0];
    for (int i = 1; i < PAIRS; i++) {
        low = ratios[i] < low ? ratios[i] : low;
        high = ratios[i] > high ? ratios[i] : high;
    }
    printf("one_thread_rate %.0f\ntwo_thread_rate %.0f\n", median(ones, PAIRS), median(twos, PAIRS));
    printf("two_over_one %.3f\ntwo_over_one_range %.3f..%.3f\n", median(ratios, PAIRS), low, high);
    return 0;
}

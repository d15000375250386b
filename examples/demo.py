# weft demo: a small data job. Generates a deterministic dataset, then
# computes word statistics and a prime sieve, and prints the results.
import time


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed


def make_text(n_words):
    syllables = ["ka", "lo", "mi", "ren", "to", "sha", "vi", "qu", "el", "do"]
    rng = lcg(2024)
    words = []
    for _ in range(n_words):
        r = next(rng)
        words.append(syllables[r % 10] + syllables[(r >> 8) % 10] + syllables[(r >> 16) % 3])
    return " ".join(words)


def word_stats(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return len(counts), top


def primes_below(n):
    sieve = bytearray([1]) * n
    sieve[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(range(i * i, n, i)))
    return [i for i, v in enumerate(sieve) if v]


start = time.perf_counter()
distinct, top = word_stats(make_text(200_000))
primes = primes_below(1_000_000)
elapsed = time.perf_counter() - start
print(f"distinct words: {distinct}")
for word, count in top:
    print(f"  {word:>10} {count:6d}")
print(f"primes below 1e6: {len(primes)}, largest {primes[-1]}, sum {sum(primes)}")
print(f"took {elapsed:.2f}s")

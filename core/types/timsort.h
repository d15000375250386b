// Timsort as CPython 3.11 runs it (natural runs, binary insertion to minrun,
// powersort merge policy, galloping merges), over a keys array with an
// optional parallel values array. Following the same comparison sequence
// matters: user __lt__ methods can observe it, and inconsistent orders (NaN)
// then give CPython's exact result. On a failed comparison the arrays always
// still hold a permutation of the input.
#pragma once

#include <cstdint>
#include <cstring>
#include <new>
#include <vector>

namespace weft {

// Lt(a, b) returns 1 if a < b, 0 if not, -1 on error.
template <class T, class Lt>
class TimSort {
 public:
  TimSort(T* keys, T* values, int64_t n, Lt lt) : base_keys_(keys), base_values_(values), n_(n), lt_(lt) {}

  // 0 on success, -1 when a comparison failed (or memory ran out: *oom set).
  int sort(bool* oom) {
    *oom = false;
    if (n_ < 2) return 0;
    try {
      return run();
    } catch (const std::bad_alloc&) {
      *oom = true;
      return -1;
    }
  }

 private:
  struct Slice {
    T* keys;
    T* values;  // null when sorting keys only
    void advance(int64_t n) {
      keys += n;
      if (values) values += n;
    }
  };
  struct Run {
    Slice base;
    int64_t len;
    int power;
  };
  static constexpr int kMinGallop = 7;

  static void copy(Slice& dst, int64_t di, const Slice& src, int64_t si) {
    dst.keys[di] = src.keys[si];
    if (dst.values) dst.values[di] = src.values[si];
  }
  static void copy_incr(Slice& dst, Slice& src) {
    *dst.keys++ = *src.keys++;
    if (dst.values) *dst.values++ = *src.values++;
  }
  static void copy_decr(Slice& dst, Slice& src) {
    *dst.keys-- = *src.keys--;
    if (dst.values) *dst.values-- = *src.values--;
  }
  static void move(Slice& dst, int64_t di, const Slice& src, int64_t si, int64_t n) {
    std::memmove(dst.keys + di, src.keys + si, n * sizeof(T));
    if (dst.values) std::memmove(dst.values + di, src.values + si, n * sizeof(T));
  }
  static void reverse(T* lo, T* hi) {
    for (--hi; lo < hi; ++lo, --hi) {
      T t = *lo;
      *lo = *hi;
      *hi = t;
    }
  }
  static void reverse_slice(Slice& s, int64_t n) {
    reverse(s.keys, s.keys + n);
    if (s.values) reverse(s.values, s.values + n);
  }

  // Sorts [lo, lo+hi) given that [lo, lo+start) is already sorted.
  int binary_insertion(Slice lo, int64_t hi, int64_t start) {
    if (start == 0) ++start;
    for (; start < hi; ++start) {
      int64_t l = 0, r = start;
      T pivot = lo.keys[r];
      do {
        int64_t p = l + ((r - l) >> 1);
        int k = lt_(pivot, lo.keys[p]);
        if (k < 0) return -1;
        if (k) r = p;
        else l = p + 1;
      } while (l < r);
      for (int64_t p = start; p > l; --p) lo.keys[p] = lo.keys[p - 1];
      lo.keys[l] = pivot;
      if (lo.values) {
        T pv = lo.values[start];
        for (int64_t p = start; p > l; --p) lo.values[p] = lo.values[p - 1];
        lo.values[l] = pv;
      }
    }
    return 0;
  }

  // Length of the run starting at lo (strictly descending runs are reported
  // so the caller can reverse them). -1 on error.
  int64_t count_run(T* lo, T* hi, bool* descending) {
    *descending = false;
    ++lo;
    if (lo == hi) return 1;
    int64_t n = 2;
    int k = lt_(*lo, *(lo - 1));
    if (k < 0) return -1;
    if (k) {
      *descending = true;
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        k = lt_(*lo, *(lo - 1));
        if (k < 0) return -1;
        if (!k) break;
      }
    } else {
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        k = lt_(*lo, *(lo - 1));
        if (k < 0) return -1;
        if (k) break;
      }
    }
    return n;
  }

  // Leftmost position in sorted a[0:n] where key belongs, searching from hint.
  int64_t gallop_left(T key, T* a, int64_t n, int64_t hint) {
    int64_t ofs = 1, lastofs = 0;
    a += hint;
    int k = lt_(*a, key);
    if (k < 0) return -1;
    if (k) {
      const int64_t maxofs = n - hint;
      while (ofs < maxofs) {
        k = lt_(a[ofs], key);
        if (k < 0) return -1;
        if (!k) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const int64_t maxofs = hint + 1;
      while (ofs < maxofs) {
        k = lt_(*(a - ofs), key);
        if (k < 0) return -1;
        if (k) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      int64_t t = lastofs;
      lastofs = hint - ofs;
      ofs = hint - t;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
      int64_t m = lastofs + ((ofs - lastofs) >> 1);
      k = lt_(a[m], key);
      if (k < 0) return -1;
      if (k) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  // Rightmost position in sorted a[0:n] where key belongs, searching from hint.
  int64_t gallop_right(T key, T* a, int64_t n, int64_t hint) {
    int64_t ofs = 1, lastofs = 0;
    a += hint;
    int k = lt_(key, *a);
    if (k < 0) return -1;
    if (k) {
      const int64_t maxofs = hint + 1;
      while (ofs < maxofs) {
        k = lt_(key, *(a - ofs));
        if (k < 0) return -1;
        if (!k) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      int64_t t = lastofs;
      lastofs = hint - ofs;
      ofs = hint - t;
    } else {
      const int64_t maxofs = n - hint;
      while (ofs < maxofs) {
        k = lt_(key, a[ofs]);
        if (k < 0) return -1;
        if (k) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
      int64_t m = lastofs + ((ofs - lastofs) >> 1);
      k = lt_(key, a[m]);
      if (k < 0) return -1;
      if (k) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  void ensure_temp(int64_t need) {
    if (static_cast<int64_t>(tmp_keys_.size()) < need) {
      tmp_keys_.resize(need);
      if (base_values_) tmp_values_.resize(need);
    }
  }
  Slice temp() { return Slice{tmp_keys_.data(), base_values_ ? tmp_values_.data() : nullptr}; }

  // Merges the na elements at ssa with the nb at ssb (ssa + na == ssb), na <= nb.
  int merge_lo(Slice ssa, int64_t na, Slice ssb, int64_t nb) {
    ensure_temp(na);
    Slice dest = ssa;
    Slice tmp = temp();
    move(tmp, 0, ssa, 0, na);
    ssa = tmp;
    int result = -1;
    copy_incr(dest, ssb);
    --nb;
    if (nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    for (int min_gallop = min_gallop_;;) {
      int64_t acount = 0, bcount = 0;
      for (;;) {
        int k = lt_(ssb.keys[0], ssa.keys[0]);
        if (k < 0) goto fail;
        if (k) {
          copy_incr(dest, ssb);
          ++bcount;
          acount = 0;
          if (--nb == 0) goto succeed;
          if (bcount >= min_gallop) break;
        } else {
          copy_incr(dest, ssa);
          ++acount;
          bcount = 0;
          if (--na == 1) goto copy_b;
          if (acount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        int64_t k = gallop_right(ssb.keys[0], ssa.keys, na, 0);
        acount = k;
        if (k) {
          if (k < 0) goto fail;
          move(dest, 0, ssa, 0, k);
          dest.advance(k);
          ssa.advance(k);
          na -= k;
          if (na == 1) goto copy_b;
          if (na == 0) goto succeed;  // only with an inconsistent order
        }
        copy_incr(dest, ssb);
        if (--nb == 0) goto succeed;
        k = gallop_left(ssa.keys[0], ssb.keys, nb, 0);
        bcount = k;
        if (k) {
          if (k < 0) goto fail;
          move(dest, 0, ssb, 0, k);
          dest.advance(k);
          ssb.advance(k);
          nb -= k;
          if (nb == 0) goto succeed;
        }
        copy_incr(dest, ssa);
        if (--na == 1) goto copy_b;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;
      min_gallop_ = min_gallop;
    }
  succeed:
    result = 0;
  fail:
    if (na) move(dest, 0, ssa, 0, na);
    return result;
  copy_b:
    // The last element of a belongs at the end of the merge.
    move(dest, 0, ssb, 0, nb);
    copy(dest, nb, ssa, 0);
    return 0;
  }

  // Merges the na elements at ssa with the nb at ssb (ssa + na == ssb), na > nb.
  int merge_hi(Slice ssa, int64_t na, Slice ssb, int64_t nb) {
    ensure_temp(nb);
    Slice dest = ssb;
    dest.advance(nb - 1);
    Slice tmp = temp();
    move(tmp, 0, ssb, 0, nb);
    Slice basea = ssa;
    Slice baseb = tmp;
    ssb = tmp;
    ssb.advance(nb - 1);
    ssa.advance(na - 1);
    int result = -1;
    copy_decr(dest, ssa);
    --na;
    if (na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    for (int min_gallop = min_gallop_;;) {
      int64_t acount = 0, bcount = 0;
      for (;;) {
        int k = lt_(ssb.keys[0], ssa.keys[0]);
        if (k < 0) goto fail;
        if (k) {
          copy_decr(dest, ssa);
          ++acount;
          bcount = 0;
          if (--na == 0) goto succeed;
          if (acount >= min_gallop) break;
        } else {
          copy_decr(dest, ssb);
          ++bcount;
          acount = 0;
          if (--nb == 1) goto copy_a;
          if (bcount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        int64_t k = gallop_right(ssb.keys[0], basea.keys, na, na - 1);
        if (k < 0) goto fail;
        k = na - k;
        acount = k;
        if (k) {
          dest.advance(-k);
          ssa.advance(-k);
          move(dest, 1, ssa, 1, k);
          na -= k;
          if (na == 0) goto succeed;
        }
        copy_decr(dest, ssb);
        if (--nb == 1) goto copy_a;
        k = gallop_left(ssa.keys[0], baseb.keys, nb, nb - 1);
        if (k < 0) goto fail;
        k = nb - k;
        bcount = k;
        if (k) {
          dest.advance(-k);
          ssb.advance(-k);
          move(dest, 1, ssb, 1, k);
          nb -= k;
          if (nb == 1) goto copy_a;
          if (nb == 0) goto succeed;  // only with an inconsistent order
        }
        copy_decr(dest, ssa);
        if (--na == 0) goto succeed;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;
      min_gallop_ = min_gallop;
    }
  succeed:
    result = 0;
  fail:
    if (nb) move(dest, -(nb - 1), baseb, 0, nb);
    return result;
  copy_a:
    // The first element of b belongs at the front of the merge.
    move(dest, 1 - na, ssa, 1 - na, na);
    dest.advance(-na);
    ssa.advance(-na);
    copy(dest, 0, ssb, 0);
    return 0;
  }

  int merge_at(size_t i) {
    Slice ssa = pending_[i].base;
    int64_t na = pending_[i].len;
    Slice ssb = pending_[i + 1].base;
    int64_t nb = pending_[i + 1].len;
    pending_[i].len = na + nb;
    if (i + 3 == pending_.size()) pending_[i + 1] = pending_[i + 2];
    pending_.pop_back();
    int64_t k = gallop_right(*ssb.keys, ssa.keys, na, 0);
    if (k < 0) return -1;
    ssa.advance(k);
    na -= k;
    if (na == 0) return 0;
    nb = gallop_left(ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return static_cast<int>(nb);
    return na <= nb ? merge_lo(ssa, na, ssb, nb) : merge_hi(ssa, na, ssb, nb);
  }

  // Depth of the boundary between two adjacent runs in the powersort tree.
  int power_of(int64_t s1, int64_t n1, int64_t n2) const {
    int result = 0;
    int64_t a = 2 * s1 + n1;
    int64_t b = a + n1 + n2;
    for (;;) {
      ++result;
      if (a >= n_) {
        a -= n_;
        b -= n_;
      } else if (b >= n_) {
        break;
      }
      a <<= 1;
      b <<= 1;
    }
    return result;
  }

  int found_new_run(int64_t n2) {
    if (pending_.empty()) return 0;
    Run& top = pending_.back();
    int64_t s1 = top.base.keys - base_keys_;
    int power = power_of(s1, top.len, n2);
    while (pending_.size() > 1 && pending_[pending_.size() - 2].power > power) {
      if (merge_at(pending_.size() - 2) < 0) return -1;
    }
    pending_.back().power = power;
    return 0;
  }

  int force_collapse() {
    while (pending_.size() > 1) {
      size_t n = pending_.size() - 2;
      if (n > 0 && pending_[n - 1].len < pending_[n + 1].len) --n;
      if (merge_at(n) < 0) return -1;
    }
    return 0;
  }

  static int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  int run() {
    Slice lo{base_keys_, base_values_};
    int64_t remaining = n_;
    int64_t minrun = compute_minrun(remaining);
    pending_.reserve(85);
    do {
      bool descending;
      int64_t n = count_run(lo.keys, lo.keys + remaining, &descending);
      if (n < 0) return -1;
      if (descending) reverse_slice(lo, n);
      if (n < minrun) {
        int64_t force = remaining <= minrun ? remaining : minrun;
        if (binary_insertion(lo, force, n) < 0) return -1;
        n = force;
      }
      if (found_new_run(n) < 0) return -1;
      pending_.push_back(Run{lo, n, 0});
      lo.advance(n);
      remaining -= n;
    } while (remaining);
    return force_collapse();
  }

  T* base_keys_;
  T* base_values_;
  int64_t n_;
  Lt lt_;
  int min_gallop_ = kMinGallop;
  std::vector<T> tmp_keys_, tmp_values_;
  std::vector<Run> pending_;
};

}  // namespace weft

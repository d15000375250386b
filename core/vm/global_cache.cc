// The LOAD_GLOBAL cache: per-function entries validated by the globals' and
// builtins' Dict::version (see frame.h for the safety argument). Saves the
// locked dict probes of a global lookup on every call of a hot function.
#include <cstdlib>
#include <new>

#include "core/vm/frame.h"

namespace weft {

namespace {

// Numbers the LOAD_GLOBAL instructions of `co` (Code::caches[i].tag = slot + 1;
// the extra last element holds the count). Racing threads compute the same
// table; one wins the publication.
InlineCache* code_global_slots(Code* co) {
  InlineCache* c = __atomic_load_n(&co->caches, __ATOMIC_ACQUIRE);
  if (c) return c;
  size_t n = co->code.size();
  auto* mine = new (std::nothrow) InlineCache[n + 1];
  if (!mine) return nullptr;
  uint64_t count = 0;
  for (size_t i = 0; i < n; ++i)
    if (co->code[i].op() == vmop::LOAD_GLOBAL) mine[i].tag.store(++count, std::memory_order_relaxed);
  mine[n].tag.store(count, std::memory_order_relaxed);
  InlineCache* expected = nullptr;
  if (__atomic_compare_exchange_n(&co->caches, &expected, mine, false, __ATOMIC_ACQ_REL,
                                  __ATOMIC_ACQUIRE))
    return mine;
  delete[] mine;
  return expected;
}

constexpr uintptr_t kNestedMissesBeforeCache = 16;

FunctionGlobalCache* function_cache(Function* fn, Code* co) {
  void* p = fn->vm_globals_cache.load(std::memory_order_acquire);
  uintptr_t u = reinterpret_cast<uintptr_t>(p);
  if (p && !(u & 1)) return static_cast<FunctionGlobalCache*>(p);
  if ((co->flags & kCoNested) && (u >> 1) < kNestedMissesBeforeCache) {
    void* next = reinterpret_cast<void*>((((u >> 1) + 1) << 1) | 1);
    fn->vm_globals_cache.compare_exchange_strong(p, next, std::memory_order_relaxed);
    return nullptr;
  }
  InlineCache* caches = code_global_slots(co);
  if (!caches) return nullptr;
  uint64_t nslots = caches[co->code.size()].tag.load(std::memory_order_relaxed);
  if (!nslots) return nullptr;
  auto* fc = static_cast<FunctionGlobalCache*>(
      std::calloc(1, sizeof(FunctionGlobalCache) + nslots * sizeof(GlobalCacheEntry)));
  if (!fc) return nullptr;
  fc->code.store(co, std::memory_order_relaxed);
  fc->nslots = int32_t(nslots);
  void* expected = p;
  if (fn->vm_globals_cache.compare_exchange_strong(expected, fc, std::memory_order_acq_rel))
    return fc;
  std::free(fc);
  if (reinterpret_cast<uintptr_t>(expected) & 1) return nullptr;  // raced with a counter bump
  return static_cast<FunctionGlobalCache*>(expected);
}

}  // namespace

void global_cache_fill(Function* fn, Code* co, const Instr* ip, uint64_t gv, uint64_t bv,
                       Value v) {
  FunctionGlobalCache* fc = function_cache(fn, co);
  if (!fc || fc->code.load(std::memory_order_acquire) != co) return;  // __code__ was replaced
  InlineCache* caches = __atomic_load_n(&co->caches, __ATOMIC_ACQUIRE);
  uint64_t slot = caches[ip - co->code.data()].tag.load(std::memory_order_relaxed);
  if (!slot || slot > uint64_t(fc->nslots)) return;
  GlobalCacheEntry* e = &fc->slots()[slot - 1];
  uint32_t s = e->seq.load(std::memory_order_relaxed);
  if ((s & 1) || !e->seq.compare_exchange_strong(s, s + 1, std::memory_order_acq_rel))
    return;  // another thread is filling it
  uintptr_t old = e->value.load(std::memory_order_relaxed);
  uintptr_t nv = v.without_tag().bits();
  if (old != nv) {
    if (old && e->nreplaced == kGlobalCacheKeep) {  // a global rebound over and over: stop
      e->seq.store(s + 2, std::memory_order_release);
      return;
    }
    incref(v);
    if (old) e->replaced[e->nreplaced++] = old;  // readers may still hold it: keep it alive
    e->value.store(nv, std::memory_order_relaxed);
  }
  e->gver.store(gv, std::memory_order_relaxed);
  e->bver.store(bv, std::memory_order_relaxed);
  e->seq.store(s + 2, std::memory_order_release);
}

void global_cache_disable(Function* fn) {
  // Other threads may be reading the entries: retire the cache (it never
  // matches a code again) instead of freeing it; the function's dealloc frees it.
  void* p = fn->vm_globals_cache.load(std::memory_order_acquire);
  if (!p || (reinterpret_cast<uintptr_t>(p) & 1)) {
    return;  // no cache yet: one made later records the code it was made for
  }
  static_cast<FunctionGlobalCache*>(p)->code.store(nullptr, std::memory_order_release);
}

void global_cache_free(Function* fn) {
  void* p = fn->vm_globals_cache.load(std::memory_order_acquire);
  if (!p || (reinterpret_cast<uintptr_t>(p) & 1)) return;
  auto* fc = static_cast<FunctionGlobalCache*>(p);
  fn->vm_globals_cache.store(nullptr, std::memory_order_relaxed);
  for (int32_t i = 0; i < fc->nslots; ++i) {
    GlobalCacheEntry* e = &fc->slots()[i];
    decref(Value::from_bits(e->value.load(std::memory_order_relaxed)));
    for (uint32_t k = 0; k < e->nreplaced; ++k) decref(Value::from_bits(e->replaced[k]));
  }
  std::free(fc);
}

void code_caches_free(Code* co) {
  delete[] co->caches;
  co->caches = nullptr;
}

}  // namespace weft

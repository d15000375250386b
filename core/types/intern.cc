// The per-interpreter intern table (Interpreter::intern_table): interned
// strings are immortal and unique per value. The table is sharded by hash, each
// shard an absl::flat_hash_map under its own std::mutex, so threads interning
// different names rarely contend. ident() adds a lock-free cache keyed by the
// C string's address so the runtime's constant names cost one probe.
#include <absl/container/flat_hash_map.h>

#include <memory>
#include <mutex>
#include <string>

#include "core/runtime/errors.h"
#include "core/types/unicode.h"

namespace weft {

uint64_t weft_hash_bytes(const void* data, size_t n);

namespace {

constexpr int kShards = 16;
constexpr size_t kIdentSlots = 2048;  // power of two
constexpr int kIdentProbes = 8;

struct IdentSlot {
  std::atomic<const char*> key{nullptr};
  std::atomic<Str*> value{nullptr};
};

struct InternTable {
  struct Shard {
    std::mutex mu;
    absl::flat_hash_map<std::string, Str*> map;
  };
  Shard shards[kShards];
  IdentSlot ident[kIdentSlots];
};

InternTable* table_of(ThreadState* ts) {
  Interpreter* interp = ts->interp;
  std::atomic_ref<void*> slot(interp->intern_table);
  void* t = slot.load(std::memory_order_acquire);
  if (t) return static_cast<InternTable*>(t);
  auto* fresh = new InternTable();
  void* expected = nullptr;
  if (slot.compare_exchange_strong(expected, fresh, std::memory_order_acq_rel)) return fresh;
  delete fresh;  // another thread won the race
  return static_cast<InternTable*>(expected);
}

InternTable::Shard& shard_for(InternTable* t, std::string_view key) {
  return t->shards[weft_hash_bytes(key.data(), key.size()) % kShards];
}

void make_interned(Str* s) {
  str_hash(s);  // compute before publishing; readers then never write it
  s->interned = true;
  s->make_immortal();
}

// Finds or inserts `key`; `candidate` (owned by the caller, exact str, owned
// by this thread) is used as the table's entry if the key is new. Returns the
// table's string (borrowed, immortal).
Str* lookup_or_insert(ThreadState* ts, std::string_view key, Ref candidate) {
  InternTable* t = table_of(ts);
  InternTable::Shard& sh = shard_for(t, key);
  {
    std::lock_guard<std::mutex> lock(sh.mu);
    auto it = sh.map.find(absl::string_view(key.data(), key.size()));
    if (it != sh.map.end()) return it->second;
  }
  if (!candidate) {
    candidate = new_str(key);
    if (!candidate) return nullptr;
  }
  Str* s = candidate.as<Str>();
  {
    std::lock_guard<std::mutex> lock(sh.mu);
    try {
      auto [it, inserted] = sh.map.try_emplace(std::string(key), s);
      if (!inserted) return it->second;  // lost a race; candidate is dropped below
      make_interned(s);
    } catch (const std::bad_alloc&) {
      set_no_memory(ts);
      return nullptr;
    }
  }
  candidate.release();  // the table holds it now (immortal)
  return s;
}

}  // namespace

Str* intern_str(ThreadState* ts, std::string_view utf8) {
  return lookup_or_insert(ts, utf8, Ref());
}

Ref intern_str_ref(ThreadState* ts, Ref s) {
  if (!s) return s;
  Str* str = s.as<Str>();
  if (str->interned) return s;
  // The UTF-8 view lives in str's allocation or cache; copy the key first
  // because `s` may be released by lookup_or_insert.
  std::string key(str_utf8(str));
  // Only an exact str that this thread owns can become the table's entry in
  // place: another owner thread may be writing its local count.
  // It must also hold no reference counted by another thread.
  bool adoptable = str->type == &str_type &&
                   str->owner.load(std::memory_order_relaxed) == current_thread_id() &&
                   str->ref_shared.load(std::memory_order_acquire) == 0;
  Str* r = lookup_or_insert(ts, key, adoptable ? std::move(s) : Ref());
  if (!r) return nullptr;
  return Ref::steal(Value(r));  // immortal
}

Str* ident(ThreadState* ts, const char* name) {
  InternTable* t = table_of(ts);
  size_t h = (reinterpret_cast<uintptr_t>(name) >> 3) * 0x9E3779B97F4A7C15ull >> 40;
  for (int probe = 0; probe < kIdentProbes; ++probe) {
    IdentSlot& slot = t->ident[(h + probe) & (kIdentSlots - 1)];
    const char* key = slot.key.load(std::memory_order_acquire);
    if (key == name) {
      Str* v = slot.value.load(std::memory_order_acquire);
      if (v) return v;
      break;  // being filled by another thread: take the slow path
    }
    if (key == nullptr) break;
  }
  Str* s = intern_str(ts, name);
  if (!s) return nullptr;
  for (int probe = 0; probe < kIdentProbes; ++probe) {
    IdentSlot& slot = t->ident[(h + probe) & (kIdentSlots - 1)];
    const char* expected = nullptr;
    if (slot.key.compare_exchange_strong(expected, name, std::memory_order_acq_rel)) {
      slot.value.store(s, std::memory_order_release);
      break;
    }
    if (expected == name) break;  // someone else is caching the same name
  }
  return s;
}

// Frees the table at interpreter shutdown (interned strings stay immortal).
void intern_table_free(Interpreter* interp) {
  delete static_cast<InternTable*>(interp->intern_table);
  interp->intern_table = nullptr;
}

}  // namespace weft

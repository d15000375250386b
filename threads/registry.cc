// Thread registry: owner id -> merge queue. See threads/brc.cc for the
// protocol. One mutex guards the map; it is taken on thread start/exit and
// when a cross-thread decref queues an object, never on the fast paths.
#include "threads/registry.h"

#include <memory>
#include <mutex>
#include <unordered_map>

namespace weft {
namespace {

struct OwnerEntry {
  std::atomic<uint32_t>* breaker;
  uint32_t merge_bit;
  std::vector<Object*> queue;
};

// Part of the runtime's thread table (process-wide by nature: OS thread ids
// are process-wide). Guarded by `mu`.
struct Registry {
  std::mutex mu;
  std::unordered_map<uintptr_t, OwnerEntry> owners;
};

Registry& registry() {
  static Registry* r = new Registry();  // never destroyed: daemon threads may outlive exit
  return *r;
}

}  // namespace

void registry_register(uintptr_t owner_id, std::atomic<uint32_t>* breaker, uint32_t merge_bit) {
  Registry& r = registry();
  std::lock_guard<std::mutex> g(r.mu);
  r.owners[owner_id] = OwnerEntry{breaker, merge_bit, {}};
}

std::vector<Object*> registry_unregister(uintptr_t owner_id) {
  Registry& r = registry();
  std::lock_guard<std::mutex> g(r.mu);
  std::vector<Object*> pending;
  auto it = r.owners.find(owner_id);
  if (it != r.owners.end()) {
    pending.swap(it->second.queue);
    r.owners.erase(it);
  }
  return pending;
}

bool registry_enqueue(uintptr_t owner_id, Object* o) {
  Registry& r = registry();
  std::lock_guard<std::mutex> g(r.mu);
  auto it = r.owners.find(owner_id);
  if (it == r.owners.end()) return false;
  it->second.queue.push_back(o);
  it->second.breaker->fetch_or(it->second.merge_bit, std::memory_order_release);
  return true;
}

std::vector<Object*> registry_take_queue(uintptr_t owner_id) {
  Registry& r = registry();
  std::lock_guard<std::mutex> g(r.mu);
  std::vector<Object*> work;
  auto it = r.owners.find(owner_id);
  if (it != r.owners.end()) work.swap(it->second.queue);
  return work;
}

}  // namespace weft

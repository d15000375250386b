// The gc module: weft frees memory by reference counting, so collect() finds
// nothing; the module keeps CPython's interface (enable/disable, thresholds,
// counts, freeze) and answers get_referents() through each type's traverse.
#include <atomic>
#include <new>
#include <vector>

#include "core/runtime/abstract.h"
#include "core/types/func.h"
#include "stdlib/stdlib.h"

namespace weft {
namespace {

std::atomic<bool> gc_enabled{true};
std::atomic<int64_t> thresholds[3] = {700, 10, 10};
std::atomic<int64_t> frozen_count{0};

Ref gc_collect(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value gen;
  if (!parse_args(ts, "collect", args, nargs, kw, {"generation"}, 0, &gen)) return nullptr;
  if (gen) {
    int64_t g;
    if (!int_to_i64(ts, gen, &g)) return nullptr;
    if (g < 0 || g > 2) {
      set_error(ts, &ValueError_type, "invalid generation");
      return nullptr;
    }
  }
  return new_int(0);
}

Ref gc_enable(ThreadState*, Value, const Value*, size_t, Tuple*) {
  gc_enabled = true;
  return new_none();
}
Ref gc_disable(ThreadState*, Value, const Value*, size_t, Tuple*) {
  gc_enabled = false;
  return new_none();
}
Ref gc_isenabled(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_bool(gc_enabled); }

Ref gc_get_count(ThreadState*, Value, const Value*, size_t, Tuple*) {
  Ref a = new_int(0);
  return new_tuple({a.get(), a.get(), a.get()});
}

Ref gc_get_threshold(ThreadState*, Value, const Value*, size_t, Tuple*) {
  Ref a = new_int(thresholds[0]), b = new_int(thresholds[1]), c = new_int(thresholds[2]);
  return new_tuple({a.get(), b.get(), c.get()});
}

Ref gc_set_threshold(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(ts, "set_threshold", kw)) return nullptr;
  if (nargs < 1 || nargs > 3) {
    if (nargs < 1) set_error(ts, &TypeError_type, "set_threshold expected at least 1 argument, got 0");
    else set_errorf(ts, &TypeError_type, "set_threshold expected at most 3 arguments, got %zu", nargs);
    return nullptr;
  }
  int64_t v[3];
  for (size_t i = 0; i < nargs; ++i)
    if (!int_to_i64(ts, args[i], &v[i])) return nullptr;
  for (size_t i = 0; i < nargs; ++i) thresholds[i] = v[i];
  return new_none();
}

Ref gc_freeze(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_none(); }
Ref gc_unfreeze(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_none(); }
Ref gc_get_freeze_count(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_int(frozen_count); }

// CPython tracks containers (objects that can hold references) but not atoms.
bool is_atomic(Value v) {
  if (!v.is_object()) return true;
  Type* t = type_of(v);
  return !t->has_flag(kTypeHasGC) && !t->traverse;
}

Ref gc_is_tracked(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "is_tracked", args, nargs, kw, {"obj"}, 1, &v, 1)) return nullptr;
  if (is_atomic(v) || isinstance_of(v, &str_type) || isinstance_of(v, &bytes_type) ||
      isinstance_of(v, &int_type) || isinstance_of(v, &float_type))
    return new_bool(false);
  return new_bool(true);
}

void collect_ref(Value ref, void* arg) {
  std::vector<Ref>* out = static_cast<std::vector<Ref>*>(arg);
  out->push_back(Ref::borrow(ref));
}

Ref gc_get_referents(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(ts, "get_referents", kw)) return nullptr;
  std::vector<Ref> found;
  try {
    for (size_t i = 0; i < nargs; ++i) {
      if (!args[i].is_object()) continue;
      Object* o = args[i].as_object();
      TraverseFn tr = o->type->traverse;
      if (!tr) continue;
      tr(o, Visitor{collect_ref, &found});
    }
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  Ref list = new_list(0);
  if (!list) return nullptr;
  for (Ref& r : found) {
    // Types are not reported by CPython's traverse for static types only;
    // instances of heap types report their type, as CPython does.
    if (list_append(ts, static_cast<List*>(list.get().as_object()), r.get()) < 0) return nullptr;
  }
  return list;
}

// weft does not keep a list of all objects, so referrers cannot be found.
Ref gc_get_referrers(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_list(0); }
Ref gc_get_objects(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_list(0); }
Ref gc_is_finalized(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_bool(false); }

Ref gc_get_stats(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  Ref list = new_list(0);
  for (int i = 0; i < 3; ++i) {
    Ref d = call(ts, Value(&dict_type), nullptr, 0, nullptr);
    if (!d) return nullptr;
    Dict* dd = static_cast<Dict*>(d.get().as_object());
    Ref z = new_int(0);
    if (dict_set_str(ts, dd, "collections", z.get()) < 0 || dict_set_str(ts, dd, "collected", z.get()) < 0 ||
        dict_set_str(ts, dd, "uncollectable", z.get()) < 0)
      return nullptr;
    if (list_append(ts, static_cast<List*>(list.get().as_object()), d.get()) < 0) return nullptr;
  }
  return list;
}

const MethodDef gc_functions[] = {
    {"collect", gc_collect, kMethStatic, nullptr},
    {"enable", gc_enable, kMethStatic, nullptr},
    {"disable", gc_disable, kMethStatic, nullptr},
    {"isenabled", gc_isenabled, kMethStatic, nullptr},
    {"get_count", gc_get_count, kMethStatic, nullptr},
    {"get_threshold", gc_get_threshold, kMethStatic, nullptr},
    {"set_threshold", gc_set_threshold, kMethStatic, nullptr},
    {"freeze", gc_freeze, kMethStatic, nullptr},
    {"unfreeze", gc_unfreeze, kMethStatic, nullptr},
    {"get_freeze_count", gc_get_freeze_count, kMethStatic, nullptr},
    {"is_tracked", gc_is_tracked, kMethStatic, nullptr},
    {"is_finalized", gc_is_finalized, kMethStatic, nullptr},
    {"get_referents", gc_get_referents, kMethStatic, nullptr},
    {"get_referrers", gc_get_referrers, kMethStatic, nullptr},
    {"get_objects", gc_get_objects, kMethStatic, nullptr},
    {"get_stats", gc_get_stats, kMethStatic, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_gc_module(ThreadState* ts) {
  Ref mod = new_module(ts, "gc");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  for (const MethodDef* m = gc_functions; m->name; ++m) {
    Ref fn = new_native_function(m, mod.get());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return nullptr;
  }
  Ref garbage = new_list(0), callbacks = new_list(0);
  if (!garbage || !callbacks || dict_set_str(ts, d, "garbage", garbage.get()) < 0 ||
      dict_set_str(ts, d, "callbacks", callbacks.get()) < 0)
    return nullptr;
  static const struct { const char* name; int value; } kFlags[] = {
      {"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4},
      {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38}};
  for (const auto& f : kFlags)
    if (dict_set_str(ts, d, f.name, Value::small_int(f.value)) < 0) return nullptr;
  return mod;
}

}  // namespace weft

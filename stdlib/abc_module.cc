// _weftabc: the native helper of abc.py. ABCMeta.register() must give the
// registered class the Sequence/Mapping flag of the ABC (CPython's _abc does
// the same) because match statements test those flags, not isinstance().
#include "core/runtime/abstract.h"
#include "core/types/func.h"
#include "core/types/type_internal.h"
#include "stdlib/stdlib.h"

namespace weft {
namespace {

// inherit_collection_flags(abc, subclass): subclass (and its subclasses) take
// abc's collection flag unless they already have one.
Ref abc_inherit_collection_flags(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  if (!parse_args(ts, "inherit_collection_flags", args, nargs, kw, {"abc", "subclass"}, 2, v, 2))
    return nullptr;
  if (!is_type(v[0]) || !is_type(v[1])) {
    set_error(ts, &TypeError_type, "inherit_collection_flags() arguments must be classes");
    return nullptr;
  }
  uint64_t flag = as_type(v[0])->flags & (kTypeSequence | kTypeMapping);
  if (flag) type_set_collection_flag(as_type(v[1]), flag);
  return new_none();
}

const MethodDef abc_functions[] = {
    {"inherit_collection_flags", abc_inherit_collection_flags, kMethStatic, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_weftabc_module(ThreadState* ts) {
  Ref mod = new_module(ts, "_weftabc");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  for (const MethodDef* m = abc_functions; m->name; ++m) {
    Ref fn = new_native_function(m, mod.get());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return nullptr;
  }
  return mod;
}

}  // namespace weft

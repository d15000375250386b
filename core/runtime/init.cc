// Start-up of the object system: runs every static type's setup function (in
// the order of type_registry.def), then readies each registered type.
#include <vector>

#include "core/runtime/abstract.h"
#include "core/runtime/init.h"

namespace weft {

#define SETUP(x) void setup_##x##_types();
#include "core/runtime/type_registry.def"
#undef SETUP

namespace {
// Filled once, single-threaded, during start-up; read-only afterwards.
std::vector<Type*>& static_types() {
  static std::vector<Type*> types;
  return types;
}
}  // namespace

void register_static_type(Type* t) { static_types().push_back(t); }

int init_types(ThreadState* ts) {
  static_types().clear();
#define SETUP(x) setup_##x##_types();
#include "core/runtime/type_registry.def"
#undef SETUP
  for (Type* t : static_types()) {
    if (type_ready(ts, t) < 0) return -1;
  }
  return 0;
}

}  // namespace weft

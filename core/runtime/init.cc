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
// Filled during single-threaded start-up; read-only afterwards.
struct StaticTypes {
  std::vector<Type*> types;
  size_t readied = 0;
};
StaticTypes& static_types() {
  static StaticTypes t;
  return t;
}
}  // namespace

void register_static_type(Type* t) { static_types().types.push_back(t); }

int ready_registered_types(ThreadState* ts) {
  StaticTypes& st = static_types();
  for (; st.readied < st.types.size(); ++st.readied) {
    if (type_ready(ts, st.types[st.readied]) < 0) return -1;
  }
  return 0;
}

int init_types(ThreadState* ts) {
#define SETUP(x) setup_##x##_types();
#include "core/runtime/type_registry.def"
#undef SETUP
  return ready_registered_types(ts);
}

}  // namespace weft

// The import system's interface to the VM (IMPORT_NAME / IMPORT_FROM /
// IMPORT_STAR). Implemented in core/runtime/import.cc.
#pragma once

#include "core/runtime/abstract.h"

namespace weft {

// __import__(name, globals, None, fromlist, level) semantics (IMPORT_NAME).
Ref import_name(ThreadState*, Value name, Value globals, Value fromlist, Value level);
// IMPORT_FROM: getattr(module, name), falling back to sys.modules[f"{module.__name__}.{name}"];
// ImportError "cannot import name 'x' from 'm' (path)" when both fail.
Ref import_from(ThreadState*, Value module, Str* name);
// `from module import *` into the locals mapping (honours __all__). -1 on error.
int import_star(ThreadState*, Value module, Value locals);

}  // namespace weft

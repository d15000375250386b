// Internal interface between the exception files (exceptions.cc,
// exception_kinds.cc, exception_group.cc).
#pragma once

#include "core/runtime/errors.h"

namespace weft {

// Installs the behaviours of exception subclasses that carry extra fields
// (SystemExit, StopIteration, OSError, KeyError, SyntaxError, ImportError,
// NameError, AttributeError, the Unicode errors). ExceptionGroup has its own
// SETUP(exception_group) entry.
void setup_exception_subclass_behaviours();

}  // namespace weft

// Helpers shared by weft's str implementation files (str*.cc, bytes*.cc);
// not an interface for the rest of the runtime.
#pragma once

#include <vector>

#include "core/runtime/abstract.h"
#include "core/types/unicode.h"

namespace weft {

// weft's calling convention (vectorcall, type.h): nargs counts the positional
// arguments; the keyword values follow them, named by kwnames. Every str/bytes
// method reads its arguments through these two helpers or parse_args.
inline size_t str_kw_count(Tuple* kwnames) { return kwnames ? size_t(kwnames->length) : 0; }
inline size_t str_positional_count(size_t nargs, Tuple* kwnames) { return nargs; }
inline size_t str_total_args(size_t nargs, Tuple* kwnames) { return str_positional_count(nargs, kwnames) + str_kw_count(kwnames); }
// "str.upper() takes no arguments (1 given)".
bool str_no_args(ThreadState*, const char* name, size_t nargs, Tuple* kwnames);
// An __index__-able argument; TypeError "'str' object cannot be interpreted as an integer".
bool str_arg_index(ThreadState*, Value v, int64_t* out);
// A list made of the given owned items (the vector is emptied of its references).
Ref new_list_of(std::vector<Ref>& items);
// (a, b, c), or null if any is null.
Ref new_tuple3(Ref a, Ref b, Ref c);
// Lexicographic comparison by code point.
int str_compare(const Str* a, const Str* b);
uint64_t weft_hash_bytes(const void* data, size_t n);
// Dict and Set are opaque; their pointers come from Values.
inline Dict* as_dict(Value v) { return reinterpret_cast<Dict*>(v.as_object()); }

}  // namespace weft

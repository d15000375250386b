// Struct sequences (named tuples implemented natively), see structseq.cc.
#pragma once

#include <initializer_list>

#include "core/types/types.h"

namespace weft {

inline constexpr int kMaxStructSeqFields = 20;
extern const char kStructSeqMarker[];

// One per struct-sequence type; lives for the whole process (static).
struct StructSeqDesc {
  Type type;
  const char* repr_name;
  int visible;  // fields shown by repr (and counted by len)
  GetSetDef getsets[kMaxStructSeqFields + 1];
};

void setup_structseq_type(StructSeqDesc* d, const char* type_name, const char* repr_name,
                          std::initializer_list<const char*> fields, int visible = -1);
Ref new_structseq(ThreadState*, StructSeqDesc* d, std::initializer_list<Value> values);
Ref new_structseq_from(ThreadState*, StructSeqDesc* d, const Value* values, int64_t n);

}  // namespace weft

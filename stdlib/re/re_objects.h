// Python-visible objects of the regular expression engine: re.Pattern,
// re.Match and the scanner, plus helpers shared by re_pattern.cc and
// re_matchobj.cc. Patterns and matches are immutable after creation, so they
// are shared freely between threads.
#pragma once

#include "core/runtime/abstract.h"
#include "core/types/buffer.h"
#include "stdlib/re/re_internal.h"

namespace weft {

extern Type re_pattern_type, re_match_type, re_scanner_type;

namespace rx {

struct PatternObject : Object {
  Value pattern;     // str or bytes
  Value groupindex;  // dict: name -> group number
  Value indexgroup;  // tuple: group number -> name or None
  Value error_cls;   // re.error
  int64_t flags;
  int64_t groups;
  bool is_bytes;
  Program* prog;     // immutable after creation
  Object* weakreflist;  // reserved for weak references (Type::weaklist_offset); keep last
};

struct MatchObject : Object {
  Value pattern;    // PatternObject
  Value string;
  int64_t pos, endpos, lastindex;
  int64_t ngroups;  // groups + 1
  int64_t* spans;   // 2 * ngroups (start, end) pairs; -1 when unmatched
};

inline PatternObject* as_pattern(Value v) { return static_cast<PatternObject*>(v.as_object()); }
inline MatchObject* as_match(Value v) { return static_cast<MatchObject*>(v.as_object()); }

// The code units of a subject string: a str, or a bytes-like object (pinned).
struct Subject {
  Value string;
  Text text;
  bool is_bytes = false;
  BufferView view;
};
// Fills `out`; raises TypeError for unsupported objects.
bool get_subject(ThreadState*, Value string, Subject* out);
// string[a:b] as an exact str or bytes.
Ref subject_slice(ThreadState*, const Subject& subj, int64_t a, int64_t b);
Ref new_match(ThreadState*, PatternObject* p, const Subject& subj, int64_t pos, int64_t endpos,
              const MatchResult& r);
// Parses a replacement template against p's groups; raises re.error/IndexError.
bool compile_template(ThreadState*, PatternObject* p, Value repl, std::vector<TemplateItem>* out);
// Expands a parsed template with the given group spans.
Ref expand_template(ThreadState*, PatternObject* p, const Subject& subj, const int64_t* spans,
                    const std::vector<TemplateItem>& items, Value repl);
// Raises the exception a compile-time problem calls for (re.error for syntax).
void raise_re_error(ThreadState*, Value error_cls, Value pattern, const ReError& err);
int emit_warnings(ThreadState*, const std::vector<ReWarning>& warnings, int stacklevel);
void setup_re_match_type();
// CPython's SystemError for a match with a group ending before its start.
bool check_spans(ThreadState*, const MatchResult& r);

}  // namespace rx
}  // namespace weft

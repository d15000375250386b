// The _weftre module and re.Pattern: compiling patterns, and the searching
// operations (match/search/fullmatch, findall, finditer, split, sub, subn)
// plus the scanner object behind finditer.
#include <atomic>
#include <climits>
#include <cstddef>
#include <memory>
#include <new>

#include "core/runtime/import.h"
#include "core/types/func.h"
#include "core/types/unicode.h"
#include "core/vm/eval.h"
#include "stdlib/re/re_objects.h"
#include "stdlib/stdlib.h"

namespace weft {

Type re_pattern_type, re_scanner_type;

namespace rx {

// ---- helpers ---------------------------------------------------------------------

bool get_subject(ThreadState* ts, Value string, Subject* out) {
  out->string = string;
  if (is_str(string)) {
    Str* s = as_str(string);
    out->text = Text{s->data, s->kind, s->length};
    out->is_bytes = false;
    return true;
  }
  if (string.is_object() && get_buffer(ts, string, &out->view, true)) {
    out->text = Text{out->view.data, 1, out->view.len};
    out->is_bytes = true;
    return true;
  }
  if (ts->has_error()) return false;
  set_errorf(ts, &TypeError_type, "expected string or bytes-like object, got '%s'", type_name(string));
  return false;
}

Ref subject_slice(ThreadState* ts, const Subject& subj, int64_t a, int64_t b) {
  if (!subj.is_bytes) return str_substr(as_str(subj.string), a, b);
  if (a == 0 && b == subj.text.len && subj.string.as_object()->type == &bytes_type)
    return Ref::borrow(subj.string);
  if (b < a) b = a;
  return new_bytes(std::string_view(subj.view.data + a, size_t(b - a)));
}

void raise_re_error(ThreadState* ts, Value error_cls, Value pattern, const ReError& err) {
  switch (err.kind) {
    case ReError::Overflow: set_error(ts, &OverflowError_type, err.msg); return;
    case ReError::Value: set_error(ts, &ValueError_type, err.msg); return;
    case ReError::Recursion: set_error(ts, &RecursionError_type, err.msg); return;
    case ReError::Memory: set_no_memory(ts); return;
    case ReError::Index: set_error(ts, &IndexError_type, err.msg); return;
    default: break;
  }
  Ref msg = new_str(err.msg);
  if (!msg) return;
  Ref exc;
  if (err.pos >= 0 && pattern) {
    Ref pos = new_int(err.pos);
    Value args[3] = {msg.get(), pattern, pos.get()};
    exc = call(ts, error_cls, args, 3);
  } else {
    exc = call1(ts, error_cls, msg.get());
  }
  if (exc) set_error_value(ts, exc.get());
}

int emit_warnings(ThreadState* ts, const std::vector<ReWarning>& warnings, int stacklevel) {
  if (warnings.empty()) return 0;
  // Route through the Python-level warnings module (filters, catch_warnings).
  Ref name = new_str_ascii("warnings");
  if (!name) return -1;
  Ref mod = import_name(ts, name.get(), None(), None(), Value::small_int(0));
  if (!mod) return -1;
  for (const ReWarning& w : warnings)
    if (warn(ts, w.future ? &FutureWarning_type : &DeprecationWarning_type, w.msg, stacklevel) < 0)
      return -1;
  return 0;
}

namespace {

CodePoints codepoints_of(const Str* s) {
  CodePoints out(size_t(s->length));
  for (int64_t i = 0; i < s->length; ++i) out[size_t(i)] = s->at(i);
  return out;
}

CodePoints codepoints_of(std::string_view bytes) {
  CodePoints out(bytes.size());
  for (size_t i = 0; i < bytes.size(); ++i) out[i] = uint8_t(bytes[i]);
  return out;
}

// \N{...} in patterns: unicodedata.lookup when that module is available.
bool lookup_char_name(ThreadState* ts, const CodePoints& name, uint32_t* cp) {
  Ref modname = new_str_ascii("unicodedata");
  if (!modname) return false;
  Ref mod = import_name(ts, modname.get(), None(), None(), Value::small_int(0));
  Ref str = mod ? new_str_from_codepoints(name.data(), int64_t(name.size())) : Ref();
  Value arg = str ? str.get() : Value();
  Ref ch = str ? call_method(ts, mod.get(), "lookup", &arg, 1) : Ref();
  if (!ch || !is_str(ch.get()) || as_str(ch.get())->length != 1) {
    clear_error(ts);
    return false;
  }
  *cp = as_str(ch.get())->at(0);
  return true;
}

PatternObject* check_pattern(ThreadState* ts, Value self) {
  if (!self.is_object() || type_of(self) != &re_pattern_type) {
    set_error(ts, &TypeError_type, "descriptor requires a 're.Pattern' object");
    return nullptr;
  }
  return as_pattern(self);
}

// Shared state of one searching operation over one subject.
struct Scan {
  PatternObject* p;
  Subject subj;
  MatchScratch scratch;
  MatchResult result;
  MatchRequest req;

  int run(ThreadState* ts) { return run_match(ts, *p->prog, req, scratch, &result); }
  Ref group(ThreadState* ts, int64_t g, Value deflt) {
    int64_t a = result.spans[2 * g], b = result.spans[2 * g + 1];
    if (a < 0 || b < 0) return Ref::borrow(deflt);
    return subject_slice(ts, subj, a, b);
  }
};

bool prepare_scan(ThreadState* ts, PatternObject* p, Value string, int64_t pos, int64_t endpos,
                  Scan* scan) {
  scan->p = p;
  if (!get_subject(ts, string, &scan->subj)) return false;
  if (p->is_bytes != scan->subj.is_bytes) {
    set_error(ts, &TypeError_type, p->is_bytes ? "cannot use a bytes pattern on a string-like object"
                                               : "cannot use a string pattern on a bytes-like object");
    return false;
  }
  int64_t len = scan->subj.text.len;
  scan->req.text = scan->subj.text;
  scan->req.start = pos < 0 ? 0 : pos > len ? len : pos;
  scan->req.end = endpos < 0 ? 0 : endpos > len ? len : endpos;
  return true;
}

bool parse_string_pos(ThreadState* ts, const char* fname, const Value* args, size_t nargs, Tuple* kw,
                      Value* string, int64_t* pos, int64_t* endpos) {
  Value v[3];
  if (!parse_args(ts, fname, args, nargs, kw, {"string", "pos", "endpos"}, 1, v)) return false;
  *string = v[0];
  *pos = 0;
  *endpos = INT64_MAX;
  if (v[1] && !index_to_i64(ts, v[1], pos, &OverflowError_type)) return false;
  if (v[2] && !index_to_i64(ts, v[2], endpos, &OverflowError_type)) return false;
  return true;
}

Ref match_common(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                 const char* fname, bool search, bool match_all) {
  PatternObject* p = check_pattern(ts, self);
  if (!p) return nullptr;
  Value string;
  int64_t pos, endpos;
  if (!parse_string_pos(ts, fname, args, nargs, kw, &string, &pos, &endpos)) return nullptr;
  Scan scan;
  if (!prepare_scan(ts, p, string, pos, endpos, &scan)) return nullptr;
  scan.req.search = search;
  scan.req.match_all = match_all;
  int r = scan.run(ts);
  if (r < 0) return nullptr;
  if (r == 0) return new_none();
  return new_match(ts, p, scan.subj, scan.req.start, scan.req.end, scan.result);
}

Ref pattern_match(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return match_common(ts, self, args, nargs, kw, "match", false, false);
}
Ref pattern_fullmatch(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return match_common(ts, self, args, nargs, kw, "fullmatch", false, true);
}
Ref pattern_search(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return match_common(ts, self, args, nargs, kw, "search", true, false);
}

Ref empty_of(const Subject& subj) { return subj.is_bytes ? new_bytes("") : str_empty(); }

Ref pattern_findall(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  PatternObject* p = check_pattern(ts, self);
  if (!p) return nullptr;
  Value string;
  int64_t pos, endpos;
  if (!parse_string_pos(ts, "findall", args, nargs, kw, &string, &pos, &endpos)) return nullptr;
  Scan scan;
  if (!prepare_scan(ts, p, string, pos, endpos, &scan)) return nullptr;
  Ref list = new_list();
  if (!list) return nullptr;
  Ref empty = empty_of(scan.subj);
  scan.req.search = true;
  while (scan.req.start <= scan.req.end) {
    int r = scan.run(ts);
    if (r < 0) return nullptr;
    if (r == 0) break;
    if (p->groups > 0 && !check_spans(ts, scan.result)) return nullptr;
    Ref item;
    if (p->groups == 0) {
      item = scan.group(ts, 0, None());
    } else if (p->groups == 1) {
      item = scan.group(ts, 1, empty.get());
    } else {
      Tuple* t = new_tuple_uninit(p->groups);
      if (!t) return set_no_memory(ts);
      item = Ref::steal(Value(t));
      for (int64_t g = 1; g <= p->groups; ++g) {
        Ref v = scan.group(ts, g, empty.get());
        if (!v) return nullptr;
        t->items[g - 1] = v.release();
      }
    }
    if (!item || list_append(ts, list.as<List>(), item.get()) < 0) return nullptr;
    int64_t b = scan.result.spans[0], e = scan.result.spans[1];
    scan.req.must_advance = e == b;
    scan.req.start = e;
  }
  return list;
}

Ref pattern_split(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  PatternObject* p = check_pattern(ts, self);
  if (!p) return nullptr;
  Value v[2];
  if (!parse_args(ts, "split", args, nargs, kw, {"string", "maxsplit"}, 1, v)) return nullptr;
  int64_t maxsplit = 0;
  if (v[1] && !index_to_i64(ts, v[1], &maxsplit, &OverflowError_type)) return nullptr;
  Scan scan;
  if (!prepare_scan(ts, p, v[0], 0, INT64_MAX, &scan)) return nullptr;
  Ref list = new_list();
  if (!list) return nullptr;
  scan.req.search = true;
  int64_t n = 0, last = 0;
  while (!maxsplit || n < maxsplit) {
    int r = scan.run(ts);
    if (r < 0) return nullptr;
    if (r == 0) break;
    if (p->groups > 0 && !check_spans(ts, scan.result)) return nullptr;
    int64_t b = scan.result.spans[0], e = scan.result.spans[1];
    Ref piece = subject_slice(ts, scan.subj, last, b);
    if (!piece || list_append(ts, list.as<List>(), piece.get()) < 0) return nullptr;
    for (int64_t g = 1; g <= p->groups; ++g) {
      Ref item = scan.group(ts, g, None());
      if (!item || list_append(ts, list.as<List>(), item.get()) < 0) return nullptr;
    }
    ++n;
    scan.req.must_advance = e == b;
    last = scan.req.start = e;
  }
  Ref tail = subject_slice(ts, scan.subj, last, scan.subj.text.len);
  if (!tail || list_append(ts, list.as<List>(), tail.get()) < 0) return nullptr;
  return list;
}

// ''.join / b''.join of the pieces of sub(), with CPython's error messages.
Ref join_pieces(ThreadState* ts, bool is_bytes, std::vector<Ref>& pieces) {
  if (!is_bytes) {
    if (pieces.size() == 1 && is_exact_str(pieces[0].get())) return std::move(pieces[0]);
    StrBuilder sb;
    for (size_t i = 0; i < pieces.size(); ++i) {
      if (!is_str(pieces[i].get())) {
        set_errorf(ts, &TypeError_type, "sequence item %zu: expected str instance, %s found", i,
                   type_name(pieces[i].get()));
        return nullptr;
      }
      sb.put_str(as_str(pieces[i].get()));
    }
    return sb.finish();
  }
  if (pieces.size() == 1 && pieces[0].get().is_object() &&
      pieces[0].obj()->type == &bytes_type)
    return std::move(pieces[0]);
  std::string out;
  for (size_t i = 0; i < pieces.size(); ++i) {
    BufferView view;
    if (!pieces[i].get().is_object() || !get_buffer(ts, pieces[i].get(), &view, true)) {
      if (ts->has_error()) return nullptr;
      set_errorf(ts, &TypeError_type, "sequence item %zu: expected a bytes-like object, %s found", i,
                 type_name(pieces[i].get()));
      return nullptr;
    }
    out.append(view.view());
  }
  return new_bytes(out);
}

bool has_backslash(const Subject& repl) {
  const Text& t = repl.text;
  for (int64_t i = 0; i < t.len; ++i) {
    uint32_t c = t.width == 1 ? static_cast<const uint8_t*>(t.data)[i]
                 : t.width == 2 ? static_cast<const uint16_t*>(t.data)[i]
                                : static_cast<const uint32_t*>(t.data)[i];
    if (c == '\\') return true;
  }
  return false;
}

Ref pattern_subx(ThreadState* ts, PatternObject* p, Value repl, Value string, int64_t count, bool subn) {
  enum { kLiteral, kTemplate, kCallable } kind;
  std::vector<TemplateItem> items;
  if (is_callable(repl)) {
    kind = kCallable;
  } else {
    Subject r;
    bool literal = false;
    if (is_str(repl) || (repl.is_object() && is_bytes_like(repl))) {
      if (!get_subject(ts, repl, &r)) return nullptr;
      literal = !has_backslash(r);
    }
    if (literal) {
      kind = kLiteral;
    } else {
      kind = kTemplate;
      if (!compile_template(ts, p, repl, &items)) return nullptr;
    }
  }
  Scan scan;
  if (!prepare_scan(ts, p, string, 0, INT64_MAX, &scan)) return nullptr;
  scan.req.search = true;
  std::vector<Ref> pieces;
  int64_t n = 0, last = 0;
  try {
    while (!count || n < count) {
      int r = scan.run(ts);
      if (r < 0) return nullptr;
      if (r == 0) break;
      int64_t b = scan.result.spans[0], e = scan.result.spans[1];
      if (last < b) {
        Ref piece = subject_slice(ts, scan.subj, last, b);
        if (!piece) return nullptr;
        pieces.push_back(std::move(piece));
      }
      Ref item;
      if (kind == kLiteral) {
        item = Ref::borrow(repl);
      } else if (kind == kTemplate) {
        if (check_spans(ts, scan.result))
          item = expand_template(ts, p, scan.subj, scan.result.spans.data(), items, repl);
      } else {
        Ref m = new_match(ts, p, scan.subj, 0, scan.subj.text.len, scan.result);
        if (m) item = call1(ts, repl, m.get());
      }
      if (!item) return nullptr;
      if (item.get() != None()) pieces.push_back(std::move(item));
      last = e;
      ++n;
      scan.req.must_advance = e == b;
      scan.req.start = e;
    }
    if (last < scan.subj.text.len) {
      Ref tail = subject_slice(ts, scan.subj, last, scan.subj.text.len);
      if (!tail) return nullptr;
      pieces.push_back(std::move(tail));
    }
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  Ref joined = join_pieces(ts, p->is_bytes, pieces);
  if (!joined || !subn) return joined;
  Ref num = new_int(n);
  return new_tuple({joined.get(), num.get()});
}

Ref sub_common(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw, bool subn) {
  PatternObject* p = check_pattern(ts, self);
  if (!p) return nullptr;
  Value v[3];
  if (!parse_args(ts, subn ? "subn" : "sub", args, nargs, kw, {"repl", "string", "count"}, 2, v))
    return nullptr;
  int64_t count = 0;
  if (v[2] && !index_to_i64(ts, v[2], &count, &OverflowError_type)) return nullptr;
  return pattern_subx(ts, p, v[0], v[1], count, subn);
}

Ref pattern_sub(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return sub_common(ts, self, args, nargs, kw, false);
}
Ref pattern_subn(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return sub_common(ts, self, args, nargs, kw, true);
}

// ---- scanner -------------------------------------------------------------------------

struct ScannerObject : Object {
  Value pattern;
  Value string;
  BufferView* pin;      // keeps a bytearray's storage from moving while scanning
  int64_t pos, endpos;  // clamped
  int64_t start;
  bool must_advance;
  bool exhausted;
  std::atomic<bool> busy;
};

ScannerObject* as_scanner(Value v) { return static_cast<ScannerObject*>(v.as_object()); }

void scanner_dealloc(Object* o) {
  ScannerObject* s = static_cast<ScannerObject*>(o);
  delete s->pin;
  decref(s->pattern);
  decref(s->string);
  free_object(o);
}

void scanner_traverse(Object* o, const Visitor& visit) {
  ScannerObject* s = static_cast<ScannerObject*>(o);
  visit(s->pattern);
  visit(s->string);
}

Ref new_scanner(ThreadState* ts, PatternObject* p, Value string, int64_t pos, int64_t endpos) {
  Scan scan;
  if (!prepare_scan(ts, p, string, pos, endpos, &scan)) return nullptr;
  Object* o = alloc_object(&re_scanner_type, sizeof(ScannerObject));
  if (!o) return set_no_memory(ts);
  ScannerObject* s = static_cast<ScannerObject*>(o);
  incref(Value(p));
  s->pattern = Value(p);
  incref(string);
  s->string = string.without_tag();
  s->pos = s->start = scan.req.start;
  s->endpos = scan.req.end;
  if (scan.subj.is_bytes && type_of(string) != &bytes_type) {
    // As CPython: the exporter (e.g. a bytearray) cannot resize while the
    // scanner (finditer) is alive.
    s->pin = new (std::nothrow) BufferView;
    if (!s->pin || !get_buffer(ts, string, s->pin)) {
      Ref own = Ref::steal(Value(o));
      if (!ts->has_error()) set_no_memory(ts);
      return nullptr;
    }
  }
  return Ref::steal(Value(o));
}

Ref scanner_step(ThreadState* ts, Value self, bool search) {
  if (!self.is_object() || type_of(self) != &re_scanner_type) {
    set_error(ts, &TypeError_type, "descriptor requires a '_sre.SRE_Scanner' object");
    return nullptr;
  }
  ScannerObject* s = as_scanner(self);
  if (s->busy.exchange(true)) {
    set_error(ts, &ValueError_type, "regular expression scanner already executing");
    return nullptr;
  }
  struct Release {
    ScannerObject* s;
    ~Release() { s->busy.store(false); }
  } release{s};
  if (s->exhausted) return new_none();
  PatternObject* p = as_pattern(s->pattern);
  Scan scan;
  if (!prepare_scan(ts, p, s->string, s->start, s->endpos, &scan)) return nullptr;
  scan.req.search = search;
  scan.req.must_advance = s->must_advance;
  if (s->start > s->endpos && search) {
    s->exhausted = true;
    return new_none();
  }
  int r = scan.run(ts);
  if (r < 0) return nullptr;
  if (r == 0) {
    s->exhausted = true;
    return new_none();
  }
  int64_t b = scan.result.spans[0], e = scan.result.spans[1];
  s->must_advance = e == b;
  s->start = e;
  return new_match(ts, p, scan.subj, s->pos, s->endpos, scan.result);
}

Ref scanner_match(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  return scanner_step(ts, self, false);
}
Ref scanner_search(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  return scanner_step(ts, self, true);
}

Ref scanner_get_pattern(ThreadState*, Value self) { return Ref::borrow(as_scanner(self)->pattern); }

const MethodDef scanner_methods[] = {
    {"match", scanner_match, kMethInstance, nullptr},
    {"search", scanner_search, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const GetSetDef scanner_getsets[] = {
    {"pattern", scanner_get_pattern, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

Ref pattern_scanner(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  PatternObject* p = check_pattern(ts, self);
  if (!p) return nullptr;
  Value string;
  int64_t pos, endpos;
  if (!parse_string_pos(ts, "scanner", args, nargs, kw, &string, &pos, &endpos)) return nullptr;
  return new_scanner(ts, p, string, pos, endpos);
}

Ref pattern_finditer(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  PatternObject* p = check_pattern(ts, self);
  if (!p) return nullptr;
  Value string;
  int64_t pos, endpos;
  if (!parse_string_pos(ts, "finditer", args, nargs, kw, &string, &pos, &endpos)) return nullptr;
  Ref scanner = new_scanner(ts, p, string, pos, endpos);
  if (!scanner) return nullptr;
  Ref search = new_native_function(&scanner_methods[1], scanner.get());
  if (!search) return nullptr;
  return new_callable_iter(ts, search.get(), None());
}

// ---- Pattern object ------------------------------------------------------------------

void pattern_dealloc(Object* o) {
  PatternObject* p = static_cast<PatternObject*>(o);
  decref(p->pattern);
  decref(p->groupindex);
  decref(p->indexgroup);
  decref(p->error_cls);
  delete p->prog;
  free_object(o);
}

void pattern_traverse(Object* o, const Visitor& visit) {
  PatternObject* p = static_cast<PatternObject*>(o);
  visit(p->pattern);
  visit(p->groupindex);
  visit(p->indexgroup);
  visit(p->error_cls);
}

// repr() truncated to `limit` code points (printf's %.200R).
Ref truncated_repr(ThreadState* ts, Value v, int64_t limit) {
  Ref r = repr_of(ts, v);
  if (!r || as_str(r.get())->length <= limit) return r;
  return str_substr(as_str(r.get()), 0, limit);
}

Ref pattern_repr(ThreadState* ts, Value self) {
  PatternObject* p = as_pattern(self);
  Ref r = truncated_repr(ts, p->pattern, 200);
  if (!r) return nullptr;
  static const struct {
    const char* name;
    int64_t value;
  } kNames[] = {{"re.TEMPLATE", kFlagTemplate}, {"re.IGNORECASE", kFlagIgnoreCase},
                {"re.LOCALE", kFlagLocale},     {"re.MULTILINE", kFlagMultiline},
                {"re.DOTALL", kFlagDotAll},     {"re.UNICODE", kFlagUnicode},
                {"re.VERBOSE", kFlagVerbose},   {"re.DEBUG", kFlagDebug},
                {"re.ASCII", kFlagAscii}};
  int64_t flags = p->flags;
  if (!p->is_bytes && (flags & kTypeFlags) == kFlagUnicode) flags &= ~int64_t(kFlagUnicode);
  std::string names;
  for (const auto& f : kNames) {
    if (flags & f.value) {
      if (!names.empty()) names += "|";
      names += f.name;
      flags &= ~f.value;
    }
  }
  if (flags) {
    if (!names.empty()) names += "|";
    char buf[32];
    snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(flags));
    names += buf;
  }
  std::string out = "re.compile(" + std::string(str_utf8(r.get()));
  if (!names.empty()) out += ", " + names;
  out += ")";
  return new_str(out);
}

Ref pattern_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || type_of(a) != &re_pattern_type ||
      type_of(b) != &re_pattern_type)
    return new_notimpl();
  PatternObject* x = as_pattern(a);
  PatternObject* y = as_pattern(b);
  bool eq = x == y;
  if (!eq && x->flags == y->flags && x->is_bytes == y->is_bytes) {
    int r = rich_compare_bool(ts, x->pattern, y->pattern, CmpOp::Eq);
    if (r < 0) return nullptr;
    eq = r;
  }
  return new_bool(op == CmpOp::Eq ? eq : !eq);
}

int64_t pattern_hash(ThreadState* ts, Value self) {
  PatternObject* p = as_pattern(self);
  int64_t h = hash_of(ts, p->pattern);
  if (h == -1) return -1;
  h ^= p->flags ^ (p->is_bytes ? 1 : 0);
  return h == -1 ? -2 : h;
}

Ref pattern_copy(ThreadState*, Value self, const Value*, size_t, Tuple*) { return Ref::borrow(self); }

Ref class_getitem(ThreadState* ts, Value cls, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1 || (kw && kw->length)) {
    set_error(ts, &TypeError_type, "__class_getitem__() takes exactly one argument");
    return nullptr;
  }
  return new_generic_alias(ts, cls, args[0]);
}

Ref pattern_get_pattern(ThreadState*, Value self) { return Ref::borrow(as_pattern(self)->pattern); }
Ref pattern_get_flags(ThreadState*, Value self) { return new_int(as_pattern(self)->flags); }
Ref pattern_get_groups(ThreadState*, Value self) { return new_int(as_pattern(self)->groups); }
Ref pattern_get_groupindex(ThreadState* ts, Value self) {
  Ref r = new_mappingproxy(as_pattern(self)->groupindex);
  if (!r) return set_no_memory(ts);
  return r;
}

const MethodDef pattern_methods[] = {
    {"match", pattern_match, kMethInstance, nullptr},
    {"fullmatch", pattern_fullmatch, kMethInstance, nullptr},
    {"search", pattern_search, kMethInstance, nullptr},
    {"sub", pattern_sub, kMethInstance, nullptr},
    {"subn", pattern_subn, kMethInstance, nullptr},
    {"split", pattern_split, kMethInstance, nullptr},
    {"findall", pattern_findall, kMethInstance, nullptr},
    {"finditer", pattern_finditer, kMethInstance, nullptr},
    {"scanner", pattern_scanner, kMethInstance, nullptr},
    {"__copy__", pattern_copy, kMethInstance, nullptr},
    {"__deepcopy__", pattern_copy, kMethInstance, nullptr},
    {"__class_getitem__", class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef pattern_getsets[] = {
    {"pattern", pattern_get_pattern, nullptr, "The pattern string from which the RE object was compiled."},
    {"flags", pattern_get_flags, nullptr, "The regex matching flags."},
    {"groups", pattern_get_groups, nullptr, "The number of capturing groups in the pattern."},
    {"groupindex", pattern_get_groupindex, nullptr, "A dictionary mapping group names to group numbers."},
    {nullptr, nullptr, nullptr, nullptr},
};

// Compiles a str/bytes pattern into a new Pattern; compile problems raise
// error_cls (re.error) or the exception they call for.
Ref compile_pattern(ThreadState* ts, Value pattern, int64_t flags, Value error_cls, int stacklevel) {
  bool is_text = is_str(pattern);
  CodePoints cps;
  if (is_text) {
    cps = codepoints_of(as_str(pattern));
  } else if (is_bytes(pattern)) {
    Bytes* b = static_cast<Bytes*>(pattern.as_object());
    cps = codepoints_of(std::string_view(b->data, size_t(b->length)));
  } else {
    set_error(ts, &TypeError_type, "first argument must be string or compiled pattern");
    return nullptr;
  }
  auto* parsed = new ParsedPattern;
  std::unique_ptr<ParsedPattern> own_parsed(parsed);
  auto* prog = new Program;
  std::unique_ptr<Program> own_prog(prog);
  ReError err;
  NameLookup lookup = [ts](const CodePoints& name, uint32_t* cp) { return lookup_char_name(ts, name, cp); };
  bool ok;
  try {
    // CPython's parser recurses in Python (two frames per group level), so
    // deep nesting raises RecursionError at a depth set by the recursion
    // limit (measured: limit / 2 - 4 levels, whatever the caller's depth).
    int max_nesting = ts->recursion_limit / 2 - 4;
    if (max_nesting > 100000) max_nesting = 100000;
    ok = parse_pattern(cps, is_text, uint32_t(flags), lookup, max_nesting, parsed, &err, ts);
    if (emit_warnings(ts, parsed->warnings, stacklevel) < 0) return nullptr;
    if (ok) ok = compile_program(*parsed, prog, &err, ts);
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  if (!ok) {
    raise_re_error(ts, error_cls, pattern, err);
    return nullptr;
  }
  Ref groupindex = new_dict();
  if (!groupindex) return nullptr;
  Tuple* indexgroup = new_tuple_uninit(parsed->groups + 1);
  if (!indexgroup) return set_no_memory(ts);
  Ref own_index = Ref::steal(Value(indexgroup));
  for (int64_t i = 0; i <= parsed->groups; ++i) indexgroup->items[i] = Ref::borrow(None()).release();
  for (auto& [name, gid] : parsed->names) {
    Ref key = new_str_from_codepoints(name.data(), int64_t(name.size()));
    Ref num = new_int(gid);
    if (!key || !num || dict_set(ts, groupindex.as<Dict>(), key.get(), num.get()) < 0) return nullptr;
    Value old = indexgroup->items[gid];
    indexgroup->items[gid] = key.release();
    decref(old);
  }
  Object* o = alloc_object(&re_pattern_type, sizeof(PatternObject));
  if (!o) return set_no_memory(ts);
  PatternObject* p = static_cast<PatternObject*>(o);
  p->pattern = Ref::borrow(pattern).release();
  p->groupindex = groupindex.release();
  p->indexgroup = own_index.release();
  p->error_cls = Ref::borrow(error_cls).release();
  p->flags = flags | int64_t(parsed->flags);
  p->groups = parsed->groups;
  p->is_bytes = !is_text;
  p->prog = own_prog.release();
  return Ref::steal(Value(o));
}

// _weftre.compile(pattern, flags, error_class) -> Pattern (uncached)
Ref module_compile(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[3];
  if (!parse_args(ts, "compile", args, nargs, kw, {"pattern", "flags", "error"}, 3, v)) return nullptr;
  int64_t flags;
  if (!index_to_i64(ts, v[1], &flags, &OverflowError_type)) return nullptr;
  return compile_pattern(ts, v[0], flags, v[2], 1);
}

constexpr int64_t kMaxCache = 512;

// re._compile(pattern, flags): the module-level pattern cache, keyed by
// (type(pattern), pattern, flags). `self` is (error class, cache dict).
Ref cached_compile(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  if (!parse_args(ts, "_compile", args, nargs, kw, {"pattern", "flags"}, 2, v)) return nullptr;
  Tuple* state = static_cast<Tuple*>(self.as_object());
  Value error_cls = state->items[0];
  Dict* cache = static_cast<Dict*>(state->items[1].as_object());
  Value pattern = v[0];
  bool int_flags = is_int(v[1]);
  int64_t flags = 0;
  Ref flags_key;
  if (int_flags) {
    if (!index_to_i64(ts, v[1], &flags, &OverflowError_type)) return nullptr;
    flags_key = new_int(flags);
  } else {
    flags_key = Ref::borrow(v[1]);
  }
  Ref key = new_tuple({Value(type_of(pattern)), pattern, flags_key.get()});
  if (!key) return nullptr;
  Ref hit = dict_get(ts, cache, key.get());
  if (hit || ts->has_error()) return hit;
  if (type_of(pattern) == &re_pattern_type) {
    int nonzero = truthy(ts, v[1]);
    if (nonzero < 0) return nullptr;
    if (nonzero) {
      set_error(ts, &ValueError_type, "cannot process flags argument with a compiled pattern");
      return nullptr;
    }
    return Ref::borrow(pattern);
  }
  if (!is_str(pattern) && !is_bytes(pattern)) {
    set_error(ts, &TypeError_type, "first argument must be string or compiled pattern");
    return nullptr;
  }
  if (!int_flags) {
    set_errorf(ts, &TypeError_type, "unsupported operand type(s) for &: '%s' and 'RegexFlag'",
               type_name(v[1]));
    return nullptr;
  }
  if ((flags & kFlagTemplate) &&
      warn(ts, &DeprecationWarning_type,
           "The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag without an "
           "obvious purpose. Don't use it.", 0) < 0)
    return nullptr;
  Ref compiled = compile_pattern(ts, pattern, flags, error_cls, 1);
  if (!compiled || (flags & kFlagDebug)) return compiled;
  if (dict_size(cache) >= kMaxCache) {
    // Evict the oldest entry (another thread may have done it already).
    int64_t pos = 0;
    Ref oldest, value;
    if (dict_next(cache, &pos, &oldest, &value) && dict_del(ts, cache, oldest.get()) < 0)
      clear_error(ts);
    if (ts->has_error()) clear_error(ts);
  }
  if (dict_set(ts, cache, key.get(), compiled.get()) < 0) return nullptr;
  return compiled;
}

const MethodDef cached_compile_def = {"_compile", cached_compile, kMethInstance, nullptr};

// _weftre.make_compile(error_class, cache) -> the cached compile function.
Ref module_make_compile(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  if (!parse_args(ts, "make_compile", args, nargs, kw, {"error", "cache"}, 2, v)) return nullptr;
  if (!is_exact_dict(v[1])) {
    set_error(ts, &TypeError_type, "make_compile() cache must be a dict");
    return nullptr;
  }
  Ref state = new_tuple({v[0], v[1]});
  if (!state) return nullptr;
  return new_native_function(&cached_compile_def, state.get());
}

const MethodDef module_functions[] = {
    {"compile", module_compile, kMethStatic, nullptr},
    {"make_compile", module_make_compile, kMethStatic, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace
}  // namespace rx

void setup_re_types() {
  rx::setup_re_match_type();
  Type& t = re_pattern_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "re.Pattern";
  t.base = &object_type;
  t.basic_size = sizeof(rx::PatternObject);
  t.weaklist_offset = int64_t(sizeof(rx::PatternObject) - sizeof(Object*));  // weakreflist, the last field
  t.flags = kTypeImmutable | kTypeHasGC;
  t.dealloc = rx::pattern_dealloc;
  t.traverse = rx::pattern_traverse;
  t.repr = rx::pattern_repr;
  t.richcompare = rx::pattern_richcompare;
  t.hash = rx::pattern_hash;
  t.methods = rx::pattern_methods;
  t.getsets = rx::pattern_getsets;
  t.doc = "Compiled regular expression object.";
  register_static_type(&t);

  Type& s = re_scanner_type;
  s.type = &type_type;
  s.make_immortal();
  s.name = "_sre.SRE_Scanner";
  s.base = &object_type;
  s.basic_size = sizeof(rx::ScannerObject);
  s.flags = kTypeImmutable | kTypeHasGC;
  s.dealloc = rx::scanner_dealloc;
  s.traverse = rx::scanner_traverse;
  s.methods = rx::scanner_methods;
  s.getsets = rx::scanner_getsets;
  register_static_type(&s);
}

Ref make_weftre_module(ThreadState* ts) {
  Ref mod = new_module(ts, "_weftre");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  for (const MethodDef* m = rx::module_functions; m->name; ++m) {
    Ref fn = new_native_function(m, mod.get());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return nullptr;
  }
  Ref maxrepeat = new_int(int64_t(rx::kMaxRepeat));
  Ref maxgroups = new_int(rx::kMaxGroups);
  if (dict_set_str(ts, d, "Pattern", Value(&re_pattern_type)) < 0 ||
      dict_set_str(ts, d, "Match", Value(&re_match_type)) < 0 ||
      dict_set_str(ts, d, "MAXREPEAT", maxrepeat.get()) < 0 ||
      dict_set_str(ts, d, "MAXGROUPS", maxgroups.get()) < 0)
    return nullptr;
  return mod;
}

}  // namespace weft

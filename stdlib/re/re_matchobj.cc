// re.Match: the result of a successful match (group spans over the subject),
// and replacement templates (Match.expand, Pattern.sub).
#include "core/types/unicode.h"
#include "stdlib/re/re_objects.h"

namespace weft {

Type re_match_type;

namespace rx {

bool check_spans(ThreadState* ts, const MatchResult& r) {
  if (!r.bad_span) return true;
  set_error(ts, &SystemError_type,
            "The span of capturing group is wrong, please report a bug for the re module.");
  return false;
}

Ref new_match(ThreadState* ts, PatternObject* p, const Subject& subj, int64_t pos, int64_t endpos,
              const MatchResult& r) {
  if (!check_spans(ts, r)) return nullptr;
  int64_t ngroups = p->groups + 1;
  size_t size = sizeof(MatchObject) + size_t(2 * ngroups) * sizeof(int64_t);
  Object* o = alloc_object(&re_match_type, size);
  if (!o) return set_no_memory(ts);
  MatchObject* m = static_cast<MatchObject*>(o);
  incref(Value(p));
  m->pattern = Value(p);
  m->string = Ref::borrow(subj.string).release();
  m->pos = pos;
  m->endpos = endpos;
  m->lastindex = r.lastindex;
  m->ngroups = ngroups;
  m->spans = reinterpret_cast<int64_t*>(reinterpret_cast<char*>(o) + sizeof(MatchObject));
  for (int64_t i = 0; i < 2 * ngroups; ++i) m->spans[i] = r.spans[size_t(i)];
  return Ref::steal(Value(o));
}

bool compile_template(ThreadState* ts, PatternObject* p, Value repl, std::vector<TemplateItem>* out) {
  CodePoints cps;
  bool is_text = is_str(repl);
  if (is_text) {
    Str* s = as_str(repl);
    cps.resize(size_t(s->length));
    for (int64_t i = 0; i < s->length; ++i) cps[size_t(i)] = s->at(i);
  } else {
    BufferView view;
    if (!repl.is_object() || !get_buffer(ts, repl, &view, true)) {
      if (ts->has_error()) return false;
      set_errorf(ts, &TypeError_type, "decoding to str: need a bytes-like object, %s found",
                 type_name(repl));
      return false;
    }
    cps.resize(size_t(view.len));
    for (int64_t i = 0; i < view.len; ++i) cps[size_t(i)] = uint8_t(view.data[i]);
  }
  Dict* groupindex = static_cast<Dict*>(p->groupindex.as_object());
  bool lookup_failed = false;
  GroupLookup lookup = [&](const CodePoints& name) -> int64_t {
    Ref key = new_str_from_codepoints(name.data(), int64_t(name.size()));
    if (!key) {
      lookup_failed = true;
      return -1;
    }
    Ref v = dict_get(ts, groupindex, key.get());
    int64_t g;
    if (!v || !int_to_i64(ts, v.get(), &g)) {
      clear_error(ts);
      return -1;
    }
    return g;
  };
  ReError err;
  std::vector<ReWarning> warnings;
  bool ok = parse_template(cps, is_text, p->groups, lookup, out, &warnings, &err);
  if (lookup_failed) return false;
  if (emit_warnings(ts, warnings, 1) < 0) return false;
  if (!ok) {
    raise_re_error(ts, p->error_cls, repl, err);
    return false;
  }
  return true;
}

Ref expand_template(ThreadState* ts, PatternObject* p, const Subject& subj, const int64_t* spans,
                    const std::vector<TemplateItem>& items, Value repl) {
  bool repl_bytes = !is_str(repl);
  if (repl_bytes != p->is_bytes) {
    if (p->is_bytes)
      set_errorf(ts, &TypeError_type, "sequence item 0: expected a bytes-like object, str found");
    else
      set_errorf(ts, &TypeError_type, "sequence item 0: expected str instance, %s found", type_name(repl));
    return nullptr;
  }
  if (!p->is_bytes) {
    StrBuilder sb;
    Str* s = as_str(subj.string);
    for (const TemplateItem& it : items) {
      if (it.group < 0) {
        for (uint32_t c : it.text) sb.put(c);
      } else if (spans[2 * it.group] >= 0 && spans[2 * it.group + 1] >= 0) {
        sb.put_str(s, spans[2 * it.group], spans[2 * it.group + 1]);
      }
    }
    return sb.finish();
  }
  std::string out;
  for (const TemplateItem& it : items) {
    if (it.group < 0) {
      for (uint32_t c : it.text) out.push_back(char(c));
    } else if (spans[2 * it.group] >= 0 && spans[2 * it.group + 1] >= 0) {
      out.append(subj.view.data + spans[2 * it.group],
                 size_t(spans[2 * it.group + 1] - spans[2 * it.group]));
    }
  }
  return new_bytes(out);
}

namespace {

MatchObject* check_match(ThreadState* ts, Value self) {
  if (!self.is_object() || type_of(self) != &re_match_type) {
    set_error(ts, &TypeError_type, "descriptor requires a 're.Match' object");
    return nullptr;
  }
  return as_match(self);
}

void match_dealloc(Object* o) {
  MatchObject* m = static_cast<MatchObject*>(o);
  decref(m->pattern);
  decref(m->string);
  free_object(o);
}

void match_traverse(Object* o, const Visitor& visit) {
  MatchObject* m = static_cast<MatchObject*>(o);
  visit(m->pattern);
  visit(m->string);
}

// Resolves a group number or name (CPython's match_getindex).
bool group_index(ThreadState* ts, MatchObject* m, Value key, int64_t* out) {
  int64_t i = -1;
  if (is_int(key) || type_of(key)->index) {
    if (!index_to_i64(ts, key, &i, nullptr)) return false;
  } else {
    Dict* gi = static_cast<Dict*>(as_pattern(m->pattern)->groupindex.as_object());
    Ref v = dict_get(ts, gi, key);
    if (!v && ts->has_error()) return false;
    if (v && is_int(v.get()) && !index_to_i64(ts, v.get(), &i, nullptr)) return false;
  }
  if (i < 0 || i >= m->ngroups) {
    set_error(ts, &IndexError_type, "no such group");
    return false;
  }
  *out = i;
  return true;
}

Ref group_value(ThreadState* ts, MatchObject* m, int64_t g, Value deflt) {
  int64_t a = m->spans[2 * g], b = m->spans[2 * g + 1];
  if (a < 0 || b < 0) return Ref::borrow(deflt);
  Subject subj;
  if (!get_subject(ts, m->string, &subj)) return nullptr;
  if (b > subj.text.len) b = subj.text.len;
  if (a > b) a = b;
  return subject_slice(ts, subj, a, b);
}

Ref match_group(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  MatchObject* m = check_match(ts, self);
  if (!m) return nullptr;
  if (kw && kw->length) return no_kwargs(ts, "group", kw), nullptr;
  if (nargs == 0) return group_value(ts, m, 0, None());
  if (nargs == 1) {
    int64_t g;
    if (!group_index(ts, m, args[0], &g)) return nullptr;
    return group_value(ts, m, g, None());
  }
  Tuple* t = new_tuple_uninit(int64_t(nargs));
  if (!t) return set_no_memory(ts);
  Ref result = Ref::steal(Value(t));
  for (size_t i = 0; i < nargs; ++i) t->items[i] = Ref::borrow(None()).release();
  for (size_t i = 0; i < nargs; ++i) {
    int64_t g;
    if (!group_index(ts, m, args[i], &g)) return nullptr;
    Ref v = group_value(ts, m, g, None());
    if (!v) return nullptr;
    Value old = t->items[i];
    t->items[i] = v.release();
    decref(old);
  }
  return result;
}

Ref match_getitem(ThreadState* ts, Value self, Value key) {
  MatchObject* m = check_match(ts, self);
  if (!m) return nullptr;
  int64_t g;
  if (!group_index(ts, m, key, &g)) return nullptr;
  return group_value(ts, m, g, None());
}

Ref match_getitem_method(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1 || (kw && kw->length)) {
    set_errorf(ts, &TypeError_type, "expected 1 argument, got %zu", nargs);
    return nullptr;
  }
  return match_getitem(ts, self, args[0]);
}

Ref match_groups(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  MatchObject* m = check_match(ts, self);
  if (!m) return nullptr;
  Value deflt;
  if (!parse_args(ts, "groups", args, nargs, kw, {"default"}, 0, &deflt)) return nullptr;
  if (!deflt) deflt = None();
  Tuple* t = new_tuple_uninit(m->ngroups - 1);
  if (!t) return set_no_memory(ts);
  Ref result = Ref::steal(Value(t));
  for (int64_t g = 1; g < m->ngroups; ++g) t->items[g - 1] = Ref::borrow(None()).release();
  for (int64_t g = 1; g < m->ngroups; ++g) {
    Ref v = group_value(ts, m, g, deflt);
    if (!v) return nullptr;
    Value old = t->items[g - 1];
    t->items[g - 1] = v.release();
    decref(old);
  }
  return result;
}

Ref match_groupdict(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  MatchObject* m = check_match(ts, self);
  if (!m) return nullptr;
  Value deflt;
  if (!parse_args(ts, "groupdict", args, nargs, kw, {"default"}, 0, &deflt)) return nullptr;
  if (!deflt) deflt = None();
  Ref result = new_dict();
  if (!result) return nullptr;
  Dict* gi = static_cast<Dict*>(as_pattern(m->pattern)->groupindex.as_object());
  int64_t pos = 0;
  Ref key, value;
  while (dict_next(gi, &pos, &key, &value)) {
    int64_t g;
    if (!int_to_i64(ts, value.get(), &g)) return nullptr;
    Ref v = group_value(ts, m, g, deflt);
    if (!v || dict_set(ts, result.as<Dict>(), key.get(), v.get()) < 0) return nullptr;
  }
  if (ts->has_error()) return nullptr;
  return result;
}

bool optional_group(ThreadState* ts, MatchObject* m, const char* fname, const Value* args, size_t nargs,
                    Tuple* kw, int64_t* g) {
  Value v;
  if (!parse_args(ts, fname, args, nargs, kw, {"group"}, 0, &v, 1)) return false;
  *g = 0;
  return !v || group_index(ts, m, v, g);
}

Ref match_start(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  MatchObject* m = check_match(ts, self);
  int64_t g;
  if (!m || !optional_group(ts, m, "start", args, nargs, kw, &g)) return nullptr;
  return new_int(m->spans[2 * g]);
}

Ref match_end(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  MatchObject* m = check_match(ts, self);
  int64_t g;
  if (!m || !optional_group(ts, m, "end", args, nargs, kw, &g)) return nullptr;
  return new_int(m->spans[2 * g + 1]);
}

Ref span_tuple(int64_t a, int64_t b) {
  Ref x = new_int(a), y = new_int(b);
  return new_tuple({x.get(), y.get()});
}

Ref match_span(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  MatchObject* m = check_match(ts, self);
  int64_t g;
  if (!m || !optional_group(ts, m, "span", args, nargs, kw, &g)) return nullptr;
  return span_tuple(m->spans[2 * g], m->spans[2 * g + 1]);
}

Ref match_expand(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  MatchObject* m = check_match(ts, self);
  if (!m) return nullptr;
  Value tmpl;
  if (!parse_args(ts, "expand", args, nargs, kw, {"template"}, 1, &tmpl)) return nullptr;
  PatternObject* p = as_pattern(m->pattern);
  std::vector<TemplateItem> items;
  if (!compile_template(ts, p, tmpl, &items)) return nullptr;
  Subject subj;
  if (!get_subject(ts, m->string, &subj)) return nullptr;
  return expand_template(ts, p, subj, m->spans, items, tmpl);
}

Ref match_copy(ThreadState*, Value self, const Value*, size_t, Tuple*) { return Ref::borrow(self); }

Ref match_class_getitem(ThreadState* ts, Value cls, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1 || (kw && kw->length)) {
    set_error(ts, &TypeError_type, "__class_getitem__() takes exactly one argument");
    return nullptr;
  }
  return new_generic_alias(ts, cls, args[0]);
}

Ref match_repr(ThreadState* ts, Value self) {
  MatchObject* m = as_match(self);
  Ref g0 = group_value(ts, m, 0, None());
  if (!g0) return nullptr;
  Ref r = repr_of(ts, g0.get());
  if (!r) return nullptr;
  if (as_str(r.get())->length > 50) r = str_substr(as_str(r.get()), 0, 50);
  if (!r) return nullptr;
  return str_from_format("<re.Match object; span=(%lld, %lld), match=%s>",
                         static_cast<long long>(m->spans[0]), static_cast<long long>(m->spans[1]),
                         std::string(str_utf8(r.get())).c_str());
}

Ref match_get_string(ThreadState*, Value self) { return Ref::borrow(as_match(self)->string); }
Ref match_get_re(ThreadState*, Value self) { return Ref::borrow(as_match(self)->pattern); }
Ref match_get_pos(ThreadState*, Value self) { return new_int(as_match(self)->pos); }
Ref match_get_endpos(ThreadState*, Value self) { return new_int(as_match(self)->endpos); }
Ref match_get_lastindex(ThreadState*, Value self) {
  MatchObject* m = as_match(self);
  return m->lastindex < 0 ? new_none() : new_int(m->lastindex);
}
Ref match_get_lastgroup(ThreadState*, Value self) {
  MatchObject* m = as_match(self);
  if (m->lastindex < 0) return new_none();
  Tuple* names = static_cast<Tuple*>(as_pattern(m->pattern)->indexgroup.as_object());
  if (m->lastindex >= names->length) return new_none();
  return Ref::borrow(names->items[m->lastindex]);
}
Ref match_get_regs(ThreadState* ts, Value self) {
  MatchObject* m = as_match(self);
  Tuple* t = new_tuple_uninit(m->ngroups);
  if (!t) return set_no_memory(ts);
  Ref result = Ref::steal(Value(t));
  for (int64_t g = 0; g < m->ngroups; ++g) t->items[g] = Ref::borrow(None()).release();
  for (int64_t g = 0; g < m->ngroups; ++g) {
    Ref span = span_tuple(m->spans[2 * g], m->spans[2 * g + 1]);
    if (!span) return nullptr;
    Value old = t->items[g];
    t->items[g] = span.release();
    decref(old);
  }
  return result;
}

const MethodDef match_methods[] = {
    {"group", match_group, kMethInstance, nullptr},
    {"groups", match_groups, kMethInstance, nullptr},
    {"groupdict", match_groupdict, kMethInstance, nullptr},
    {"start", match_start, kMethInstance, nullptr},
    {"end", match_end, kMethInstance, nullptr},
    {"span", match_span, kMethInstance, nullptr},
    {"expand", match_expand, kMethInstance, nullptr},
    {"__getitem__", match_getitem_method, kMethInstance, nullptr},
    {"__copy__", match_copy, kMethInstance, nullptr},
    {"__deepcopy__", match_copy, kMethInstance, nullptr},
    {"__class_getitem__", match_class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef match_getsets[] = {
    {"string", match_get_string, nullptr, "The string passed to match() or search()."},
    {"re", match_get_re, nullptr, "The regular expression object."},
    {"pos", match_get_pos, nullptr, "The index into the string at which the RE engine started looking for a match."},
    {"endpos", match_get_endpos, nullptr, "The index into the string beyond which the RE engine will not go."},
    {"lastindex", match_get_lastindex, nullptr, "The integer index of the last matched capturing group."},
    {"lastgroup", match_get_lastgroup, nullptr, "The name of the last matched capturing group."},
    {"regs", match_get_regs, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void setup_re_match_type() {
  Type& t = re_match_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "re.Match";
  t.base = &object_type;
  t.basic_size = sizeof(MatchObject);
  t.flags = kTypeImmutable | kTypeHasGC;
  t.dealloc = match_dealloc;
  t.traverse = match_traverse;
  t.repr = match_repr;
  t.getitem = match_getitem;
  t.methods = match_methods;
  t.getsets = match_getsets;
  t.doc = "The result of re.match() and re.search().";
  register_static_type(&t);
}

}  // namespace rx
}  // namespace weft

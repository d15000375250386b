// Class creation: type.__new__ (metaclass resolution, C3 MRO, instance layout
// with __slots__/__dict__/__weakref__, __set_name__, __init_subclass__), the
// lifetime of heap types and their instances, __class__ assignment, pickling helpers.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "core/types/type_internal.h"
#include "core/vm/eval.h"

namespace weft {

// gc/heap.cc's alloc_object does not take a reference to a heap type for its
// instances. Until it does, heap types keep one extra reference forever (a
// class is never freed) so that an instance can never outlive its type.
constexpr bool kAllocIncrefsHeapTypes = false;

// ---- instance lifetime -------------------------------------------------------------
static Type* first_static_base(Type* t) {
  while (t && t->has_flag(kTypeHeap)) t = t->base;
  return t;
}

// "Exception ignored in: <obj>" plus the traceback, on sys.stderr.
static void report_unraisable(ThreadState* ts, const char* what, Value obj) {
  Ref exc = fetch_error(ts);
  Ref r = repr_of(ts, obj);
  if (!r) clear_error(ts);
  std::string line = std::string("Exception ignored in: ") + (r ? str_std(r.get()) : what) + "\n";
  Ref err = ts->interp && ts->interp->sys ? get_attr_str(ts, ts->interp->sys.get(), "stderr") : Ref();
  Ref text = new_str(line);
  if (err && text && !err.get().is(None())) {
    Value arg = text.get();
    if (!call_method(ts, err.get(), "write", &arg, 1)) clear_error(ts);
  } else {
    clear_error(ts);
    fputs(line.c_str(), stderr);
  }
  if (exc) print_exception(ts, exc.get());
}

// Runs __del__ once; returns true if the object must not be freed now (the
// finaliser ran and the final decref re-entered dealloc, or resurrected it).
static bool run_finalizer(Object* o) {
  Type* t = o->type;
  if (o->gc_bits.load(std::memory_order_relaxed) & kGcFinalized) return false;
  Ref del = type_lookup_ref(t, ID("__del__"));
  if (!del) return false;
  o->gc_bits.fetch_or(kGcFinalized, std::memory_order_relaxed);
  // Resurrect with one local reference owned by this thread.
  o->ref_shared.store(0, std::memory_order_relaxed);
  o->owner.store(current_thread_id(), std::memory_order_relaxed);
  o->ref_local.store(1, std::memory_order_relaxed);
  ThreadState* ts = current_thread_state();
  if (ts) {
    Ref saved = ts->has_error() ? fetch_error(ts) : Ref();
    Ref r = call_prepend(ts, del.get(), Value(o), nullptr, 0);
    if (!r) report_unraisable(ts, "__del__", del.get());
    if (saved) restore_error(ts, std::move(saved));
  }
  del = nullptr;
  decref(o);  // frees the object (re-entering dealloc) unless __del__ resurrected it
  return true;
}

void subtype_dealloc(Object* o) {
  if (run_finalizer(o)) return;
  Type* t = o->type;
  Type* k = t;
  for (; k && k->has_flag(kTypeHeap); k = k->base) {
    HeapType* h = static_cast<HeapType*>(k);
    if (!h->slot_names) continue;
    for (int64_t i = 0; i < h->slot_names->length; i++) {
      Value* s = member_slot(Value(o), h->slots_offset + 8 * i);
      Value v = *s;
      *s = Value();
      decref(v);
    }
  }
  if (t->dict_offset > 0 && (!k || k->dict_offset != t->dict_offset)) {
    Dict** slot = reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + t->dict_offset);
    Dict* d = *slot;
    *slot = nullptr;
    if (d) decref(dict_value(d));
  }
  if (k && k->dealloc)
    k->dealloc(o);
  else
    free_object(o);
  if (kAllocIncrefsHeapTypes) decref(Value(t));
}

void subtype_traverse(Object* o, const Visitor& visit) {
  Type* t = o->type;
  Type* k = t;
  for (; k && k->has_flag(kTypeHeap); k = k->base) {
    HeapType* h = static_cast<HeapType*>(k);
    if (!h->slot_names) continue;
    for (int64_t i = 0; i < h->slot_names->length; i++)
      visit(*member_slot(Value(o), h->slots_offset + 8 * i));
  }
  if (t->dict_offset > 0 && (!k || k->dict_offset != t->dict_offset)) {
    Dict* d = *reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + t->dict_offset);
    if (d) visit(dict_value(d));
  }
  if (kAllocIncrefsHeapTypes) visit(Value(t));  // only a counted reference may be reported
  if (k && k->traverse) k->traverse(o, visit);
}

// ---- type objects' lifetime -----------------------------------------------------------
void type_traverse(Object* o, const Visitor& visit) {
  Type* t = static_cast<Type*>(o);
  if (t->dict) visit(dict_value(t->dict));
  visit(Value(t->bases));
  visit(Value(t->mro));
  visit(Value(t->base));
  visit(Value(t->name_obj));
  visit(Value(t->qualname));
  visit(t->module);
  if (t->has_flag(kTypeHeap)) visit(Value(static_cast<HeapType*>(t)->slot_names));
}

void heap_type_dealloc(Object* o) {
  Type* t = static_cast<Type*>(o);
  if (!t->has_flag(kTypeHeap)) return;  // static types are immortal
  if (t->bases)
    for (int64_t i = 0; i < t->bases->length; i++)
      if (is_type(t->bases->items[i])) subclasses_remove(as_type(t->bases->items[i]), t);
  delete static_cast<std::vector<Type*>*>(t->subclasses);
  t->subclasses = nullptr;
  HeapType* h = static_cast<HeapType*>(t);
  if (t->dict) decref(dict_value(t->dict));
  xdecref(t->bases);
  xdecref(t->mro);
  xdecref(t->base);
  xdecref(t->name_obj);
  xdecref(t->qualname);
  decref(t->module);
  xdecref(h->slot_names);
  free(h->name_buf);
  free_object(o);
}

// ---- MRO ------------------------------------------------------------------------------
static const char* type_short_name(Value v) {
  return is_type(v) ? as_type(v)->name : type_name(v);
}

static Ref mro_error(ThreadState* ts, std::vector<std::vector<Value>>& lists,
                     std::vector<size_t>& pos) {
  std::vector<Value> heads;
  for (size_t i = 0; i < lists.size(); i++) {
    if (pos[i] >= lists[i].size()) continue;
    Value h = lists[i][pos[i]];
    if (std::find(heads.begin(), heads.end(), h) == heads.end()) heads.push_back(h);
  }
  std::string names;
  for (size_t i = 0; i < heads.size(); i++) {
    if (i) names += ", ";
    Ref n = get_attr_opt(ts, heads[i], ID("__name__"));
    names += n && is_str(n.get()) ? str_std(n.get()) : "?";
  }
  set_errorf(ts, &TypeError_type,
             "Cannot create a consistent method resolution\norder (MRO) for bases %s",
             names.c_str());
  return nullptr;
}

static Ref c3_mro(ThreadState* ts, Type* t) {
  Tuple* bases = t->bases;
  int64_t n = bases->length;
  if (n == 1 && is_type(bases->items[0]) && as_type(bases->items[0])->mro) {
    Tuple* bm = as_type(bases->items[0])->mro;
    Tuple* r = new_tuple_uninit(bm->length + 1);
    if (!r) return nullptr;
    incref(Value(t));
    r->items[0] = Value(t);
    for (int64_t i = 0; i < bm->length; i++) {
      incref(bm->items[i]);
      r->items[i + 1] = bm->items[i];
    }
    return Ref::steal(Value(r));
  }
  for (int64_t i = 0; i < n; i++)
    for (int64_t j = i + 1; j < n; j++)
      if (bases->items[i].is(bases->items[j])) {
        Ref name = get_attr_opt(ts, bases->items[i], ID("__name__"));
        set_errorf(ts, &TypeError_type, "duplicate base class %s",
                   name && is_str(name.get()) ? str_std(name.get()).c_str() : "?");
        return nullptr;
      }
  std::vector<std::vector<Value>> lists;
  for (int64_t i = 0; i < n; i++) {
    Type* b = as_type(bases->items[i]);
    std::vector<Value> l;
    if (b->mro)
      for (int64_t j = 0; j < b->mro->length; j++) l.push_back(b->mro->items[j]);
    else
      l.push_back(Value(b));
    lists.push_back(std::move(l));
  }
  lists.emplace_back(bases->items, bases->items + n);
  std::vector<size_t> pos(lists.size(), 0);
  std::vector<Value> result{Value(t)};
  auto in_tail = [&](Value c) {
    for (size_t i = 0; i < lists.size(); i++)
      for (size_t j = pos[i] + 1; j < lists[i].size(); j++)
        if (lists[i][j].is(c)) return true;
    return false;
  };
  for (;;) {
    bool empty = true, progressed = false;
    for (size_t i = 0; i < lists.size(); i++) {
      if (pos[i] >= lists[i].size()) continue;
      empty = false;
      Value cand = lists[i][pos[i]];
      if (in_tail(cand)) continue;
      result.push_back(cand);
      for (size_t k = 0; k < lists.size(); k++)
        if (pos[k] < lists[k].size() && lists[k][pos[k]].is(cand)) pos[k]++;
      progressed = true;
      break;
    }
    if (empty) break;
    if (!progressed) return mro_error(ts, lists, pos);
  }
  return new_tuple_from(result.data(), static_cast<int64_t>(result.size()));
}

static Type* solid_base(Type* t);

Ref compute_mro(ThreadState* ts, Type* t) {
  Type* meta = type_of(Value(t));
  if (meta != &type_type) {
    Ref custom = type_lookup_ref(meta, ID("mro"));
    Ref standard = type_lookup_ref(&type_type, ID("mro"));
    if (custom && !custom.get().is(standard.get())) {
      Ref m = get_attr(ts, Value(t), ID("mro"));
      if (!m) return nullptr;
      Ref res = call0(ts, m.get());
      if (!res) return nullptr;
      Ref tup = sequence_to_tuple(ts, res.get());
      if (!tup) return nullptr;
      Tuple* tt = tup.as<Tuple>();
      Type* solid = solid_base(t);
      for (int64_t i = 0; i < tt->length; i++) {
        if (!is_type(tt->items[i])) {
          set_errorf(ts, &TypeError_type, "mro() returned a non-class ('%s')",
                     type_name(tt->items[i]));
          return nullptr;
        }
        if (!is_subtype(solid, solid_base(as_type(tt->items[i])))) {
          set_errorf(ts, &TypeError_type, "mro() returned base with unsuitable layout ('%s')",
                     as_type(tt->items[i])->name);
          return nullptr;
        }
      }
      return tup;
    }
  }
  return c3_mro(ts, t);
}

// ---- layout ------------------------------------------------------------------------------
static bool extra_ivars(Type* t, Type* b) {
  size_t t_size = t->basic_size, b_size = b->basic_size;
  if (t->has_flag(kTypeHeap)) {
    if (t->weaklist_offset && !b->weaklist_offset &&
        size_t(t->weaklist_offset) + 8 == t_size)
      t_size -= 8;
    if (t->dict_offset > 0 && !b->dict_offset && size_t(t->dict_offset) + 8 == t_size) t_size -= 8;
  }
  return t_size != b_size || t->item_size != b->item_size;
}

static Type* solid_base(Type* t) {
  Type* base = t->base ? solid_base(t->base) : &object_type;
  return extra_ivars(t, base) ? t : base;
}

static Type* best_base(ThreadState* ts, Tuple* bases) {
  Type* base = nullptr;
  Type* winner = nullptr;
  for (int64_t i = 0; i < bases->length; i++) {
    Value b = bases->items[i];
    if (!is_type(b)) {
      set_error(ts, &TypeError_type, "bases must be types");
      return nullptr;
    }
    Type* bt = as_type(b);
    if (!bt->has_flag(kTypeBaseType)) {
      set_errorf(ts, &TypeError_type, "type '%s' is not an acceptable base type", bt->name);
      return nullptr;
    }
    Type* cand = solid_base(bt);
    if (!winner) {
      winner = cand;
      base = bt;
    } else if (is_subtype(winner, cand)) {
      // keep
    } else if (is_subtype(cand, winner)) {
      winner = cand;
      base = bt;
    } else {
      set_error(ts, &TypeError_type, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return base;
}

static Ref mangle(ThreadState* ts, Str* cls, Value name) {
  std::string_view n = str_utf8(name);
  if (n.size() < 2 || n[0] != '_' || n[1] != '_' || (n.size() >= 4 && n.substr(n.size() - 2) == "__") ||
      n.find('.') != std::string_view::npos)
    return Ref::borrow(name);
  std::string_view c = str_utf8(cls);
  while (!c.empty() && c[0] == '_') c.remove_prefix(1);
  if (c.empty()) return Ref::borrow(name);
  std::string r = "_" + std::string(c) + std::string(n);
  return new_str(r);
}

static bool is_identifier(std::string_view s) {
  if (s.empty()) return false;
  auto ok_first = [](unsigned char ch) { return ch == '_' || isalpha(ch) || ch >= 0x80; };
  if (!ok_first(s[0])) return false;
  for (unsigned char ch : s)
    if (!(ok_first(ch) || isdigit(ch))) return false;
  return true;
}

// ---- __dict__ / __weakref__ descriptors of heap types -------------------------------------
static Ref subtype_get_dict(ThreadState* ts, Value self) {
  Ref d = instance_dict(ts, self, true);
  if (!d && !ts->has_error()) raise_attribute_error(ts, self, ID("__dict__"));
  return d;
}

static int subtype_set_dict(ThreadState* ts, Value self, Value v) {
  Dict** slot = instance_dict_slot(self);
  if (!slot) {
    raise_attribute_error(ts, self, ID("__dict__"));
    return -1;
  }
  if (!v.is_null() && !is_dict(v)) {
    set_errorf(ts, &TypeError_type, "__dict__ must be set to a dictionary, not a '%s'",
               type_name(v));
    return -1;
  }
  Dict* nd = v.is_null() ? nullptr : as_dict(v);
  if (nd) incref(v);
  Dict* old = __atomic_exchange_n(slot, nd, __ATOMIC_ACQ_REL);
  if (old) decref(dict_value(old));
  return 0;
}

static Ref subtype_get_weakref(ThreadState*, Value) { return new_none(); }

static const GetSetDef subtype_dict_getset = {"__dict__", subtype_get_dict, subtype_set_dict,
                                              "dictionary for instance variables (if defined)"};
static const GetSetDef subtype_weakref_getset = {
    "__weakref__", subtype_get_weakref, nullptr, "list of weak references to the object (if defined)"};

// ---- type.__new__ ----------------------------------------------------------------------
static Type* calculate_metaclass(ThreadState* ts, Type* metatype, Tuple* bases) {
  Type* winner = metatype;
  for (int64_t i = 0; i < bases->length; i++) {
    Type* tmp = type_of(bases->items[i]);
    if (is_subtype(winner, tmp)) continue;
    if (is_subtype(tmp, winner)) {
      winner = tmp;
      continue;
    }
    set_error(ts, &TypeError_type,
              "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
              "subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

struct SlotsInfo {
  bool add_dict = false, add_weak = false;
  std::vector<Ref> names;  // mangled, sorted
};

static bool process_slots(ThreadState* ts, Str* name, Type* base, Dict* dict, SlotsInfo* out) {
  bool may_add_dict = base->dict_offset == 0;
  bool may_add_weak = base->weaklist_offset == 0 && base->item_size == 0;
  Ref slots = dict_get_str(ts, dict, ID("__slots__"));
  if (!slots) {
    if (ts->has_error()) return false;
    out->add_dict = may_add_dict;
    out->add_weak = may_add_weak;
    return true;
  }
  Ref tup = is_str(slots.get()) ? new_tuple({slots.get()}) : sequence_to_tuple(ts, slots.get());
  if (!tup) return false;
  Tuple* t = tup.as<Tuple>();
  for (int64_t i = 0; i < t->length; i++) {
    Value s = t->items[i];
    if (!is_str(s)) {
      set_errorf(ts, &TypeError_type, "__slots__ items must be strings, not '%s'", type_name(s));
      return false;
    }
    std::string_view sv = str_utf8(s);
    if (!is_identifier(sv)) {
      set_error(ts, &TypeError_type, "__slots__ must be identifiers");
      return false;
    }
    if (sv == "__dict__") {
      if (!may_add_dict || out->add_dict) {
        set_error(ts, &TypeError_type, "__dict__ slot disallowed: we already got one");
        return false;
      }
      out->add_dict = true;
      continue;
    }
    if (sv == "__weakref__") {
      if (!may_add_weak || out->add_weak) {
        set_error(ts, &TypeError_type,
                  "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        return false;
      }
      out->add_weak = true;
      continue;
    }
    Ref m = mangle(ts, name, s);
    if (!m) return false;
    Ref interned = intern_str_ref(ts, std::move(m));
    if (!interned) return false;
    int has = dict_contains(ts, dict, interned.get());
    if (has < 0) return false;
    if (has) {
      set_errorf(ts, &ValueError_type, "'%s' in __slots__ conflicts with class variable",
                 str_std(interned.get()).c_str());
      return false;
    }
    out->names.push_back(std::move(interned));
  }
  std::sort(out->names.begin(), out->names.end(), [](const Ref& a, const Ref& b) {
    return str_utf8(a.get()) < str_utf8(b.get());
  });
  for (size_t i = 1; i < out->names.size(); i++)
    if (out->names[i].get().is(out->names[i - 1].get())) {
      // CPython reports the duplicate through the member descriptor clash.
      set_errorf(ts, &ValueError_type, "'%s' in __slots__ conflicts with class variable",
                 str_std(out->names[i].get()).c_str());
      return false;
    }
  if (!out->names.empty() && base->item_size) {
    set_errorf(ts, &TypeError_type, "nonempty __slots__ not supported for subtype of '%s'",
               base->name);
    return false;
  }
  return true;
}

static int dict_set_default(ThreadState* ts, Dict* d, Str* key, Value v) {
  int has = dict_contains(ts, d, Value(key));
  if (has < 0) return -1;
  if (has) return 0;
  return dict_set(ts, d, Value(key), v);
}

// Wraps plain functions stored as __new__ (staticmethod) and
// __init_subclass__ / __class_getitem__ (classmethod), as CPython does.
static int wrap_implicit(ThreadState* ts, Dict* d, Str* key, bool classmethod) {
  Ref v = dict_get_str(ts, d, key);
  if (!v) return ts->has_error() ? -1 : 0;
  if (type_of(v.get()) != &function_type) return 0;
  Ref w = classmethod ? new_classmethod(v.get()) : new_staticmethod(v.get());
  if (!w) return -1;
  return dict_set(ts, d, Value(key), w.get());
}

static int call_set_names(ThreadState* ts, Type* type) {
  Ref items = dict_items_list(ts, type->dict);
  if (!items) return -1;
  List* l = items.as<List>();
  int64_t n = l->length.load(std::memory_order_relaxed);
  for (int64_t i = 0; i < n; i++) {
    Ref pair = Ref::borrow(l->items.load(std::memory_order_relaxed)[i]);
    Tuple* kv = pair.as<Tuple>();
    Ref f = lookup_special(ts, kv->items[1], ID("__set_name__"));
    if (!f) {
      if (ts->has_error()) return -1;
      continue;
    }
    Ref r = call2(ts, f.get(), Value(type), kv->items[0]);
    if (!r) {
      Ref cause = fetch_error(ts);
      Ref key_repr = repr_of(ts, kv->items[0]);
      if (!key_repr) return -1;
      set_errorf(ts, &RuntimeError_type, "Error calling __set_name__ on '%s' instance %s in '%s'",
                 type_name(kv->items[1]), str_std(key_repr.get()).c_str(), type->name);
      Ref exc = fetch_error(ts);
      exc_set_cause(exc.get(), cause.get());
      exc_set_context(exc.get(), cause.get());
      restore_error(ts, std::move(exc));
      return -1;
    }
  }
  return 0;
}

static int call_init_subclass(ThreadState* ts, Type* type, const Value* kwvalues, Tuple* kwnames) {
  Ref f = mro_lookup_after(type, type, ID("__init_subclass__"));
  if (!f) {
    if (ts->has_error()) return -1;
    return 0;
  }
  DescrGetFn get = type_of(f.get())->descr_get;
  Ref bound = get ? get(ts, f.get(), Value(), Value(type)) : f;
  if (!bound) return -1;
  Ref r = call(ts, bound.get(), kwvalues, 0, kwnames);
  return r ? 0 : -1;
}

static Ref type_new_impl(ThreadState* ts, Type* metatype, Str* name, Tuple* bases_in, Dict* ns,
                         const Value* kwvalues, Tuple* kwnames) {
  Ref bases_ref = bases_in->length ? Ref::borrow(Value(bases_in)) : new_tuple({Value(&object_type)});
  if (!bases_ref) return nullptr;
  Tuple* bases = bases_ref.as<Tuple>();
  Type* base = best_base(ts, bases);
  if (!base) return nullptr;
  std::string_view name_sv = str_utf8(name);
  if (name_sv.find('\0') != std::string_view::npos) {
    set_error(ts, &ValueError_type, "type name must not contain null characters");
    return nullptr;
  }
  Ref dict_ref = dict_copy(ts, ns);
  if (!dict_ref) return nullptr;
  Dict* dict = as_dict(dict_ref.get());

  SlotsInfo slots;
  if (!process_slots(ts, name, base, dict, &slots)) return nullptr;

  // __qualname__ is consumed; __module__ defaults to the caller's __name__.
  Ref qualname = dict_get_str(ts, dict, ID("__qualname__"));
  if (qualname) {
    if (!is_str(qualname.get())) {
      set_errorf(ts, &TypeError_type, "type __qualname__ must be a str, not %s",
                 type_name(qualname.get()));
      return nullptr;
    }
    if (dict_del(ts, dict, Value(ID("__qualname__"))) < 0) return nullptr;
  } else if (ts->has_error()) {
    return nullptr;
  }
  {
    int has = dict_contains(ts, dict, Value(ID("__module__")));
    if (has < 0) return nullptr;
    if (!has) {
      if (Dict* g = current_globals(ts)) {
        Ref modname = dict_get_str(ts, g, ID("__name__"));
        if (modname && dict_set(ts, dict, Value(ID("__module__")), modname.get()) < 0)
          return nullptr;
        if (ts->has_error()) return nullptr;
      }
    }
  }
  // collections.abc marks Sequence/Mapping with __abc_tpflags__ (CPython's
  // _abc consumes it the same way): the flags drive match statements.
  uint64_t abc_flags = 0;
  if (Ref f = dict_get_str(ts, dict, ID("__abc_tpflags__"))) {
    int64_t bits = 0;
    if (is_int(f.get()) && int_to_i64(ts, f.get(), &bits)) {
      if (bits & (1 << 5)) abc_flags |= kTypeSequence;
      if (bits & (1 << 6)) abc_flags |= kTypeMapping;
    }
    clear_error(ts);
    if (dict_del(ts, dict, Value(ID("__abc_tpflags__"))) < 0) return nullptr;
  } else if (ts->has_error()) {
    return nullptr;
  }
  if (wrap_implicit(ts, dict, ID("__new__"), false) < 0 ||
      wrap_implicit(ts, dict, ID("__init_subclass__"), true) < 0 ||
      wrap_implicit(ts, dict, ID("__class_getitem__"), true) < 0)
    return nullptr;

  Object* mem = alloc_object(metatype, metatype->basic_size);
  if (!mem) return set_no_memory(ts);
  Ref type_ref = Ref::steal(Value(mem));
  HeapType* h = static_cast<HeapType*>(mem);
  h->flags = kTypeHeap | kTypeBaseType | kTypeHasGC | (base->flags & kTypeInheritedFlags);
  if (abc_flags) h->flags = (h->flags & ~uint64_t(kTypeSequence | kTypeMapping)) | abc_flags;
  h->name_buf = static_cast<char*>(malloc(name_sv.size() + 1));
  if (!h->name_buf) return set_no_memory(ts);
  memcpy(h->name_buf, name_sv.data(), name_sv.size());
  h->name_buf[name_sv.size()] = 0;
  h->name = h->name_buf;
  incref(Value(name));
  h->name_obj = name;
  Str* qn = qualname ? as_str_obj(qualname.get()) : name;
  incref(Value(qn));
  h->qualname = qn;
  incref(Value(base));
  h->base = base;
  h->bases = static_cast<Tuple*>(bases_ref.release().as_object());
  h->dict = as_dict(dict_ref.release());
  h->dealloc = subtype_dealloc;
  h->traverse = subtype_traverse;
  // Type::module mirrors __module__ for native readers (tracebacks).
  if (Ref mod = dict_get_str(ts, h->dict, ID("__module__"))) h->module = mod.release();
  if (ts->has_error()) return nullptr;

  // Layout: base fields, our __slots__, then __dict__ and __weakref__.
  int64_t size = static_cast<int64_t>(base->basic_size);
  h->item_size = base->item_size;
  h->dict_offset = base->dict_offset;
  h->weaklist_offset = base->weaklist_offset;
  h->slots_offset = size;
  if (!slots.names.empty()) {
    std::vector<Value> vals;
    for (auto& r : slots.names) vals.push_back(r.get());
    Ref names = new_tuple_from(vals.data(), static_cast<int64_t>(vals.size()));
    if (!names) return nullptr;
    h->slot_names = static_cast<Tuple*>(names.release().as_object());
    for (size_t i = 0; i < slots.names.size(); i++) {
      Ref md = new_member_descr(h, as_str_obj(slots.names[i].get()), size + 8 * int64_t(i));
      if (!md || dict_set(ts, h->dict, slots.names[i].get(), md.get()) < 0) return nullptr;
    }
    size += 8 * static_cast<int64_t>(slots.names.size());
  }
  if (slots.add_dict) {
    h->dict_offset = size;
    h->added_dict = true;
    size += 8;
  }
  if (slots.add_weak) {
    h->weaklist_offset = size;
    h->added_weaklist = true;
    size += 8;
  }
  h->basic_size = static_cast<size_t>(size);
  if (slots.add_dict) {
    Ref d = new_getset_descr(h, &subtype_dict_getset);
    if (!d || dict_set_default(ts, h->dict, ID("__dict__"), d.get()) < 0) return nullptr;
  }
  if (slots.add_weak) {
    Ref d = new_getset_descr(h, &subtype_weakref_getset);
    if (!d || dict_set_default(ts, h->dict, ID("__weakref__"), d.get()) < 0) return nullptr;
  }
  if (dict_set_default(ts, h->dict, ID("__doc__"), None()) < 0) return nullptr;
  {
    int has_eq = dict_contains(ts, h->dict, Value(ID("__eq__")));
    if (has_eq < 0) return nullptr;
    if (has_eq && dict_set_default(ts, h->dict, ID("__hash__"), None()) < 0) return nullptr;
  }
  // __classcell__: the compiler's cell for zero-argument super().
  Ref cell = dict_get_str(ts, h->dict, ID("__classcell__"));
  if (cell) {
    if (type_of(cell.get()) != &cell_type) {
      Ref r = repr_of(ts, Value(type_of(cell.get())));
      set_errorf(ts, &TypeError_type, "__classcell__ must be a nonlocal cell, not %s",
                 r ? str_std(r.get()).c_str() : "?");
      return nullptr;
    }
    cell_set(static_cast<Cell*>(cell.obj()), Value(h));
    if (dict_del(ts, h->dict, Value(ID("__classcell__"))) < 0) return nullptr;
  } else if (ts->has_error()) {
    return nullptr;
  }

  Ref mro = compute_mro(ts, h);
  if (!mro) return nullptr;
  h->mro = static_cast<Tuple*>(mro.release().as_object());
  fixup_slots(h);
  if (!h->new_ && base->new_) h->new_ = base->new_;
  for (int64_t i = 0; i < h->bases->length; i++) subclasses_add(as_type(h->bases->items[i]), h);
  h->flags |= kTypeReady;
  if (!kAllocIncrefsHeapTypes) incref(Value(h));  // see kAllocIncrefsHeapTypes

  if (call_set_names(ts, h) < 0) return nullptr;
  if (call_init_subclass(ts, h, kwvalues, kwnames) < 0) return nullptr;
  return type_ref;
}

Ref type_new(ThreadState* ts, Type* metatype, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? kwnames->length : 0;
  if (nargs != 3) {
    if (metatype == &type_type && nargs == 1 && nkw == 0)
      return Ref::borrow(Value(type_of(args[0])));
    set_errorf(ts, &TypeError_type, "type.__new__() takes exactly 3 arguments (%zu given)",
               nargs);
    return nullptr;
  }
  if (!is_str(args[0])) {
    set_errorf(ts, &TypeError_type, "type.__new__() argument 1 must be str, not %s",
               type_name(args[0]));
    return nullptr;
  }
  if (!is_tuple(args[1])) {
    set_errorf(ts, &TypeError_type, "type.__new__() argument 2 must be tuple, not %s",
               type_name(args[1]));
    return nullptr;
  }
  if (!is_dict(args[2])) {
    set_errorf(ts, &TypeError_type, "type.__new__() argument 3 must be dict, not %s",
               type_name(args[2]));
    return nullptr;
  }
  Tuple* bases = static_cast<Tuple*>(args[1].as_object());
  Type* winner = calculate_metaclass(ts, metatype, bases);
  if (!winner) return nullptr;
  if (winner != metatype) {
    if (winner->new_ != type_new) return winner->new_(ts, winner, args, nargs, kwnames);
    metatype = winner;
  }
  return type_new_impl(ts, metatype, as_str_obj(args[0]), bases, as_dict(args[2]), args + 3,
                       kwnames);
}

Ref new_class(ThreadState* ts, Type* metatype, Str* name, Tuple* bases, Dict* ns,
              Tuple* kwnames_and_values) {
  std::vector<Value> args{Value(name), Value(bases), dict_value(ns)};
  Ref kwnames;
  if (kwnames_and_values && kwnames_and_values->length) {
    int64_t n = kwnames_and_values->length / 2;
    Tuple* kn = new_tuple_uninit(n);
    if (!kn) return nullptr;
    kwnames = Ref::steal(Value(kn));
    for (int64_t i = 0; i < n; i++) {
      Value k = kwnames_and_values->items[2 * i];
      incref(k);
      kn->items[i] = k;
      args.push_back(kwnames_and_values->items[2 * i + 1]);
    }
  }
  return call(ts, Value(metatype), args.data(), 3, kwnames ? kwnames.as<Tuple>() : nullptr);
}

// ---- __bases__ assignment ------------------------------------------------------------------
int type_set_bases(ThreadState* ts, Type* t, Value v) {
  if (!is_tuple(v)) {
    set_errorf(ts, &TypeError_type, "can only assign tuple to %s.__bases__, not %s", t->name,
               type_name(v));
    return -1;
  }
  Tuple* nb = static_cast<Tuple*>(v.as_object());
  if (nb->length == 0) {
    set_errorf(ts, &TypeError_type, "can only assign non-empty tuple to %s.__bases__, not ()",
               t->name);
    return -1;
  }
  for (int64_t i = 0; i < nb->length; i++) {
    if (!is_type(nb->items[i])) {
      set_errorf(ts, &TypeError_type, "%s.__bases__ must be tuple of classes, not '%s'", t->name,
                 type_name(nb->items[i]));
      return -1;
    }
    if (is_subtype(as_type(nb->items[i]), t)) {
      set_error(ts, &TypeError_type, "a __bases__ item causes an inheritance cycle");
      return -1;
    }
  }
  Type* new_base = best_base(ts, nb);
  if (!new_base) return -1;
  if (solid_base(new_base) != solid_base(t->base)) {
    set_errorf(ts, &TypeError_type, "__bases__ assignment: '%s' object layout differs from '%s'",
               new_base->name, t->base->name);
    return -1;
  }
  Tuple* old_bases = t->bases;
  Type* old_base = t->base;
  Tuple* old_mro = t->mro;
  incref(v);
  t->bases = nb;
  incref(Value(new_base));
  t->base = new_base;
  Ref mro = compute_mro(ts, t);
  if (!mro) {
    decref(v);
    decref(Value(new_base));
    t->bases = old_bases;
    t->base = old_base;
    return -1;
  }
  t->mro = static_cast<Tuple*>(mro.release().as_object());
  for (int64_t i = 0; i < old_bases->length; i++)
    subclasses_remove(as_type(old_bases->items[i]), t);
  for (int64_t i = 0; i < nb->length; i++) subclasses_add(as_type(nb->items[i]), t);
  xdecref(old_bases);
  xdecref(old_base);
  xdecref(old_mro);
  type_modified(t);
  update_slots_after_set(t, ID("__bases__"));
  return 0;
}

// ---- __class__ assignment -------------------------------------------------------------------
static bool same_slots_added(Type* a, Type* b) {
  if (a->basic_size != b->basic_size || a->item_size != b->item_size) return false;
  if (a->dict_offset != b->dict_offset || a->weaklist_offset != b->weaklist_offset) return false;
  Tuple* sa = a->has_flag(kTypeHeap) ? static_cast<HeapType*>(a)->slot_names : nullptr;
  Tuple* sb = b->has_flag(kTypeHeap) ? static_cast<HeapType*>(b)->slot_names : nullptr;
  int64_t na = sa ? sa->length : 0, nb = sb ? sb->length : 0;
  if (na != nb) return false;
  for (int64_t i = 0; i < na; i++)
    if (!str_equal(as_str_obj(sa->items[i]), as_str_obj(sb->items[i]))) return false;
  return true;
}

static bool compatible_with_base(Type* t) {
  Type* b = t->base;
  return b && t->has_flag(kTypeHeap) && t->basic_size == b->basic_size &&
         t->item_size == b->item_size && t->dict_offset == b->dict_offset &&
         t->weaklist_offset == b->weaklist_offset &&
         (t->flags & kTypeHasGC) == (b->flags & kTypeHasGC);
}

int object_set_class(ThreadState* ts, Value self, Value v) {
  if (v.is_null()) {
    set_error(ts, &TypeError_type, "can't delete __class__ attribute");
    return -1;
  }
  if (!is_type(v)) {
    set_errorf(ts, &TypeError_type, "__class__ must be set to a class, not '%s' object",
               type_name(v));
    return -1;
  }
  Type* newto = as_type(v);
  Type* oldto = type_of(self);
  bool modules = is_subtype(newto, &module_type) && is_subtype(oldto, &module_type);
  if (!modules && (!newto->has_flag(kTypeHeap) || !oldto->has_flag(kTypeHeap) || self.is_small_int())) {
    set_error(ts, &TypeError_type,
              "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  Type* nb = newto;
  Type* ob = oldto;
  while (compatible_with_base(nb)) nb = nb->base;
  while (compatible_with_base(ob)) ob = ob->base;
  if (nb != ob && (nb->base != ob->base || !same_slots_added(nb, ob))) {
    set_errorf(ts, &TypeError_type, "__class__ assignment: '%s' object layout differs from '%s'",
               newto->name, oldto->name);
    return -1;
  }
  if (kAllocIncrefsHeapTypes && newto->has_flag(kTypeHeap)) incref(Value(newto));
  __atomic_store_n(&self.as_object()->type, newto, __ATOMIC_RELEASE);
  if (kAllocIncrefsHeapTypes && oldto->has_flag(kTypeHeap)) decref(Value(oldto));
  return 0;
}

// ---- pickling helpers ------------------------------------------------------------------------
// copyreg.__newobj__(cls, *args): cls.__new__(cls, *args).
static Ref newobj_fn(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs < 1) {
    set_error(ts, &TypeError_type, "__newobj__() missing 1 required positional argument: 'cls'");
    return nullptr;
  }
  Ref f = get_attr(ts, args[0], ID("__new__"));
  if (!f) return nullptr;
  return call(ts, f.get(), args, nargs, kw);
}

// copyreg.__newobj_ex__(cls, args, kwargs): cls.__new__(cls, *args, **kwargs).
static Ref newobj_ex_fn(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 3 || !is_tuple(args[1]) || !is_dict(args[2])) {
    set_error(ts, &TypeError_type, "__newobj_ex__() takes (cls, args, kwargs)");
    return nullptr;
  }
  Ref f = get_attr(ts, args[0], ID("__new__"));
  if (!f) return nullptr;
  Tuple* a = static_cast<Tuple*>(args[1].as_object());
  std::vector<Value> all{args[0]};
  all.insert(all.end(), a->items, a->items + a->length);
  Ref t = new_tuple_from(all.data(), static_cast<int64_t>(all.size()));
  if (!t) return nullptr;
  return call_tuple_dict(ts, f.get(), t.as<Tuple>(), as_dict(args[2]));
}

static const MethodDef newobj_def = {"__newobj__", newobj_fn, kMethStatic, nullptr};
static const MethodDef newobj_ex_def = {"__newobj_ex__", newobj_ex_fn, kMethStatic, nullptr};

static Ref slot_names_of(ThreadState* ts, Type* t) {
  Ref list = new_list(0);
  if (!list || !t->mro) return list;
  for (int64_t i = t->mro->length - 1; i >= 0; i--) {
    Type* k = as_type(t->mro->items[i]);
    if (!k->has_flag(kTypeHeap)) continue;
    Tuple* s = static_cast<HeapType*>(k)->slot_names;
    if (!s) continue;
    for (int64_t j = 0; j < s->length; j++)
      if (list_append(ts, list.as<List>(), s->items[j]) < 0) return nullptr;
  }
  return list;
}

static Ref object_getstate_impl(ThreadState* ts, Value self, bool required) {
  Type* t = type_of(self);
  if (required && t->item_size) {
    set_errorf(ts, &TypeError_type, "cannot pickle '%s' object", t->name);
    return nullptr;
  }
  Ref state;
  Ref d = instance_dict(ts, self, false);
  if (d && dict_size(as_dict(d.get())) > 0)
    state = d;
  else
    state = new_none();
  Ref names = slot_names_of(ts, t);
  if (!names) return nullptr;
  List* nl = names.as<List>();
  int64_t n = nl->length.load(std::memory_order_relaxed);
  if (required) {
    size_t basic = object_type.basic_size;
    if (t->dict_offset) basic += 8;
    if (t->weaklist_offset) basic += 8;
    basic += 8 * size_t(n);
    if (t->basic_size > basic) {
      set_errorf(ts, &TypeError_type, "cannot pickle '%s' object", t->name);
      return nullptr;
    }
  }
  if (n > 0) {
    Ref slots = new_dict();
    if (!slots) return nullptr;
    for (int64_t i = 0; i < n; i++) {
      Value name = nl->items.load(std::memory_order_relaxed)[i];
      Ref v = get_attr_opt(ts, self, as_str_obj(name));
      if (!v) {
        if (ts->has_error()) return nullptr;
        continue;
      }
      if (dict_set(ts, as_dict(slots.get()), name, v.get()) < 0) return nullptr;
    }
    if (dict_size(as_dict(slots.get())) > 0) return new_tuple({state.get(), slots.get()});
  }
  return state;
}

Ref object_getstate(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_kwargs(ts, "__getstate__", kw)) return nullptr;
  return object_getstate_impl(ts, self, false);
}

static Ref get_state(ThreadState* ts, Value self, bool required) {
  Ref gs = get_attr(ts, self, ID("__getstate__"));
  if (!gs) return nullptr;
  // The default __getstate__ gets the "required" check.
  if (type_of(gs.get()) == &builtin_function_type &&
      static_cast<NativeFunction*>(gs.obj())->def->fn == object_getstate)
    return object_getstate_impl(ts, self, required);
  return call0(ts, gs.get());
}

static Ref reduce_newobj(ThreadState* ts, Value self) {
  Type* t = type_of(self);
  if (!t->new_) {
    set_errorf(ts, &TypeError_type, "cannot pickle '%s' object", t->name);
    return nullptr;
  }
  Ref args, kwargs;
  if (Ref f = lookup_special(ts, self, ID("__getnewargs_ex__"))) {
    Ref r = call0(ts, f.get());
    if (!r) return nullptr;
    if (!is_tuple(r.get()) || r.as<Tuple>()->length != 2) {
      set_errorf(ts, &TypeError_type, "__getnewargs_ex__ should return a tuple of length 2, not '%s'",
                 type_name(r.get()));
      return nullptr;
    }
    args = Ref::borrow(r.as<Tuple>()->items[0]);
    kwargs = Ref::borrow(r.as<Tuple>()->items[1]);
    if (!is_tuple(args.get()) || !is_dict(kwargs.get())) {
      set_error(ts, &TypeError_type, "__getnewargs_ex__ should return (tuple, dict)");
      return nullptr;
    }
  } else if (ts->has_error()) {
    return nullptr;
  } else if (Ref g = lookup_special(ts, self, ID("__getnewargs__"))) {
    args = call0(ts, g.get());
    if (!args) return nullptr;
    if (!is_tuple(args.get())) {
      set_errorf(ts, &TypeError_type, "__getnewargs__ should return a tuple, not '%s'",
                 type_name(args.get()));
      return nullptr;
    }
  } else if (ts->has_error()) {
    return nullptr;
  }
  bool hasargs = bool(args);
  if (!args) args = Ref::borrow(Value(empty_tuple()));
  Ref modname = new_str("copyreg");
  if (!modname) return nullptr;
  Ref newobj, newargs;
  Tuple* a = args.as<Tuple>();
  if (!kwargs || dict_size(as_dict(kwargs.get())) == 0) {
    newobj = new_native_function(&newobj_def, Value(), modname.get());
    std::vector<Value> all{Value(t)};
    all.insert(all.end(), a->items, a->items + a->length);
    newargs = new_tuple_from(all.data(), static_cast<int64_t>(all.size()));
  } else {
    newobj = new_native_function(&newobj_ex_def, Value(), modname.get());
    newargs = new_tuple({Value(t), args.get(), kwargs.get()});
  }
  if (!newobj || !newargs) return nullptr;
  bool is_l = is_list(self), is_d = is_dict(self);
  Ref state = get_state(ts, self, !hasargs && !is_l && !is_d);
  if (!state) return nullptr;
  Ref listitems = new_none(), dictitems = new_none();
  if (is_l) {
    listitems = get_iter(ts, self);
    if (!listitems) return nullptr;
  }
  if (is_d) {
    Ref items = call_method(ts, self, "items", nullptr, 0);
    if (!items) return nullptr;
    dictitems = get_iter(ts, items.get());
    if (!dictitems) return nullptr;
  }
  return new_tuple({newobj.get(), newargs.get(), state.get(), listitems.get(), dictitems.get()});
}

Ref object_reduce(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_kwargs(ts, "__reduce__", kw)) return nullptr;
  return reduce_newobj(ts, self);
}

Ref object_reduce_ex(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value proto;
  if (!parse_args(ts, "object.__reduce_ex__", args, nargs, kw, {"protocol"}, 1, &proto, 1)) return nullptr;
  Ref own = type_lookup_ref(type_of(self), ID("__reduce__"));
  Ref base = type_lookup_ref(&object_type, ID("__reduce__"));
  if (own && !own.get().is(base.get())) {
    Ref f = get_attr(ts, self, ID("__reduce__"));
    if (!f) return nullptr;
    return call0(ts, f.get());
  }
  if (ts->has_error()) return nullptr;
  return reduce_newobj(ts, self);
}

}  // namespace weft

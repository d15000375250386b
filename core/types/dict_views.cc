// dict views (dict_keys, dict_values, dict_items) with their set algebra, and
// the six dict iterators (forward and reversed keys/values/items), which raise
// "dictionary changed size during iteration" as CPython's do.
#include "core/types/dict.h"

#include "core/types/container_util.h"
#include "core/types/set.h"

namespace weft {

Type dict_keys_type, dict_values_type, dict_items_type;
Type dict_keyiter_type, dict_valueiter_type, dict_itemiter_type;
Type dict_revkeyiter_type, dict_revvalueiter_type, dict_revitemiter_type;

namespace {

struct DictView : Object {
  Dict* dict;
};

// Iterator state is read and written under the dict's lock.
struct DictIter : Object {
  Dict* dict;
  int64_t used;       // len(dict) at creation; -1 once a size change was seen (sticky)
  int64_t pos;        // next entry index (reverse: next index to try, counting down)
  int64_t remaining;  // items still expected
  bool done;
};

DictKeys* keys_of(const Dict* d) { return d->keys.load(std::memory_order_relaxed); }
DictView* as_view(Value v) { return static_cast<DictView*>(v.as_object()); }
bool is_keys_view(Value v) { return type_of(v) == &dict_keys_type; }
bool is_items_view(Value v) { return type_of(v) == &dict_items_type; }
bool is_set_like_view(Value v) { return is_keys_view(v) || is_items_view(v); }

bool iter_is_reverse(Type* t) {
  return t == &dict_revkeyiter_type || t == &dict_revvalueiter_type || t == &dict_revitemiter_type;
}

enum class Yield { Key, Value, Item };
Yield yield_of(Type* t) {
  if (t == &dict_keyiter_type || t == &dict_revkeyiter_type) return Yield::Key;
  if (t == &dict_valueiter_type || t == &dict_revvalueiter_type) return Yield::Value;
  return Yield::Item;
}

// ---- iterators ----------------------------------------------------------------------

Ref dict_iter_next(ThreadState* ts, Value self) {
  DictIter* it = static_cast<DictIter*>(self.as_object());
  Dict* d = it->dict;
  bool reverse = iter_is_reverse(it->type);
  Ref key, value;
  {
    ObjLock g(d);
    if (it->done) return nullptr;
    if (it->used != dict_len(d)) {
      it->used = -1;
      g.unlock();
      set_error(ts, &RuntimeError_type, "dictionary changed size during iteration");
      return nullptr;
    }
    DictKeys* t = keys_of(d);
    int64_t n = t ? t->nentries : 0;
    int64_t i = it->pos;
    if (reverse) {
      if (i >= n) i = n - 1;
      while (i >= 0 && t->entries[i].key.is_null()) i--;
      if (i < 0) {
        it->done = true;
        return nullptr;
      }
    } else {
      while (i < n && t->entries[i].key.is_null()) i++;
      if (i >= n) {
        it->done = true;
        return nullptr;
      }
    }
    if (it->remaining == 0) {
      it->done = true;
      g.unlock();
      set_error(ts, &RuntimeError_type, "dictionary keys changed during iteration");
      return nullptr;
    }
    it->pos = reverse ? i - 1 : i + 1;
    it->remaining--;
    key = Ref::borrow(t->entries[i].key);
    value = Ref::borrow(t->entries[i].value);
  }
  switch (yield_of(it->type)) {
    case Yield::Key: return key;
    case Yield::Value: return value;
    default: break;
  }
  Ref pair = new_tuple({key.get(), value.get()});
  if (!pair) return set_no_memory(ts);
  return pair;
}

Ref dict_iter_length_hint(ThreadState*, Value self, const Value*, size_t, Tuple*) {
  DictIter* it = static_cast<DictIter*>(self.as_object());
  int64_t n;
  {
    ObjLock g(it->dict);
    n = (!it->done && it->used == dict_len(it->dict)) ? it->remaining : 0;
  }
  return new_int(n);
}

void dict_iter_dealloc(Object* o) {
  decref(static_cast<DictIter*>(o)->dict);
  free_object(o);
}
void dict_iter_traverse(Object* o, const Visitor& visit) { visit(static_cast<DictIter*>(o)->dict); }

const MethodDef dict_iter_methods[] = {
    {"__length_hint__", dict_iter_length_hint, kMethInstance, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- views: basics ---------------------------------------------------------------------

int64_t view_len(ThreadState*, Value self) { return dict_len(as_view(self)->dict); }

Type* iter_type_for(Type* view_type, bool reverse) {
  if (view_type == &dict_keys_type) return reverse ? &dict_revkeyiter_type : &dict_keyiter_type;
  if (view_type == &dict_values_type) return reverse ? &dict_revvalueiter_type : &dict_valueiter_type;
  return reverse ? &dict_revitemiter_type : &dict_itemiter_type;
}

Ref view_iter(ThreadState* ts, Value self) {
  return new_dict_iter(ts, iter_type_for(type_of(self), false), as_view(self)->dict);
}

Ref view_reversed(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return new_dict_iter(ts, iter_type_for(type_of(self), true), as_view(self)->dict);
}

Ref view_repr(ThreadState* ts, Value self) {
  int rc = repr_enter(ts, self);
  if (rc < 0) return nullptr;
  if (rc > 0) return new_str("...");
  Ref list = sequence_to_list(ts, self);
  Ref r = list ? repr_of(ts, list.get()) : Ref();
  repr_leave(ts, self);
  if (!r) return nullptr;
  return new_str(std::string(type_of(self)->name) + "(" + std::string(str_utf8(r.get())) + ")");
}

Ref view_mapping(ThreadState* ts, Value self) {
  Ref r = new_mappingproxy(Value(as_view(self)->dict));
  if (!r) return set_no_memory(ts);
  return r;
}

void view_dealloc(Object* o) {
  decref(static_cast<DictView*>(o)->dict);
  free_object(o);
}
void view_traverse(Object* o, const Visitor& visit) { visit(static_cast<DictView*>(o)->dict); }

int keys_contains(ThreadState* ts, Value self, Value key) { return dict_contains(ts, as_view(self)->dict, key); }

int items_contains(ThreadState* ts, Value self, Value item) {
  if (!is_tuple(item) || static_cast<Tuple*>(item.as_object())->length != 2) return 0;
  Tuple* t = static_cast<Tuple*>(item.as_object());
  Ref found = dict_get(ts, as_view(self)->dict, t->items[0]);
  if (!found) return ts->has_error() ? -1 : 0;
  return rich_compare_bool(ts, found.get(), t->items[1], CmpOp::Eq);
}

// ---- views: set algebra ------------------------------------------------------------------

// `item in container` for a set-like view or anything else.
int view_or_generic_contains(ThreadState* ts, Value container, Value item) {
  if (is_keys_view(container)) return keys_contains(ts, container, item);
  if (is_items_view(container)) return items_contains(ts, container, item);
  return contains(ts, container, item);
}

int all_contained_in(ThreadState* ts, Value self, Value other) {
  Ref it = get_iter(ts, self);
  if (!it) return -1;
  for (;;) {
    Ref item = iter_next(ts, it.get());
    if (!item) return ts->has_error() ? -1 : 1;
    int r = view_or_generic_contains(ts, other, item.get());
    if (r <= 0) return r;
  }
}

Ref view_richcompare(ThreadState* ts, Value self, Value other, CmpOp op) {
  if (!is_set_like_view(self) || (!is_anyset(other) && !is_set_like_view(other))) return new_notimpl();
  int64_t ls = length_of(ts, self);
  if (ls < 0) return nullptr;
  int64_t lo = length_of(ts, other);
  if (lo < 0) return nullptr;
  int ok = 0;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne:
      if (ls == lo) ok = all_contained_in(ts, self, other);
      if (op == CmpOp::Ne && ok >= 0) ok = !ok;
      break;
    case CmpOp::Lt: if (ls < lo) ok = all_contained_in(ts, self, other); break;
    case CmpOp::Le: if (ls <= lo) ok = all_contained_in(ts, self, other); break;
    case CmpOp::Gt: if (ls > lo) ok = all_contained_in(ts, other, self); break;
    case CmpOp::Ge: if (ls >= lo) ok = all_contained_in(ts, other, self); break;
  }
  if (ok < 0) return nullptr;
  return new_bool(ok != 0);
}

// set(self), with the dict itself as the source for a keys view (faster).
Ref view_to_set(ThreadState* ts, Value self) {
  if (is_keys_view(self) && is_exact_dict(Value(as_view(self)->dict))) return new_set(ts, Value(as_view(self)->dict));
  return new_set(ts, self);
}

Ref views_and(ThreadState* ts, Value self, Value other) {
  if (!is_set_like_view(self)) std::swap(self, other);
  if (!is_set_like_view(self)) return new_notimpl();
  int64_t len_self = dict_len(as_view(self)->dict);
  if (type_of(other) == &set_type && len_self <= set_size(static_cast<Set*>(other.as_object())))
    return set_intersection_internal(ts, static_cast<Set*>(other.as_object()), self);
  if (is_set_like_view(other) && dict_len(as_view(other)->dict) > len_self) std::swap(self, other);
  Ref result = new_set(ts, Value());
  if (!result) return nullptr;
  Ref it = get_iter(ts, other);
  if (!it) return nullptr;
  for (;;) {
    Ref key = iter_next(ts, it.get());
    if (!key) return ts->has_error() ? nullptr : result;
    int r = is_keys_view(self) ? keys_contains(ts, self, key.get()) : items_contains(ts, self, key.get());
    if (r < 0) return nullptr;
    if (r && set_add(ts, result.as<Set>(), key.get()) < 0) return nullptr;
  }
}

Ref views_or(ThreadState* ts, Value self, Value other) {
  if (!is_set_like_view(self) && !is_set_like_view(other)) return new_notimpl();
  Ref result = view_to_set(ts, self);
  if (!result) return nullptr;
  if (set_update_internal(ts, result.as<Set>(), other) < 0) return nullptr;
  return result;
}

Ref views_sub(ThreadState* ts, Value self, Value other) {
  if (!is_set_like_view(self) && !is_set_like_view(other)) return new_notimpl();
  Ref result = view_to_set(ts, self);
  if (!result) return nullptr;
  if (set_difference_update_internal(ts, result.as<Set>(), other) < 0) return nullptr;
  return result;
}

// items ^ items: built from the two dicts directly, as CPython does.
Ref items_xor(ThreadState* ts, Value self, Value other) {
  Ref temp = dict_copy(ts, as_view(self)->dict);
  if (!temp) return nullptr;
  Dict* tmp = temp.as<Dict>();
  Ref result = new_set(ts, Value());
  if (!result) return nullptr;
  int64_t pos = 0, hash;
  Ref key, val2;
  while (dict_next_hash(as_view(other)->dict, &pos, &key, &val2, &hash)) {
    Ref val1;
    int found = dict_lookup_known_hash(ts, tmp, key.get(), hash, &val1);
    if (found < 0) return nullptr;
    int to_delete = 0;
    if (found) {
      to_delete = rich_compare_bool(ts, val1.get(), val2.get(), CmpOp::Eq);
      if (to_delete < 0) return nullptr;
    }
    if (to_delete) {
      if (dict_discard_known_hash(ts, tmp, key.get(), hash) < 0) return nullptr;
    } else {
      Ref pair = new_tuple({key.get(), val2.get()});
      if (!pair || set_add(ts, result.as<Set>(), pair.get()) < 0) return nullptr;
    }
  }
  Ref remaining = new_dict_view(ts, &dict_items_type, temp.get());
  if (!remaining || set_update_internal(ts, result.as<Set>(), remaining.get()) < 0) return nullptr;
  return result;
}

Ref views_xor(ThreadState* ts, Value self, Value other) {
  if (!is_set_like_view(self) && !is_set_like_view(other)) return new_notimpl();
  if (is_items_view(self) && is_items_view(other)) return items_xor(ts, self, other);
  Ref result = view_to_set(ts, self);
  if (!result) return nullptr;
  if (set_symmetric_difference_update_internal(ts, result.as<Set>(), other) < 0) return nullptr;
  return result;
}

Ref view_isdisjoint(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one_arg(ts, "isdisjoint", nargs, kw)) return nullptr;
  Value other = args[0];
  if (other.is(self)) return new_bool(dict_len(as_view(self)->dict) == 0);
  Value probe_in = self;
  Value iterate = other;
  if (is_anyset(other) || is_set_like_view(other)) {
    int64_t ls = dict_len(as_view(self)->dict);
    int64_t lo = length_of(ts, other);
    if (lo < 0) return nullptr;
    if (lo > ls) std::swap(probe_in, iterate);
  }
  Ref it = get_iter(ts, iterate);
  if (!it) return nullptr;
  for (;;) {
    Ref item = iter_next(ts, it.get());
    if (!item) return ts->has_error() ? nullptr : new_bool(true);
    int r = view_or_generic_contains(ts, probe_in, item.get());
    if (r < 0) return nullptr;
    if (r) return new_bool(false);
  }
}

const MethodDef set_like_view_methods[] = {
    {"isdisjoint", view_isdisjoint, kMethInstance, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", view_reversed, kMethInstance, "Return a reverse iterator over the dict keys."},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef values_view_methods[] = {
    {"__reversed__", view_reversed, kMethInstance, "Return a reverse iterator over the dict values."},
    {nullptr, nullptr, 0, nullptr},
};
const GetSetDef view_getsets[] = {
    {"mapping", view_mapping, nullptr, "dictionary that this view refers to"},
    {nullptr, nullptr, nullptr, nullptr},
};

void setup_view(Type& t, const char* name, bool set_like) {
  t.type = &type_type;
  t.make_immortal();
  t.name = name;
  t.basic_size = sizeof(DictView);
  t.flags = kTypeHasGC | kTypeImmutable;
  t.base = &object_type;
  t.dealloc = view_dealloc;
  t.traverse = view_traverse;
  t.repr = view_repr;
  t.iter = view_iter;
  t.len = view_len;
  t.getsets = view_getsets;
  t.methods = set_like ? set_like_view_methods : values_view_methods;
  if (set_like) {
    t.richcompare = view_richcompare;
    t.binary[static_cast<int>(BinOp::And)] = views_and;
    t.binary[static_cast<int>(BinOp::Or)] = views_or;
    t.binary[static_cast<int>(BinOp::Sub)] = views_sub;
    t.binary[static_cast<int>(BinOp::Xor)] = views_xor;
  }
  register_static_type(&t);
}

void setup_iter(Type& t, const char* name) {
  t.type = &type_type;
  t.make_immortal();
  t.name = name;
  t.basic_size = sizeof(DictIter);
  t.flags = kTypeHasGC | kTypeImmutable;
  t.base = &object_type;
  t.dealloc = dict_iter_dealloc;
  t.traverse = dict_iter_traverse;
  t.iter = iter_self;
  t.next = dict_iter_next;
  t.methods = dict_iter_methods;
  register_static_type(&t);
}

}  // namespace

Ref new_dict_view(ThreadState* ts, Type* view_type, Value dict) {
  DictView* v = static_cast<DictView*>(alloc_object(view_type, sizeof(DictView)));
  if (!v) return set_no_memory(ts);
  v->dict = static_cast<Dict*>(own_ref(dict).as_object());
  return Ref::steal(Value(v));
}

Ref new_dict_iter(ThreadState* ts, Type* iter_type, Dict* d) {
  DictIter* it = static_cast<DictIter*>(alloc_object(iter_type, sizeof(DictIter)));
  if (!it) return set_no_memory(ts);
  incref(Value(d));
  it->dict = d;
  it->done = false;
  {
    ObjLock g(d);
    it->used = dict_len(d);
    it->remaining = it->used;
    DictKeys* t = keys_of(d);
    it->pos = iter_is_reverse(iter_type) ? (t ? t->nentries - 1 : -1) : 0;
  }
  return Ref::steal(Value(it));
}

Ref dict_iter(ThreadState* ts, Value self) {
  return new_dict_iter(ts, &dict_keyiter_type, static_cast<Dict*>(self.as_object()));
}

void setup_dict_views_types() {
  setup_view(dict_keys_type, "dict_keys", true);
  dict_keys_type.contains = keys_contains;
  setup_view(dict_values_type, "dict_values", false);
  setup_view(dict_items_type, "dict_items", true);
  dict_items_type.contains = items_contains;
  setup_iter(dict_keyiter_type, "dict_keyiterator");
  setup_iter(dict_valueiter_type, "dict_valueiterator");
  setup_iter(dict_itemiter_type, "dict_itemiterator");
  setup_iter(dict_revkeyiter_type, "dict_reversekeyiterator");
  setup_iter(dict_revvalueiter_type, "dict_reversevalueiterator");
  setup_iter(dict_revitemiter_type, "dict_reverseitemiterator");
}

Dict* dict_view_target(Value view) {
  Type* t = type_of(view);
  if (t != &dict_keys_type && t != &dict_values_type && t != &dict_items_type) return nullptr;
  return static_cast<DictView*>(view.as_object())->dict;
}

}  // namespace weft

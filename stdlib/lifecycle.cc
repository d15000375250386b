// Process lifecycle: the atexit module, SIGINT -> KeyboardInterrupt, and the
// orderly shutdown (atexit handlers, non-daemon threads, flushing stdio).
#include <atomic>
#include <cstdio>

#include "core/runtime/abstract.h"
#include "core/types/func.h"
#include "core/vm/eval.h"
#include "stdlib/io_internal.h"
#include "stdlib/stdlib.h"

namespace weft {
namespace {

// atexit keeps its callbacks in a list stored in the module's dict, so each
// interpreter has its own.
Ref atexit_callbacks(ThreadState* ts, Value module) {
  return dict_get_str(ts, module_dict(module), intern_str(ts, "_callbacks"));
}

Ref atexit_register(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  size_t nkw = kw ? kw->length : 0;
  if (nargs < 1) {
    set_error(ts, &TypeError_type, "register() takes at least 1 argument (0 given)");
    return nullptr;
  }
  if (!is_callable(args[0])) {
    set_error(ts, &TypeError_type, "the first argument must be callable");
    return nullptr;
  }
  Ref pos = new_tuple_from(args + 1, static_cast<int64_t>(nargs - 1));
  Ref kwargs = new_dict();
  for (size_t i = 0; i < nkw; ++i)
    if (dict_set(ts, kwargs.as<Dict>(), kw->items[i], args[nargs + i]) < 0) return nullptr;
  Ref entry = new_tuple({args[0], pos.get(), kwargs.get()});
  Ref list = atexit_callbacks(ts, self);
  if (!list || list_append(ts, list.as<List>(), entry.get()) < 0) return nullptr;
  return Ref::borrow(args[0]);
}

Ref atexit_unregister(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value fn;
  if (!parse_args(ts, "unregister", args, nargs, kw, {"func"}, 1, &fn, 1)) return nullptr;
  Ref list = atexit_callbacks(ts, self);
  if (!list) return nullptr;
  Ref kept = new_list(0);
  bool ok = for_each(ts, list.get(), [&](Value entry) {
    int same = equals(ts, static_cast<Tuple*>(entry.as_object())->items[0], fn);
    if (same < 0) return false;
    return same || list_append(ts, kept.as<List>(), entry) == 0;
  });
  if (!ok) return nullptr;
  if (dict_set_str(ts, module_dict(self), "_callbacks", kept.get()) < 0) return nullptr;
  return new_none();
}

Ref atexit_run(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  Ref list = atexit_callbacks(ts, self);
  if (!list) return nullptr;
  Ref snapshot = sequence_to_list(ts, list.get());
  Ref empty = new_list(0);
  dict_set_str(ts, module_dict(self), "_callbacks", empty.get());
  List* l = snapshot.as<List>();
  // Last registered runs first; an exception is reported and the rest still run.
  for (int64_t i = l->length.load() - 1; i >= 0; --i) {
    Tuple* entry = static_cast<Tuple*>(l->items.load()[i].as_object());
    Ref r = call_tuple_dict(ts, entry->items[0], static_cast<Tuple*>(entry->items[1].as_object()),
                            static_cast<Dict*>(entry->items[2].as_object()));
    if (!r) {
      Ref exc = fetch_error(ts);
      if (!isinstance_of(exc.get(), &SystemExit_type)) {
        Ref fn_repr = repr_of(ts, entry->items[0]);
        clear_error(ts);
        std::fprintf(stderr, "Exception ignored in atexit callback: %s\n",
                     fn_repr ? std::string(str_utf8(fn_repr.get())).c_str() : "?");
        print_exception(ts, exc.get());
      }
    }
  }
  return new_none();
}

Ref atexit_count(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  Ref list = atexit_callbacks(ts, self);
  if (!list) return nullptr;
  return new_int(length_of(ts, list.get()));
}

Ref atexit_clear(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  Ref empty = new_list(0);
  if (dict_set_str(ts, module_dict(self), "_callbacks", empty.get()) < 0) return nullptr;
  return new_none();
}

const MethodDef atexit_functions[] = {
    {"register", atexit_register, kMethInstance, "Register a function to be executed upon normal program termination."},
    {"unregister", atexit_unregister, kMethInstance, nullptr},
    {"_run_exitfuncs", atexit_run, kMethInstance, nullptr},
    {"_ncallbacks", atexit_count, kMethInstance, nullptr},
    {"_clear", atexit_clear, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// Calls module.name() if the module was imported; reports failures.
void call_if_imported(ThreadState* ts, const char* module, const char* name) {
  Ref m = dict_get_str(ts, static_cast<Dict*>(ts->interp->modules.obj()), intern_str(ts, module));
  if (!m) {
    clear_error(ts);
    return;
  }
  Ref fn = get_attr_opt(ts, m.get(), intern_str(ts, name));
  if (!fn) {
    clear_error(ts);
    return;
  }
  Ref r = call0(ts, fn.get());
  if (!r) {
    Ref exc = fetch_error(ts);
    if (!isinstance_of(exc.get(), &SystemExit_type)) print_exception(ts, exc.get());
  }
}

void flush_stream(ThreadState* ts, const char* name) {
  if (ts->interp->sys.is_null()) return;
  Ref stream = get_attr_opt(ts, ts->interp->sys.get(), intern_str(ts, name));
  if (stream && stream.get() != None()) {
    Ref r = call_method(ts, stream.get(), "flush", nullptr, 0);
  }
  clear_error(ts);
}

}  // namespace

Ref make_atexit_module(ThreadState* ts) {
  Ref mod = new_module(ts, "atexit");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  Ref list = new_list(0);
  if (dict_set_str(ts, d, "_callbacks", list.get()) < 0) return nullptr;
  for (const MethodDef* m = atexit_functions; m->name; ++m) {
    Ref fn = new_native_function(m, mod.get());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return nullptr;
  }
  return mod;
}

int finalize_interpreter(ThreadState* ts, int exit_code) {
  // Wait for non-daemon threads, then run atexit handlers (CPython's order).
  call_if_imported(ts, "threading", "_shutdown");
  call_if_imported(ts, "atexit", "_run_exitfuncs");
  flush_stream(ts, "stdout");
  flush_stream(ts, "stderr");
  std::fflush(stdout);
  std::fflush(stderr);
  return exit_code;
}

}  // namespace weft

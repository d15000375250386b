// Calling Python functions: argument binding with CPython 3.11's rules and
// exact TypeError messages, cells and closures, generator creation, and the
// entry from native code into the dispatch loop.
#include <string>
#include <vector>

#include "core/vm/frame.h"

namespace weft {

namespace {

std::string s8(Value v) { return is_str(v) ? std::string(str_utf8(v)) : std::string(); }

std::string qualname_of(Function* fn) {
  if (is_str(fn->qualname)) return s8(fn->qualname);
  return s8(Value(fn->code->qualname ? fn->code->qualname : fn->code->name));
}

Str* varname(Code* co, int i) { return static_cast<Str*>(co->varnames->items[i].as_object()); }

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (format_missing).
std::string join_missing(const std::vector<std::string>& names) {
  auto q = [](const std::string& s) { return "'" + s + "'"; };
  size_t n = names.size();
  if (n == 1) return q(names[0]);
  if (n == 2) return q(names[0]) + " and " + q(names[1]);
  std::string out;
  for (size_t i = 0; i + 2 < n; ++i) {
    if (i) out += ", ";
    out += q(names[i]);
  }
  return out + ", " + q(names[n - 2]) + ", and " + q(names[n - 1]);
}

void missing_arguments(ThreadState* ts, Function* fn, Value* lp, bool positional,
                       int64_t defcount) {
  Code* co = fn->code;
  int start = positional ? 0 : co->argcount;
  int end = positional ? co->argcount - int(defcount) : co->argcount + co->kwonlyargcount;
  std::vector<std::string> names;
  for (int i = start; i < end; ++i)
    if (lp[i].is_null()) names.push_back(std::string(str_utf8(varname(co, i))));
  set_errorf(ts, &TypeError_type, "%s() missing %d required %s argument%s: %s",
             qualname_of(fn).c_str(), int(names.size()), positional ? "positional" : "keyword-only",
             names.size() == 1 ? "" : "s", join_missing(names).c_str());
}

void too_many_positional(ThreadState* ts, Function* fn, Value* lp, size_t given) {
  Code* co = fn->code;
  int64_t kwonly_given = 0;
  for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; ++i)
    if (!lp[i].is_null()) ++kwonly_given;
  int64_t defcount = fn->defaults ? fn->defaults->length : 0;
  std::string sig;
  bool plural;
  if (defcount) {
    plural = true;
    sig = "from " + std::to_string(co->argcount - defcount) + " to " + std::to_string(co->argcount);
  } else {
    plural = co->argcount != 1;
    sig = std::to_string(co->argcount);
  }
  std::string kwonly_sig;
  if (kwonly_given) {
    kwonly_sig = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " +
                 std::to_string(kwonly_given) + " keyword-only argument" +
                 (kwonly_given != 1 ? "s" : "") + ")";
  }
  set_errorf(ts, &TypeError_type, "%s() takes %s positional argument%s but %zu%s %s given",
             qualname_of(fn).c_str(), sig.c_str(), plural ? "s" : "", given, kwonly_sig.c_str(),
             given == 1 && !kwonly_given ? "was" : "were");
}

// Reports keywords naming positional-only parameters; true if any did.
bool positional_only_passed_as_keyword(ThreadState* ts, Function* fn, const Value* kwvals,
                                       Tuple* kwnames) {
  Code* co = fn->code;
  std::string names;
  for (int i = 0; i < co->posonlyargcount; ++i) {
    Str* pname = varname(co, i);
    for (int64_t k = 0; k < kwnames->length; ++k) {
      Value kn = kwnames->items[k];
      if (kn.is(Value(pname)) || (is_str(kn) && str_equal(static_cast<Str*>(kn.as_object()), pname))) {
        if (!names.empty()) names += ", ";
        names += str_utf8(pname);
        break;
      }
    }
  }
  if (names.empty()) return false;
  set_errorf(ts, &TypeError_type,
             "%s() got some positional-only arguments passed as keyword arguments: '%s'",
             qualname_of(fn).c_str(), names.c_str());
  return true;
}

}  // namespace

int init_cells_and_frees(Frame* f, Function* fn) {
  Code* co = f->code;
  Value* lp = f->localsplus();
  int ncells = co->ncells();
  for (int i = 0; i < ncells; ++i) {
    int arg = i < int(co->cell2arg.size()) ? co->cell2arg[i] : -1;
    Value init = arg >= 0 ? lp[arg] : Value();
    Ref cell = new_cell(init);
    if (!cell) return -1;
    if (arg >= 0) {  // the parameter now lives only in its cell
      lp[arg] = Value();
      decref(init);
    }
    lp[co->nlocals + i] = cell.release();
  }
  int nfrees = co->nfrees();
  if (nfrees && fn && fn->closure) {
    Tuple* cl = fn->closure;
    for (int i = 0; i < nfrees && i < cl->length; ++i) {
      Value c = cl->items[i];
      incref(c);
      lp[co->nlocals + ncells + i] = c;
    }
  }
  return 0;
}

int bind_arguments(ThreadState* ts, Frame* f, Function* fn, const Value* args, size_t nargs,
                   Tuple* kwnames) {
  Code* co = fn->code;
  Value* lp = f->localsplus();
  size_t nkw = kwnames ? size_t(kwnames->length) : 0;
  const Value* kwvals = args + nargs;  // the keyword values follow the positional ones
  int total_args = co->argcount + co->kwonlyargcount;
  int slot = total_args;
  int varargs_slot = -1, varkw_slot = -1;
  if (co->flags & kCoVarargs) varargs_slot = slot++;
  if (co->flags & kCoVarKeywords) varkw_slot = slot++;

  Dict* kwdict = nullptr;
  if (varkw_slot >= 0) {
    Ref d = new_dict();
    if (!d) return -1;
    kwdict = dict_of(d);
    lp[varkw_slot] = d.release();
  }
  size_t n = nargs < size_t(co->argcount) ? nargs : size_t(co->argcount);
  for (size_t i = 0; i < n; ++i) {
    incref(args[i]);
    lp[i] = args[i];
  }
  if (varargs_slot >= 0) {
    Ref extra = nargs > n ? new_tuple_from(args + n, int64_t(nargs - n))
                          : Ref::borrow(Value(empty_tuple()));
    if (!extra) return -1;
    lp[varargs_slot] = extra.release();
  }

  // Keyword arguments.
  for (size_t k = 0; k < nkw; ++k) {
    Value key = kwnames->items[k];
    Value value = kwvals[k];
    if (!is_str(key)) {
      set_errorf(ts, &TypeError_type, "%s() keywords must be strings", qualname_of(fn).c_str());
      return -1;
    }
    int j = -1;
    for (int i = co->posonlyargcount; i < total_args; ++i)  // interned: pointer compare first
      if (co->varnames->items[i].is(key)) {
        j = i;
        break;
      }
    if (j < 0) {
      Str* ks = static_cast<Str*>(key.as_object());
      for (int i = co->posonlyargcount; i < total_args; ++i)
        if (str_equal(varname(co, i), ks)) {
          j = i;
          break;
        }
    }
    if (j < 0) {
      if (!kwdict) {
        if (co->posonlyargcount && positional_only_passed_as_keyword(ts, fn, kwvals, kwnames))
          return -1;
        set_errorf(ts, &TypeError_type, "%s() got an unexpected keyword argument '%s'",
                   qualname_of(fn).c_str(), s8(key).c_str());
        return -1;
      }
      if (dict_set(ts, kwdict, key, value) < 0) return -1;
      continue;
    }
    if (!lp[j].is_null()) {
      set_errorf(ts, &TypeError_type, "%s() got multiple values for argument '%s'",
                 qualname_of(fn).c_str(), s8(key).c_str());
      return -1;
    }
    incref(value);
    lp[j] = value;
  }

  if (nargs > size_t(co->argcount) && varargs_slot < 0) {
    too_many_positional(ts, fn, lp, nargs);
    return -1;
  }

  // Missing positional arguments, then defaults.
  int64_t defcount = fn->defaults ? fn->defaults->length : 0;
  if (nargs < size_t(co->argcount)) {
    int m = co->argcount - int(defcount);
    int missing = 0;
    for (int i = int(nargs); i < m; ++i)
      if (lp[i].is_null()) ++missing;
    if (missing) {
      missing_arguments(ts, fn, lp, true, defcount);
      return -1;
    }
    int first = int(nargs) > m ? int(nargs) : m;
    for (int i = first; i < co->argcount; ++i) {
      if (lp[i].is_null()) {
        Value d = fn->defaults->items[i - m];
        incref(d);
        lp[i] = d;
      }
    }
  }

  // Keyword-only arguments and their defaults.
  if (co->kwonlyargcount > 0) {
    int missing = 0;
    for (int i = co->argcount; i < total_args; ++i) {
      if (!lp[i].is_null()) continue;
      if (fn->kwdefaults) {
        Ref d = dict_get_str(ts, fn->kwdefaults, varname(co, i));
        if (d) {
          lp[i] = d.release();
          continue;
        }
        if (ts->has_error()) return -1;
      }
      ++missing;
    }
    if (missing) {
      missing_arguments(ts, fn, lp, false, -1);
      return -1;
    }
  }
  if (code_has_cells(co)) return init_cells_and_frees(f, fn);
  return 0;
}

Ref call_function(ThreadState* ts, Function* fn, const Value* args, size_t nargs,
                  Tuple* kwnames) {
  Code* co = fn->code;
  if (co->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))
    return make_generator(ts, fn, args, nargs, kwnames);
  Frame* f = arena_alloc(ts, frame_bytes(co));
  if (!f) return nullptr;
  incref(fn);
  frame_init(f, co, fn, fn->globals, fn->builtins, true);
  if (bind_arguments(ts, f, fn, args, nargs, kwnames) < 0) {
    frame_release(f);
    arena_free(ts, f);
    return nullptr;
  }
  return run_entry_frame(ts, f);
}

Ref run_with_locals(ThreadState* ts, Function* fn, Value locals) {
  Code* co = fn->code;
  Frame* f = arena_alloc(ts, frame_bytes(co));
  if (!f) return nullptr;
  incref(fn);
  frame_init(f, co, fn, fn->globals, fn->builtins, true);
  f->locals = Ref::borrow(locals).release();
  if (code_has_cells(co) && init_cells_and_frees(f, fn) < 0) {
    frame_release(f);
    arena_free(ts, f);
    return nullptr;
  }
  return run_entry_frame(ts, f);
}

Ref make_generator(ThreadState* ts, Function* fn, const Value* args, size_t nargs,
                   Tuple* kwnames) {
  Generator* g = new_generator_shell(ts, fn);
  if (!g) return nullptr;
  Ref gen = Ref::steal(Value(g));
  Frame* f = g->frame;
  incref(fn);
  frame_init(f, fn->code, fn, fn->globals, fn->builtins, false);
  f->gen = g;
  f->state = kFrameCreated;
  if (bind_arguments(ts, f, fn, args, nargs, kwnames) < 0) {
    frame_release(f);
    f->state = kFrameCompleted;
    return nullptr;
  }
  return gen;
}

Ref function_str(ThreadState* ts, Value func) {
  Ref qualname = get_attr_opt(ts, func, ident(ts, "__qualname__"));
  if (!qualname) {
    clear_error(ts);
    return str_of(ts, func);
  }
  Ref qs = str_of(ts, qualname);
  if (!qs) return nullptr;
  Ref module = get_attr_opt(ts, func, ident(ts, "__module__"));
  if (ts->has_error()) clear_error(ts);
  if (module && !module.get().is(None())) {
    Ref ms = str_of(ts, module);
    if (!ms) return nullptr;
    if (str_utf8(ms) != "builtins")
      return new_str(std::string(str_utf8(ms)) + "." + std::string(str_utf8(qs)) + "()");
  }
  return new_str(std::string(str_utf8(qs)) + "()");
}

}  // namespace weft

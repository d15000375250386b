// The assembler: turns a unit's instruction list (jump arguments are labels)
// into a Code object: resolves labels to absolute instruction indexes, computes
// the maximum stack depth by flow analysis, and fills the code object's tables.
#include <bit>

#include "core/compile/codegen.h"

namespace weft::compiler {

const OpInfo kOpInfo[kOpcodeCount] = {
#define OPCODE(name, has_arg, effect, doc) {#name, has_arg != 0, effect},
#include "core/vm/opcodes.def"
#undef OPCODE
};

int stack_effect(int op, int arg, bool jump) {
  switch (op) {
    case BUILD_SLICE:
    case BUILD_TUPLE:
    case BUILD_LIST:
    case BUILD_SET:
    case BUILD_STRING: return 1 - arg;
    case BUILD_MAP: return 1 - 2 * arg;
    case UNPACK_SEQUENCE: return arg - 1;
    case UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
    case FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case FOR_ITER: return jump ? -1 : 1;
    case JUMP_IF_FALSE_OR_POP:
    case JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case CALL: return -arg - 1;
    case CALL_FUNCTION_EX: return -2 - (arg & 1);
    case MAKE_FUNCTION: return -std::popcount(static_cast<unsigned>(arg & 15));
    case RAISE_VARARGS: return -arg;
    // The handler starts with [prev_exc, exc] above the depth at setup time.
    case SETUP_FINALLY: return jump ? 2 : 0;
    // [aiter, prev_exc, exc] are all gone when the loop ends.
    case END_ASYNC_FOR: return -3;
    case RERAISE: return arg ? -2 : -1;
    default: return kOpInfo[op].effect;
  }
}

bool has_jump_target(int op) {
  switch (op) {
    case FOR_ITER:
    case JUMP:
    case POP_JUMP_IF_FALSE:
    case POP_JUMP_IF_TRUE:
    case POP_JUMP_IF_NONE:
    case POP_JUMP_IF_NOT_NONE:
    case JUMP_IF_FALSE_OR_POP:
    case JUMP_IF_TRUE_OR_POP:
    case SETUP_FINALLY: return true;
    default: return false;
  }
}

bool is_terminator(int op) {
  return op == JUMP || op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE;
}

namespace {

Ref system_error(ThreadState* ts, const std::string& msg) {
  set_error(ts, &SystemError_type, msg);
  return nullptr;
}

// Maximum stack depth over all reachable paths; -1 on an inconsistency.
int compute_stack_depth(const std::vector<Ins>& code, std::string* problem) {
  const int n = static_cast<int>(code.size());
  std::vector<int> depth(n, -1);
  std::vector<int> work;
  int max_depth = 0;
  auto reach = [&](int target, int d) -> bool {
    if (target < 0 || target >= n || d < 0) {
      *problem = "bad jump or negative stack depth at instruction " + std::to_string(target);
      return false;
    }
    if (d > max_depth) max_depth = d;
    if (depth[target] == -1) {
      depth[target] = d;
      work.push_back(target);
    } else if (depth[target] != d) {
      *problem = "inconsistent stack depth at instruction " + std::to_string(target) + " (" +
                 std::to_string(depth[target]) + " vs " + std::to_string(d) + ")";
      return false;
    }
    return true;
  };
  if (n == 0) return 0;
  if (!reach(0, 0)) return -1;
  while (!work.empty()) {
    int i = work.back();
    work.pop_back();
    // Follow straight-line code from i until a terminator or a visited point.
    for (;;) {
      const Ins& ins = code[i];
      int d = depth[i];
      if (has_jump_target(ins.op)) {
        if (!reach(ins.arg, d + stack_effect(ins.op, ins.arg, true))) return -1;
      }
      if (is_terminator(ins.op)) {
        int after = d + stack_effect(ins.op, ins.arg, false);
        if (after < 0 && ins.op != RERAISE && ins.op != RAISE_VARARGS) {
          *problem = "stack underflow at instruction " + std::to_string(i);
          return -1;
        }
        break;
      }
      int next_depth = d + stack_effect(ins.op, ins.arg, false);
      if (i + 1 >= n) {
        *problem = "control falls off the end of the code";
        return -1;
      }
      if (depth[i + 1] != -1) {
        if (!reach(i + 1, next_depth)) return -1;
        break;
      }
      if (next_depth < 0) {
        *problem = "stack underflow at instruction " + std::to_string(i);
        return -1;
      }
      if (next_depth > max_depth) max_depth = next_depth;
      depth[i + 1] = next_depth;
      i++;
    }
  }
  return max_depth;
}

Ref names_tuple(ThreadState* ts, const std::vector<std::string>& names) {
  std::vector<Value> items;
  items.reserve(names.size());
  for (const std::string& s : names) items.push_back(Value(intern_str(ts, s)));
  return new_tuple_from(items.data(), static_cast<int64_t>(items.size()));
}

}  // namespace

Ref assemble_unit(ThreadState* ts, Unit* u, const std::string& filename, uint32_t flags) {
  std::vector<Ins> code = u->code;
  for (Ins& ins : code) {
    if (!has_jump_target(ins.op)) continue;
    if (ins.arg < 0 || ins.arg >= static_cast<int>(u->labels.size()) || u->labels[ins.arg] < 0)
      return system_error(ts, "compiler: jump to an unbound label in " + u->qualname);
    ins.arg = u->labels[ins.arg];
  }
  for (const Ins& ins : code) {
    if (static_cast<uint32_t>(ins.arg) > kMaxOparg)
      return system_error(ts, "compiler: instruction argument too large in " + u->qualname);
  }
  std::string problem;
  int depth = compute_stack_depth(code, &problem);
  if (depth < 0) return system_error(ts, "compiler: " + problem + " in " + u->qualname);

  std::vector<Value> const_values;
  const_values.reserve(u->consts.size());
  for (const Ref& r : u->consts) const_values.push_back(r.get());
  Ref consts = new_tuple_from(const_values.data(), static_cast<int64_t>(const_values.size()));
  Ref names = names_tuple(ts, u->names.list);
  Ref varnames = names_tuple(ts, u->varnames.list);
  Ref cellvars = names_tuple(ts, u->cellvars.list);
  Ref freevars = names_tuple(ts, u->freevars.list);
  if (!consts || !names || !varnames || !cellvars || !freevars) return nullptr;

  Code* co = alloc_code();
  if (!co) return nullptr;
  Ref result = Ref::steal(Value(co));
  co->name = intern_str(ts, u->name);
  co->qualname = intern_str(ts, u->qualname);
  co->filename = intern_str(ts, filename);
  incref(co->name);
  incref(co->qualname);
  incref(co->filename);
  co->argcount = u->argcount;
  co->posonlyargcount = u->posonlyargcount;
  co->kwonlyargcount = u->kwonlyargcount;
  co->nlocals = u->varnames.size();
  co->stacksize = depth;
  co->firstlineno = u->firstlineno;
  co->flags = flags;
  co->consts = static_cast<Tuple*>(consts.release().as_object());
  co->names = static_cast<Tuple*>(names.release().as_object());
  co->varnames = static_cast<Tuple*>(varnames.release().as_object());
  co->cellvars = static_cast<Tuple*>(cellvars.release().as_object());
  co->freevars = static_cast<Tuple*>(freevars.release().as_object());
  int nparams = u->argcount + u->kwonlyargcount + ((flags & kCoVarargs) ? 1 : 0) +
                ((flags & kCoVarKeywords) ? 1 : 0);
  try {
    co->cell2arg.assign(u->cellvars.list.size(), -1);
    for (size_t i = 0; i < u->cellvars.list.size(); i++) {
      int v = u->varnames.find(u->cellvars.list[i]);
      if (v >= 0 && v < nparams) co->cell2arg[i] = v;
    }
    co->code.reserve(code.size());
    co->positions.reserve(code.size());
    for (const Ins& ins : code) {
      co->code.push_back(Instr::make(ins.op, static_cast<uint32_t>(ins.arg)));
      co->positions.push_back(ins.pos);
    }
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  return result;
}

}  // namespace weft::compiler

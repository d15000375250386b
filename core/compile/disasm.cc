// A `dis`-like listing of code objects, for debugging the compiler and the VM:
// one line per instruction with its source line, jump-target marks and a
// readable rendering of the argument.
#include <cstdio>

#include "core/compile/codegen.h"
#include "core/runtime/abstract.h"

namespace weft {

namespace {

using compiler::kOpInfo;
using compiler::kOpcodeCount;

std::string tuple_item_str(Tuple* t, uint32_t i) {
  if (!t || i >= static_cast<uint64_t>(t->length)) return "<bad index>";
  Value v = t->items[i];
  if (is_str(v)) return std::string(str_utf8(v));
  return "?";
}

std::string const_repr(Value v) {
  if (type_of(v) == &code_type) {
    auto* co = static_cast<Code*>(v.as_object());
    return "<code object " + std::string(str_utf8(co->name)) + ">";
  }
  ThreadState* ts = current_thread_state();
  if (!ts) return "?";
  Ref r = repr_of(ts, v);
  if (!r) {
    clear_error(ts);
    return "<repr failed>";
  }
  std::string s(str_utf8(r));
  if (s.size() > 60) s = s.substr(0, 57) + "...";
  return s;
}

std::string deref_name(Code* co, uint32_t arg) {
  int64_t ncells = co->cellvars ? co->cellvars->length : 0;
  if (arg < ncells) return tuple_item_str(co->cellvars, arg);
  return tuple_item_str(co->freevars, static_cast<uint32_t>(arg - ncells));
}

std::string arg_repr(Code* co, uint8_t op, uint32_t arg) {
  using namespace compiler;
  static const char* const kCmp[] = {"<", "<=", "==", "!=", ">", ">="};
  static const char* const kBin[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&",
                                     "|", "^", "divmod"};
  switch (op) {
    case LOAD_CONST:
    case KW_NAMES:
      if (co->consts && arg < static_cast<uint64_t>(co->consts->length))
        return const_repr(co->consts->items[arg]);
      return "<bad const>";
    case LOAD_FAST:
    case STORE_FAST:
    case DELETE_FAST: return tuple_item_str(co->varnames, arg);
    case LOAD_DEREF:
    case STORE_DEREF:
    case DELETE_DEREF:
    case LOAD_CLOSURE:
    case LOAD_CLASSDEREF: return deref_name(co, arg);
    case LOAD_NAME:
    case STORE_NAME:
    case DELETE_NAME:
    case LOAD_GLOBAL:
    case STORE_GLOBAL:
    case DELETE_GLOBAL:
    case LOAD_ATTR:
    case STORE_ATTR:
    case DELETE_ATTR:
    case LOAD_METHOD:
    case IMPORT_NAME:
    case IMPORT_FROM: return tuple_item_str(co->names, arg);
    case COMPARE_OP: return arg < 6 ? kCmp[arg] : "?";
    case BINARY_OP: {
      uint32_t base = arg & 15;
      std::string s = base < 14 ? kBin[base] : "?";
      if (arg & 16) s += "=";
      return s;
    }
    case IS_OP: return arg ? "is not" : "is";
    case CONTAINS_OP: return arg ? "not in" : "in";
    case FORMAT_VALUE: {
      static const char* const kConv[] = {"", "str", "repr", "ascii"};
      std::string s = kConv[arg & 3];
      if (arg & 4) s += s.empty() ? "with format" : ", with format";
      return s;
    }
    case MAKE_FUNCTION: {
      std::string s;
      const char* const parts[] = {"defaults", "kwdefaults", "annotations", "closure"};
      for (int i = 0; i < 4; i++) {
        if (!(arg & (1u << i))) continue;
        if (!s.empty()) s += ", ";
        s += parts[i];
      }
      return s;
    }
    default:
      if (has_jump_target(op)) return "to " + std::to_string(arg);
      return "";
  }
}

void disassemble_into(Code* co, std::string& out) {
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "Disassembly of <code object %s, file \"%s\", line %d>\n"
                "  argcount=%d posonly=%d kwonly=%d nlocals=%d stacksize=%d flags=0x%x\n",
                std::string(str_utf8(co->qualname)).c_str(),
                std::string(str_utf8(co->filename)).c_str(), co->firstlineno, co->argcount,
                co->posonlyargcount, co->kwonlyargcount, co->nlocals, co->stacksize, co->flags);
  out += buf;
  std::vector<bool> is_target(co->code.size(), false);
  for (const Instr& ins : co->code)
    if (compiler::has_jump_target(ins.op()) && ins.arg() < co->code.size())
      is_target[ins.arg()] = true;
  int last_line = -2;
  for (size_t i = 0; i < co->code.size(); i++) {
    const Instr& ins = co->code[i];
    Position p = i < co->positions.size() ? co->positions[i] : Position{};
    std::string line = p.line != last_line ? std::to_string(p.line) : "";
    last_line = p.line;
    const char* name = ins.op() < kOpcodeCount ? kOpInfo[ins.op()].name : "<bad opcode>";
    bool has_arg = ins.op() < kOpcodeCount && kOpInfo[ins.op()].has_arg;
    std::string arg = has_arg ? std::to_string(ins.arg()) : "";
    std::string rep = has_arg ? arg_repr(co, ins.op(), ins.arg()) : "";
    std::snprintf(buf, sizeof buf, "%5s %2s %5zu %-22s %6s", line.c_str(),
                  is_target[i] ? ">>" : "", i, name, arg.c_str());
    out += buf;
    if (!rep.empty()) out += " (" + rep + ")";
    out += "\n";
  }
  out += "\n";
  if (!co->consts) return;
  for (int64_t i = 0; i < co->consts->length; i++) {
    Value v = co->consts->items[i];
    if (v.is_object() && type_of(v) == &code_type) disassemble_into(static_cast<Code*>(v.as_object()), out);
  }
}

}  // namespace

std::string disassemble(Code* code) {
  std::string out;
  disassemble_into(code, out);
  return out;
}

}  // namespace weft

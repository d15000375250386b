// str.format / str.format_map: the replacement-field grammar
// "{field_name!conversion:format_spec}" with automatic and manual numbering,
// attribute and index lookups, nested fields in specs and "{{" / "}}" escapes,
// following CPython's parsing order so the same errors surface.
#include <string>

#include "core/types/format_spec.h"
#include "core/types/str_internal.h"

namespace weft {

namespace {

struct FormatState {
  const Value* args;  // null for format_map
  size_t nargs;
  Value kwargs;       // dict (format) or mapping (format_map); may be null
  bool mapping;       // kwargs is format_map's mapping
  int64_t auto_index = 0;
  int numbering = 0;  // 0 unknown, 1 automatic, 2 manual
};

// A range [start, end) of a str.
struct Span {
  const Str* s;
  int64_t start, end;
  uint32_t at(int64_t i) const { return s->at(i); }
  bool empty() const { return start >= end; }
};

bool all_digits(const Span& sp) {
  if (sp.empty()) return false;
  for (int64_t i = sp.start; i < sp.end; ++i)
    if (sp.at(i) < '0' || sp.at(i) > '9') return false;
  return true;
}

// Parses a run of ASCII digits; ValueError past 2**62.
bool parse_index(ThreadState* ts, const Span& sp, int64_t* out) {
  int64_t v = 0;
  for (int64_t i = sp.start; i < sp.end; ++i) {
    if (v > (int64_t(1) << 58)) {
      set_error(ts, &ValueError_type, "Too many decimal digits in format string");
      return false;
    }
    v = v * 10 + (sp.at(i) - '0');
  }
  *out = v;
  return true;
}

Ref span_str(const Span& sp) { return str_substr(sp.s, sp.start, sp.end); }

Ref lookup_positional(ThreadState* ts, FormatState& st, int64_t index) {
  if (!st.args) {
    set_error(ts, &ValueError_type, "Format string contains positional fields");
    return nullptr;
  }
  if (index >= int64_t(st.nargs)) {
    set_errorf(ts, &IndexError_type, "Replacement index %lld out of range for positional args tuple",
               (long long)index);
    return nullptr;
  }
  return Ref::borrow(st.args[index]);
}

Ref lookup_keyword(ThreadState* ts, FormatState& st, const Span& name) {
  Ref key = span_str(name);
  if (!key) return nullptr;
  if (st.kwargs.is_null()) {
    set_key_error(ts, key.get());
    return nullptr;
  }
  if (st.mapping) return get_item(ts, st.kwargs, key.get());
  Ref v = dict_get(ts, as_dict(st.kwargs), key.get());
  if (!v && !ts->has_error()) set_key_error(ts, key.get());
  return v;
}

// Resolves "arg_name(.attr|[key])*" to an object.
Ref resolve_field(ThreadState* ts, FormatState& st, const Span& field) {
  int64_t i = field.start;
  while (i < field.end && field.at(i) != '.' && field.at(i) != '[') ++i;
  Span first{field.s, field.start, i};
  Ref obj;
  if (first.empty()) {
    if (st.numbering == 2) {
      set_error(ts, &ValueError_type,
                "cannot switch from manual field specification to automatic field numbering");
      return nullptr;
    }
    st.numbering = 1;
    obj = lookup_positional(ts, st, st.auto_index++);
  } else if (all_digits(first)) {
    if (st.numbering == 1) {
      set_error(ts, &ValueError_type,
                "cannot switch from automatic field numbering to manual field specification");
      return nullptr;
    }
    st.numbering = 2;
    int64_t index;
    if (!parse_index(ts, first, &index)) return nullptr;
    obj = lookup_positional(ts, st, index);
  } else {
    obj = lookup_keyword(ts, st, first);
  }
  if (!obj) return nullptr;
  while (i < field.end) {
    uint32_t c = field.at(i++);
    int64_t start = i;
    if (c == '.') {
      while (i < field.end && field.at(i) != '.' && field.at(i) != '[') ++i;
      Span name{field.s, start, i};
      if (name.empty()) {
        set_error(ts, &ValueError_type, "Empty attribute in format string");
        return nullptr;
      }
      Ref attr_name = span_str(name);
      if (!attr_name) return nullptr;
      obj = get_attr(ts, obj.get(), attr_name.as<Str>());
    } else if (c == '[') {
      while (i < field.end && field.at(i) != ']') ++i;
      if (i >= field.end) {
        set_error(ts, &ValueError_type, "Missing ']' in format field");
        return nullptr;
      }
      Span key{field.s, start, i};
      ++i;  // past ']'
      if (key.empty()) {
        set_error(ts, &ValueError_type, "Empty attribute in format string");
        return nullptr;
      }
      Ref k;
      if (all_digits(key)) {
        int64_t index;
        if (!parse_index(ts, key, &index)) return nullptr;
        k = new_int(index);
      } else {
        k = span_str(key);
      }
      if (!k) return nullptr;
      obj = get_item(ts, obj.get(), k.get());
      if (obj && i < field.end && field.at(i) != '.' && field.at(i) != '[') {
        set_error(ts, &ValueError_type, "Only '.' or '[' may follow ']' in format field specifier");
        return nullptr;
      }
    } else {
      set_error(ts, &ValueError_type, "Only '.' or '[' may follow ']' in format field specifier");
      return nullptr;
    }
    if (!obj) return nullptr;
  }
  return obj;
}

bool render(ThreadState* ts, FormatState& st, const Span& fmt, int depth, StrBuilder& out);

// One replacement field: value lookup, conversion, nested spec, __format__.
bool render_field(ThreadState* ts, FormatState& st, const Span& field, uint32_t conversion,
                  const Span& spec, bool spec_nested, int depth, StrBuilder& out) {
  Ref obj = resolve_field(ts, st, field);
  if (!obj) return false;
  if (conversion) {
    switch (conversion) {
      case 'r': obj = repr_of(ts, obj.get()); break;
      case 's': obj = str_of(ts, obj.get()); break;
      case 'a': obj = ascii_of(ts, obj.get()); break;
      default:
        if (conversion >= 32 && conversion < 127)
          set_errorf(ts, &ValueError_type, "Unknown conversion specifier %c", char(conversion));
        else
          set_errorf(ts, &ValueError_type, "Unknown conversion specifier \\x%x", unsigned(conversion));
        return false;
    }
    if (!obj) return false;
  }
  Ref spec_str;
  if (spec_nested) {
    StrBuilder sb;
    if (!render(ts, st, spec, depth - 1, sb)) return false;
    spec_str = sb.finish();
  } else {
    spec_str = span_str(spec);
  }
  if (!spec_str) return false;
  Ref text;
  if (is_exact_str(obj.get()) && spec_str.as<Str>()->length == 0) {
    text = std::move(obj);
  } else {
    text = format_of(ts, obj.get(), spec_str.get());
    if (!text) return false;
  }
  out.put_str(text.as<Str>());
  return true;
}

// Splits a field's text after '{' into name, conversion and spec; advances *pos
// past the closing '}'.
bool parse_field(ThreadState* ts, const Span& fmt, int64_t* pos, Span* name, uint32_t* conversion,
                 Span* spec, bool* spec_nested) {
  int64_t i = *pos, end = fmt.end;
  *conversion = 0;
  *spec = Span{fmt.s, i, i};
  *spec_nested = false;
  uint32_t c = 0;
  int64_t name_start = i;
  while (i < end) {
    c = fmt.at(i++);
    if (c == '{') {
      set_error(ts, &ValueError_type, "unexpected '{' in field name");
      return false;
    }
    if (c == '[') {
      while (i < end && fmt.at(i) != ']') ++i;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  *name = Span{fmt.s, name_start, i - 1};
  if (c == '!' || c == ':') {
    if (c == '!') {
      if (i >= end) {
        set_error(ts, &ValueError_type, "end of string while looking for conversion specifier");
        return false;
      }
      *conversion = fmt.at(i++);
      if (i < end) {
        uint32_t next = fmt.at(i++);
        if (next == '}') {
          *pos = i;
          return true;
        }
        if (next != ':') {
          set_error(ts, &ValueError_type, "expected ':' after conversion specifier");
          return false;
        }
      }
    }
    int64_t spec_start = i;
    int count = 1;
    while (i < end) {
      uint32_t ch = fmt.at(i++);
      if (ch == '{') {
        *spec_nested = true;
        ++count;
      } else if (ch == '}') {
        if (--count == 0) {
          *spec = Span{fmt.s, spec_start, i - 1};
          *pos = i;
          return true;
        }
      }
    }
    set_error(ts, &ValueError_type, "unmatched '{' in format spec");
    return false;
  }
  if (c != '}' || i > end) {
    set_error(ts, &ValueError_type, "expected '}' before end of string");
    return false;
  }
  *pos = i;
  return true;
}

bool render(ThreadState* ts, FormatState& st, const Span& fmt, int depth, StrBuilder& out) {
  if (depth <= 0) {
    set_error(ts, &ValueError_type, "Max string recursion exceeded");
    return false;
  }
  int64_t i = fmt.start, end = fmt.end;
  while (i < end) {
    int64_t lit = i;
    uint32_t c = 0;
    while (i < end) {
      c = fmt.at(i);
      if (c == '{' || c == '}') break;
      ++i;
    }
    out.put_str(fmt.s, lit, i);
    if (i >= end) break;
    ++i;  // past the brace
    bool at_end = i >= end;
    if (c == '}') {
      if (at_end || fmt.at(i) != '}') {
        set_error(ts, &ValueError_type, "Single '}' encountered in format string");
        return false;
      }
      out.put('}');
      ++i;
      continue;
    }
    if (at_end) {
      set_error(ts, &ValueError_type, "Single '{' encountered in format string");
      return false;
    }
    if (fmt.at(i) == '{') {
      out.put('{');
      ++i;
      continue;
    }
    Span name, spec;
    uint32_t conversion;
    bool nested;
    if (!parse_field(ts, fmt, &i, &name, &conversion, &spec, &nested)) return false;
    if (!render_field(ts, st, name, conversion, spec, nested, depth, out)) return false;
  }
  return true;
}

}  // namespace

namespace {

Ref format_common(ThreadState* ts, Str* format, const Value* args, size_t nargs, Value kwargs,
                  bool is_map) {
  static const Value kNoArgs[1] = {};
  FormatState st{is_map ? nullptr : (args ? args : kNoArgs), is_map ? 0 : nargs, kwargs, is_map};
  StrBuilder out(format->length);
  try {
    if (!render(ts, st, Span{format, 0, format->length}, 2, out)) return nullptr;
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  return out.finish();
}

}  // namespace

Ref str_format_impl(ThreadState* ts, Str* format, const Value* args, size_t nargs, Value kwargs) {
  return format_common(ts, format, args, nargs, kwargs, false);
}

Ref str_format_map_impl(ThreadState* ts, Str* format, Value mapping) {
  return format_common(ts, format, nullptr, 0, mapping, true);
}

}  // namespace weft

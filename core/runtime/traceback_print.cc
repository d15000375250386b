// Prints an exception, its chain and its traceback exactly like CPython 3.11's
// default excepthook, including the PEP 657 position lines (`^^^^`, and
// `~~^~~` anchors for binary operators and subscripts).
#include <cstdio>
#include <fstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/parse/parse.h"
#include "core/runtime/abstract.h"
#include "core/vm/eval.h"

namespace weft {
namespace {

class ErrWriter {
 public:
  explicit ErrWriter(ThreadState* ts) : ts_(ts) {}
  ~ErrWriter() { flush(); }
  ErrWriter& operator<<(std::string_view s) {
    buf_.append(s);
    return *this;
  }
  void flush() {
    if (buf_.empty()) return;
    if (!write_to_sys_stderr()) {
      std::fwrite(buf_.data(), 1, buf_.size(), stderr);
      std::fflush(stderr);
    }
    buf_.clear();
  }

 private:
  bool write_to_sys_stderr() {
    if (ts_->interp->sys.is_null()) return false;
    Ref saved = fetch_error(ts_);
    Ref err = get_attr_str(ts_, ts_->interp->sys.get(), "stderr");
    bool ok = false;
    if (err && err.get() != None()) {
      Ref text = new_str(buf_);
      Value arg = text.get();
      Ref r = call_method(ts_, err.get(), "write", &arg, 1);
      if (r) {
        Ref f = call_method(ts_, err.get(), "flush", nullptr, 0);
        ok = true;
      }
    }
    clear_error(ts_);
    restore_error(ts_, std::move(saved));
    return ok;
  }
  ThreadState* ts_;
  std::string buf_;
};

bool read_source_line(const std::string& filename, int lineno, std::string* out) {
  if (lineno < 1 || filename.empty() || filename[0] == '<') return false;
  std::ifstream in(filename, std::ios::binary);
  if (!in) return false;
  std::string line;
  for (int i = 1; std::getline(in, line); ++i) {
    if (i == lineno) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      *out = line;
      return true;
    }
  }
  return false;
}

// Number of code points in the first `bytes` bytes of a UTF-8 string.
int chars_in_prefix(const std::string& s, int bytes) {
  int n = 0;
  for (int i = 0; i < bytes && i < static_cast<int>(s.size()); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  return n;
}

struct Anchors {
  int left_end, right_start;  // in characters, relative to the segment
};

// The `~~^~~` anchors of CPython 3.11 for a binary operation or a subscript.
bool caret_anchors(const std::string& segment, Anchors* out) {
  SyntaxErrorInfo err;
  auto mod = parse(segment, "<anchors>", ParseMode::Exec, &err);
  if (!mod || mod->body.size() != 1) return false;
  const auto* stmt = ast::as<ast::ExprStmt>(mod->body[0]);
  if (!stmt) return false;
  if (const auto* bin = ast::as<ast::BinOp>(stmt->value)) {
    int op_start = bin->left->end_col_offset, op_end = bin->right->col_offset;
    std::string op = segment.substr(op_start, op_end - op_start);
    size_t skip = 0;
    while (skip < op.size() && isspace(static_cast<unsigned char>(op[skip]))) ++skip;
    int left = op_start + static_cast<int>(skip);
    int right = left + 1;
    if (skip + 1 < op.size() && !isspace(static_cast<unsigned char>(op[skip + 1]))) ++right;
    out->left_end = chars_in_prefix(segment, left);
    out->right_start = chars_in_prefix(segment, right);
    return true;
  }
  if (const auto* sub = ast::as<ast::Subscript>(stmt->value)) {
    out->left_end = chars_in_prefix(segment, sub->value->end_col_offset);
    out->right_start = chars_in_prefix(segment, sub->slice->end_col_offset + 1);
    return true;
  }
  return false;
}

void print_entry(ErrWriter& w, const TracebackEntry& e) {
  w << "  File \"" << e.filename << "\", line " << std::to_string(e.lineno) << ", in " << e.name
    << "\n";
  std::string line;
  if (!read_source_line(e.filename, e.lineno, &line)) return;
  size_t first = line.find_first_not_of(" \t\f");
  if (first == std::string::npos) return;
  size_t last = line.find_last_not_of(" \t\f\r\n");
  std::string stripped = line.substr(first, last - first + 1);
  w << "    " << stripped << "\n";
  if (e.col < 0 || e.end_col < 0) return;
  int stripped_chars = chars_in_prefix(line, static_cast<int>(first));
  int stripped_len = chars_in_prefix(stripped, static_cast<int>(stripped.size()));
  int start = chars_in_prefix(line, e.col);
  int end = chars_in_prefix(line, e.end_col);
  Anchors anchors{};
  bool have_anchors = false;
  if (e.lineno == e.end_lineno) {
    if (e.end_col > e.col && e.end_col <= static_cast<int>(line.size()))
      have_anchors = caret_anchors(line.substr(e.col, e.end_col - e.col), &anchors);
  } else {
    end = stripped_chars + stripped_len;
  }
  bool spans_line = end - start >= stripped_len;
  if (spans_line && !(have_anchors && anchors.right_start - anchors.left_end > 0)) return;
  std::string row = "    " + std::string(std::max(0, start - stripped_chars), ' ');
  if (have_anchors) {
    row += std::string(anchors.left_end, '~');
    row += std::string(std::max(0, anchors.right_start - anchors.left_end), '^');
    row += std::string(std::max(0, end - start - anchors.right_start), '~');
  } else {
    row += std::string(std::max(1, end - start), '^');
  }
  w << row << "\n";
}

std::string exception_type_label(Value exc) {
  Type* t = type_of(exc);
  std::string name = t->qualname ? std::string(str_utf8(t->qualname)) : std::string(t->name);
  if (t->has_flag(kTypeHeap)) {
    std::string module = is_str(t->module) ? std::string(str_utf8(t->module)) : "";
    if (!module.empty() && module != "builtins" && module != "__main__") return module + "." + name;
    return name;
  }
  return name;  // static types: tp_name already carries any module prefix
}

std::string safe_str(ThreadState* ts, Value v, bool* failed) {
  Ref s = str_of(ts, v);
  if (!s) {
    clear_error(ts);
    *failed = true;
    return "";
  }
  return std::string(str_utf8(s.get()));
}

Ref attr_or_null(ThreadState* ts, Value v, const char* name) {
  Ref r = get_attr_opt(ts, v, intern_str(ts, name));
  if (!r) clear_error(ts);
  return r;
}

void print_syntax_error_block(ThreadState* ts, ErrWriter& w, Value exc) {
  Ref filename = attr_or_null(ts, exc, "filename");
  Ref lineno = attr_or_null(ts, exc, "lineno");
  Ref text = attr_or_null(ts, exc, "text");
  Ref offset = attr_or_null(ts, exc, "offset");
  Ref end_offset = attr_or_null(ts, exc, "end_offset");
  Ref end_lineno = attr_or_null(ts, exc, "end_lineno");
  if (!filename || !is_str(filename.get()) || !lineno || !is_int(lineno.get())) return;
  int64_t line = 0;
  int_to_i64(ts, lineno.get(), &line);
  w << "  File \"" << str_utf8(filename.get()) << "\", line " << std::to_string(line) << "\n";
  if (!text || !is_str(text.get())) return;
  std::string src(str_utf8(text.get()));
  // Work in code points: SyntaxError offsets are 1-based character columns.
  size_t first = src.find_first_not_of(" \t\f");
  if (first == std::string::npos) return;
  int lstrip_chars = chars_in_prefix(src, static_cast<int>(first));
  std::string body = src.substr(first);
  while (!body.empty() && (body.back() == '\n' || body.back() == '\r')) body.pop_back();
  size_t rstrip = body.find_last_not_of(" \t\f");
  std::string shown = rstrip == std::string::npos ? "" : body.substr(0, rstrip + 1);
  w << "    " << shown << "\n";
  if (!offset || !offset.get().is_small_int()) return;
  int64_t off = offset.get().as_small_int();
  int64_t end = (end_offset && end_offset.get().is_small_int()) ? end_offset.get().as_small_int() : off + 1;
  int64_t end_line = (end_lineno && end_lineno.get().is_small_int()) ? end_lineno.get().as_small_int() : line;
  int body_len = chars_in_prefix(body, static_cast<int>(body.size()));
  if (end_line > line) end = body_len + lstrip_chars + 1;
  off -= lstrip_chars;
  end -= lstrip_chars;
  if (off < 1) off = 1;
  if (off > body_len + 1) off = body_len + 1;
  if (end <= off) end = off + 1;
  if (end > body_len + 2) end = body_len + 2;
  w << "    " << std::string(off - 1, ' ') << std::string(end - off, '^') << "\n";
}

void print_one(ThreadState* ts, ErrWriter& w, Value exc) {
  BaseExc* e = static_cast<BaseExc*>(exc.as_object());
  if (e->traceback) {
    w << "Traceback (most recent call last):\n";
    for (const TracebackEntry& entry : traceback_entries(Value(e->traceback))) print_entry(w, entry);
  }
  if (isinstance_of(exc, &SyntaxError_type)) print_syntax_error_block(ts, w, exc);
  std::string label = exception_type_label(exc);
  bool failed = false;
  std::string text;
  if (isinstance_of(exc, &SyntaxError_type)) {
    Ref msg = attr_or_null(ts, exc, "msg");
    text = msg && msg.get() != None() ? safe_str(ts, msg.get(), &failed) : safe_str(ts, exc, &failed);
  } else {
    text = safe_str(ts, exc, &failed);
  }
  if (failed) w << label << ": <exception str() failed>\n";
  else if (text.empty()) w << label << "\n";
  else w << label << ": " << text << "\n";
  Ref notes = attr_or_null(ts, exc, "__notes__");
  if (notes && (is_list(notes.get()) || is_tuple(notes.get()))) {
    Ref items = sequence_to_list(ts, notes.get());
    if (items) {
      List* l = items.as<List>();
      for (int64_t i = 0; i < l->length.load(std::memory_order_relaxed); ++i) {
        Value n = l->items.load(std::memory_order_relaxed)[i];
        bool f = false;
        std::string s = is_str(n) ? std::string(str_utf8(n)) : safe_str(ts, n, &f);
        w << (f ? "<note str() failed>" : s) << "\n";
      }
    } else {
      clear_error(ts);
    }
  } else if (notes && notes.get() != None()) {
    bool f = false;
    std::string s = safe_str(ts, notes.get(), &f);
    w << (f ? "<__notes__ repr() failed>" : s) << "\n";
  }
}

void print_chain(ThreadState* ts, ErrWriter& w, Value exc, std::unordered_set<Object*>& seen) {
  seen.insert(exc.as_object());
  BaseExc* e = static_cast<BaseExc*>(exc.as_object());
  if (e->cause && !seen.count(e->cause)) {
    print_chain(ts, w, Value(e->cause), seen);
    w << "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!e->suppress_context && e->context && !seen.count(e->context)) {
    print_chain(ts, w, Value(e->context), seen);
    w << "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  print_one(ts, w, exc);
}

}  // namespace

void print_exception(ThreadState* ts, Value exc) {
  if (exc.is_null() || !isinstance_of(exc, &BaseException_type)) return;
  Ref saved = fetch_error(ts);
  {
    ErrWriter w(ts);
    std::unordered_set<Object*> seen;
    print_chain(ts, w, exc, seen);
  }
  restore_error(ts, std::move(saved));
}

}  // namespace weft

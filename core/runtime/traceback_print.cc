// Prints an exception, its chain and its traceback exactly like CPython 3.11's
// default excepthook, including the PEP 657 position lines (`^^^^`, and
// `~~^~~` anchors for binary operators and subscripts).
#include <cstdio>
#include <algorithm>
#include <cstdint>
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

// CPython prints at most sys.tracebacklimit (1000) entries, the newest ones,
// and folds a run of identical entries after the third into one line.
constexpr size_t kTracebackLimit = 1000;
constexpr int kRecursiveCutoff = 3;

void print_repeated(ErrWriter& w, int count) {
  int more = count - kRecursiveCutoff;
  w << "  [Previous line repeated " << std::to_string(more) << " more time" << (more > 1 ? "s" : "")
    << "]\n";
}

void print_entries(ErrWriter& w, const std::vector<TracebackEntry>& entries) {
  size_t first = entries.size() > kTracebackLimit ? entries.size() - kTracebackLimit : 0;
  const TracebackEntry* last = nullptr;
  int count = 0;
  for (size_t i = first; i < entries.size(); ++i) {
    const TracebackEntry& e = entries[i];
    if (!last || e.filename != last->filename || e.lineno != last->lineno || e.name != last->name) {
      if (count > kRecursiveCutoff) print_repeated(w, count);
      last = &e;
      count = 0;
    }
    if (++count <= kRecursiveCutoff) print_entry(w, e);
  }
  if (count > kRecursiveCutoff) print_repeated(w, count);
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
  // CPython's layout: 0-based offset, shifted left by the stripped
  // indentation; no caret when that points left of the text.
  int64_t off = offset.get().as_small_int() - 1 - lstrip_chars;
  int body_len = chars_in_prefix(body, static_cast<int>(body.size()));
  if (off > body_len) off = body_len;
  if (off < 0) return;
  int64_t reps = 1;
  int64_t end = (end_offset && end_offset.get().is_small_int()) ? end_offset.get().as_small_int() : -1;
  int64_t end_line = (end_lineno && end_lineno.get().is_small_int()) ? end_lineno.get().as_small_int() : line;
  // Tokenizer-level errors (IndentationError) always show a single caret.
  if (!isinstance_of(exc, &IndentationError_type) && end_line == line && end > 0) {
    int64_t end0 = end - 1 - lstrip_chars;
    if (end0 > off) reps = end0 - off;
  }
  w << "    " << std::string(off, ' ') << std::string(reps, '^') << "\n";
}

// ---- "Did you mean" suggestions (NameError, AttributeError), as CPython 3.11 ----
constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
  if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
  return a == b ? kCaseCost : kMoveCost;
}

size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  std::vector<size_t> buffer(a.size());
  for (size_t i = 0; i < a.size(); ++i) buffer[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t ai = 0; ai < a.size(); ++ai) {
      size_t substitute = distance + substitution_cost(b[bi], a[ai]);
      distance = buffer[ai];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[ai] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// The closest name in `candidates` (a list of str), or "".
std::string closest_name(ThreadState* ts, Value candidates, std::string_view name) {
  Ref list = sequence_to_list(ts, candidates);
  if (!list) {
    clear_error(ts);
    return "";
  }
  List* l = list.as<List>();
  int64_t n = l->length.load(std::memory_order_relaxed);
  if (static_cast<size_t>(n) >= kMaxCandidates) return "";
  std::string best;
  size_t best_distance = SIZE_MAX;
  for (int64_t i = 0; i < n; ++i) {
    Value item = l->items.load(std::memory_order_relaxed)[i];
    if (!is_str(item)) continue;
    std::string_view cand = str_utf8(item);
    if (cand == name) continue;
    size_t max_distance = (name.size() + cand.size() + 3) * kMoveCost / 6;
    max_distance = std::min(max_distance, best_distance - 1);
    size_t d = levenshtein(name, cand, max_distance);
    if (d > max_distance) continue;
    if (best.empty() || d < best_distance) {
      best = std::string(cand);
      best_distance = d;
    }
  }
  return best;
}

std::string suggestion_for(ThreadState* ts, Value exc) {
  bool name_error = isinstance_of(exc, &NameError_type);
  if (!name_error && !isinstance_of(exc, &AttributeError_type)) return "";
  Ref name = attr_or_null(ts, exc, "name");
  if (!name || !is_str(name.get())) return "";
  std::string_view wanted = str_utf8(name.get());
  if (!name_error) {
    Ref obj = attr_or_null(ts, exc, "obj");
    if (!obj || obj.get() == None()) return "";
    Ref dir_fn = get_attr_str(ts, ts->interp->builtins.get(), "dir");
    Ref names = dir_fn ? call1(ts, dir_fn.get(), obj.get()) : Ref();
    if (!names) {
      clear_error(ts);
      return "";
    }
    return closest_name(ts, names.get(), wanted);
  }
  // NameError: the innermost frame's locals, then its globals, then builtins.
  Object* tb = static_cast<BaseExc*>(exc.as_object())->traceback;
  if (!tb) return "";
  Ref cur = Ref::borrow(Value(tb));
  for (;;) {
    Ref next = attr_or_null(ts, cur.get(), "tb_next");
    if (!next || next.get() == None()) break;
    cur = std::move(next);
  }
  Ref frame = attr_or_null(ts, cur.get(), "tb_frame");
  if (!frame) return "";
  for (const char* scope : {"f_locals", "f_globals", "f_builtins"}) {
    Ref ns = attr_or_null(ts, frame.get(), scope);
    if (!ns) continue;
    std::string s = closest_name(ts, ns.get(), wanted);
    if (!s.empty()) return s;
  }
  return "";
}

void print_one(ThreadState* ts, ErrWriter& w, Value exc) {
  BaseExc* e = static_cast<BaseExc*>(exc.as_object());
  if (e->traceback) {
    w << "Traceback (most recent call last):\n";
    print_entries(w, traceback_entries(Value(e->traceback)));
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
  std::string hint = failed ? "" : suggestion_for(ts, exc);
  if (!hint.empty()) text += ". Did you mean: '" + hint + "'?";
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

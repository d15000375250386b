// parse(): prepares the source text (BOM, UTF-8 and NUL checks, Latin-1
// fallback) and runs the parser in the requested mode.
#include "core/parse/parse.h"

#include <cctype>
#include <cstdio>

#include "core/parse/parser.h"
#include "core/parse/unicode.h"

namespace weft {
namespace {

using syntax::Parser;
using syntax::Source;

// The encoding named by a PEP 263 declaration in the first two lines, or "".
std::string coding_declaration(std::string_view text) {
  size_t line_start = 0;
  for (int line = 0; line < 2 && line_start < text.size(); ++line) {
    size_t end = text.find('\n', line_start);
    std::string_view content = text.substr(line_start, end == std::string_view::npos ? end : end - line_start);
    size_t i = content.find_first_not_of(" \t\f");
    if (i == std::string_view::npos || content[i] != '#') {
      if (i != std::string_view::npos) return "";  // code on the first line ends the search
    } else {
      size_t coding = content.find("coding", i);
      if (coding != std::string_view::npos && coding + 6 < content.size() &&
          (content[coding + 6] == ':' || content[coding + 6] == '=')) {
        size_t name = content.find_first_not_of(" \t", coding + 7);
        std::string encoding;
        while (name != std::string_view::npos && name < content.size() &&
               (std::isalnum(static_cast<unsigned char>(content[name])) || content[name] == '-' ||
                content[name] == '_' || content[name] == '.')) {
          encoding += static_cast<char>(std::tolower(static_cast<unsigned char>(content[name++])));
        }
        return encoding;
      }
    }
    if (end == std::string_view::npos) break;
    line_start = end + 1;
  }
  return "";
}

bool is_latin1(const std::string& encoding) {
  return encoding == "latin-1" || encoding == "latin1" || encoding == "iso-8859-1" || encoding == "iso8859-1" ||
         encoding == "iso-latin-1" || encoding.rfind("latin-1-", 0) == 0 || encoding.rfind("iso-8859-1-", 0) == 0;
}

std::string latin1_to_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) syntax::append_utf8(out, c);
  return out;
}

void location_free_error(const std::string& filename, const std::string& msg, SyntaxErrorInfo* err) {
  *err = SyntaxErrorInfo{};
  err->kind = "SyntaxError";
  err->msg = msg;
  err->filename = filename;
}

// Brings the text to UTF-8 without BOM, or reports why it cannot be parsed.
bool prepare_text(std::string_view source, const std::string& filename, std::string* text, SyntaxErrorInfo* err) {
  if (source.find('\0') != std::string_view::npos) {
    location_free_error(filename, "source code string cannot contain null bytes", err);
    return false;
  }
  if (source.substr(0, 3) == "\xEF\xBB\xBF") source.remove_prefix(3);
  size_t bad = syntax::find_invalid_utf8(source);
  if (bad != std::string_view::npos) {
    // Text is taken as UTF-8 whatever its coding declaration says (as for
    // compile() of a str). Only a Latin-1 file that is not valid UTF-8 is
    // converted, so that such legacy modules still load.
    if (is_latin1(coding_declaration(source))) {
      *text = latin1_to_utf8(source);
      return true;
    }
    int lineno = 1;
    for (size_t i = 0; i < bad; ++i) lineno += source[i] == '\n';
    char msg[256];
    std::snprintf(msg, sizeof msg,
                  "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; "
                  "see https://peps.python.org/pep-0263/ for details",
                  static_cast<unsigned char>(source[bad]), filename.c_str(), lineno);
    location_free_error(filename, msg, err);
    return false;
  }
  *text = std::string(source);
  return true;
}

}  // namespace

std::unique_ptr<ast::Module> parse(std::string_view source, const std::string& filename, ParseMode mode,
                                   SyntaxErrorInfo* err) {
  std::string text;
  SyntaxErrorInfo local_error;
  SyntaxErrorInfo* error = err != nullptr ? err : &local_error;
  if (!prepare_text(source, filename, &text, error)) return nullptr;
  Source prepared(std::move(text), /*add_final_newline=*/mode == ParseMode::Exec);
  auto module = std::make_unique<ast::Module>();
  Parser parser(prepared, module->arena, filename);
  if (!parser.parse_module(mode, module.get())) {
    *error = parser.error();
    return nullptr;
  }
  return module;
}

}  // namespace weft

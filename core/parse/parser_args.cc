// Call arguments and function/lambda parameter lists, with CPython 3.11's
// diagnostics for misplaced defaults, stars, keywords and generator arguments.
#include "core/parse/parser.h"
#include "core/parse/parser_inl.h"

namespace weft::syntax {

using namespace ast;

namespace {

// The last item of a comprehension clause list, used to delimit errors.
const Expr* last_comprehension_item(const std::vector<comprehension*>& generators) {
  const comprehension* last = generators.back();
  return last->ifs.empty() ? last->iter : last->ifs.back();
}

}  // namespace

// primary '(' [arguments] ')', including a lone unparenthesised generator
// expression argument, whose node then spans the call's parentheses.
Expr* Parser::call(Expr* func, const Token& start) {
  const Token& open = advance();
  Call* node = arena_.make<Call>();
  node->func = func;
  call_arguments(node, open);
  node->lineno = start.lineno;
  node->col_offset = start.col_offset;
  set_end(node, prev());
  return node;
}

// Parses arguments up to and including ')'.
void Parser::call_arguments(Call* node, const Token& open, bool allow_genexp) {
  bool seen_keyword = false;
  bool seen_keyword_unpacking = false;
  const Token* double_star = nullptr;
  while (!at(Tok::RPar)) {
    const Token& start = peek();
    if (start.kind == Tok::Star) {
      advance();
      if (double_star != nullptr) {
        raise_at(start, "iterable argument unpacking follows keyword argument unpacking");
      }
      Expr* value = expression();
      Starred* starred = make_at<Starred>(start);
      starred->value = value;
      node->args.push_back(starred);
    } else if (start.kind == Tok::DoubleStar) {
      advance();
      Expr* value = expression();
      keyword* kw = make_at<keyword>(start);
      kw->value = value;
      node->keywords.push_back(kw);
      seen_keyword_unpacking = true;
      double_star = &start;
    } else if ((start.kind == Tok::Name || start.kind == Tok::KwTrue || start.kind == Tok::KwFalse ||
                start.kind == Tok::KwNone) &&
               peek(1).kind == Tok::Equal) {
      advance();
      const Token& equal = advance();
      if (start.kind != Tok::Name) raise_range(start, equal, "cannot assign to " + std::string(text(start)));
      Expr* value = expression();
      if (probe([&]() -> bool { return at_comprehension_start(); })) {
        raise_range(start, equal, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      keyword* kw = make_at<keyword>(start);
      kw->arg = identifier(start);
      kw->value = value;
      node->keywords.push_back(kw);
      seen_keyword = true;
    } else {
      if (seen_keyword || seen_keyword_unpacking) positional_after_keyword(seen_keyword_unpacking);
      Expr* value;
      if (start.kind == Tok::Name && peek(1).kind == Tok::ColonEqual) {
        value = named_expression();
      } else {
        value = expression();
        if (at(Tok::ColonEqual)) invalid_syntax();
      }
      if (at(Tok::Equal)) raise_range(value, peek(), "expression cannot contain assignment, perhaps you meant \"==\"?");
      // Only a sole argument may be a bare generator expression; for others
      // just CPython's error pass looks for `for`.
      bool first = node->args.empty() && node->keywords.empty();
      if (first ? at_comprehension_start() : probe([&]() -> bool { return at_comprehension_start(); })) {
        if (!allow_genexp) invalid_syntax();
        value = genexp_argument(value, open, node);
      }
      node->args.push_back(value);
    }
    if (!accept(Tok::Comma)) break;
  }
  expect(Tok::RPar);
}

// A generator expression written directly as an argument: allowed only as
// the sole argument (`f(x for x in y)`), where it spans the call's parentheses.
Expr* Parser::genexp_argument(Expr* elt, const Token& open, Call* call) {
  if (!call->args.empty() || !call->keywords.empty()) {
    // Not the sole argument: only CPython's error pass reads the clauses.
    auto generators = probe([&]() { return for_if_clauses(); });
    if (!generators.empty()) {
      raise_range(elt, last_comprehension_item(generators), "Generator expression must be parenthesized");
    }
    invalid_syntax();
  }
  auto generators = for_if_clauses();
  if (at(Tok::Comma)) {
    if (at(Tok::Comma)) {
      probe([&]() -> int {
        advance();
        peek();
        return 0;
      });
    }
    raise_range(elt, last_comprehension_item(generators), "Generator expression must be parenthesized");
  }
  if (!at(Tok::RPar)) invalid_syntax();
  GeneratorExp* node = arena_.make<GeneratorExp>();
  node->elt = elt;
  node->generators = std::move(generators);
  node->lineno = open.lineno;
  node->col_offset = open.col_offset;
  set_end(node, peek());  // the closing parenthesis
  return node;
}

// A positional argument after keyword arguments. CPython's first pass stops
// at it; its error pass then reads the remaining arguments and, if they are
// well formed, names the mistake (located at the last token read).
void Parser::positional_after_keyword(bool after_unpacking) {
  bool well_formed = probe([&]() -> bool {
    do {
      if (at(Tok::RPar)) break;
      if (at(Tok::Star) || at(Tok::DoubleStar)) {
        advance();
      } else if (at(Tok::Name) && peek(1).kind == Tok::Equal) {
        advance();
        advance();
      }
      if (at(Tok::Name) && peek(1).kind == Tok::ColonEqual) {
        named_expression();
      } else {
        Expr* value = expression();
        if (at(Tok::Equal)) {
          raise_range(value, peek(), "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
      }
    } while (accept(Tok::Comma));
    return true;
  });
  if (!well_formed) invalid_syntax();
  raise_at_last_token("SyntaxError", after_unpacking ? "positional argument follows keyword argument unpacking"
                                                     : "positional argument follows keyword argument");
}

// One parameter: NAME [':' annotation]. `*args` may be annotated with a
// starred expression (PEP 646).
arg* Parser::parameter(bool is_lambda, bool allow_star_annotation) {
  const Token& name = expect(Tok::Name);
  arg* param = make_at<arg>(name);
  param->arg = identifier(name);
  if (!is_lambda && accept(Tok::Colon)) {
    param->annotation = allow_star_annotation && at(Tok::Star) ? star_expression() : expression();
    set_end(param, prev());
  }
  return param;
}

// Parameter list of a def (up to ')') or lambda (up to ':'). The closing
// token is left for the caller.
arguments* Parser::parameters(Tok close, bool is_lambda) {
  arguments* args = arena_.make<arguments>();
  bool seen_default = false;
  bool seen_slash = false;
  const Token* star = nullptr;
  bool seen_kwarg = false;
  while (!at(close)) {
    const Token& token = peek();
    if (seen_kwarg) {
      if (token.kind == Tok::Name) {
        arg* param = parameter(is_lambda, false);
        raise_at(param, "arguments cannot follow var-keyword argument");
      }
      if (token.kind == Tok::Star || token.kind == Tok::DoubleStar || token.kind == Tok::Slash) {
        raise_at(token, "arguments cannot follow var-keyword argument");
      }
      invalid_syntax();
    }
    if (token.kind == Tok::Slash) {
      if (star != nullptr) raise_at(token, "/ must be ahead of *");
      if (args->args.empty() && args->posonlyargs.empty()) {
        bool comma = probe([&]() -> bool {
          advance();
          return at(Tok::Comma);
        });
        if (comma) raise_at(token, "at least one argument must precede /");
        invalid_syntax();
      }
      advance();
      if (seen_slash) raise_at(token, "/ may appear only once");
      if (at(Tok::Star)) raise_at(peek(), "expected comma between / and *");
      seen_slash = true;
      args->posonlyargs = std::move(args->args);
      args->args.clear();
    } else if (token.kind == Tok::Star) {
      if (star != nullptr) {
        bool repeated = probe([&]() -> bool {
          advance();
          return at(Tok::Name) || at(Tok::Comma);
        });
        if (repeated) raise_at(token, "* argument may appear only once");
        invalid_syntax();
      }
      advance();
      star = &token;
      if (at(Tok::Comma) || at(close)) {
        // Bare '*': keyword-only parameters must follow. (CPython locates the
        // lambda form of this error at the last token read.)
        if (at(close) || (peek(1).kind == close || peek(1).kind == Tok::DoubleStar)) {
          if (is_lambda) raise_at_last_token("SyntaxError", "named arguments must follow bare *");
          raise_at(token, "named arguments must follow bare *");
        }
      } else {
        args->vararg = parameter(is_lambda, /*allow_star_annotation=*/true);
        if (at(Tok::Equal)) raise_at(peek(), "var-positional argument cannot have default value");
      }
    } else if (token.kind == Tok::DoubleStar) {
      advance();
      args->kwarg = parameter(is_lambda, false);
      if (at(Tok::Equal)) raise_at(peek(), "var-keyword argument cannot have default value");
      seen_kwarg = true;
    } else if (token.kind == Tok::Name) {
      arg* param = parameter(is_lambda, false);
      Expr* default_value = nullptr;
      if (at(Tok::Equal)) {
        const Token& equal = advance();
        if (at(Tok::Comma) || at(close)) raise_at(equal, "expected default value expression");
        default_value = expression();
      }
      if (star != nullptr) {
        args->kwonlyargs.push_back(param);
        args->kw_defaults.push_back(default_value);
      } else {
        if (default_value != nullptr) {
          args->defaults.push_back(default_value);
          seen_default = true;
        } else if (seen_default) {
          if (!at(Tok::Comma) && !at(close)) invalid_syntax();
          raise_at(param, "non-default argument follows default argument");
        }
        args->args.push_back(param);
      }
    } else if (token.kind == Tok::LPar) {
      check_no_parenthesized_parameters(is_lambda);
      invalid_syntax();
    } else {
      invalid_syntax();
    }
    if (!accept(Tok::Comma)) break;
  }
  return args;
}

// `def f((a, b)):` — CPython names the mistake instead of "invalid syntax".
void Parser::check_no_parenthesized_parameters(bool is_lambda) {
  const Token& open = peek();
  const Token* close = probe([&]() -> const Token* {
    advance();
    do {
      if (!at(Tok::Name)) return nullptr;
      advance();
      if (!is_lambda && accept(Tok::Colon)) expression();
    } while (accept(Tok::Comma) && at(Tok::Name));
    return at(Tok::RPar) ? &peek() : nullptr;
  });
  if (close != nullptr) {
    raise_range(open, *close, is_lambda ? "Lambda expression parameters cannot be parenthesized"
                                        : "Function parameters cannot be parenthesized");
  }
}

}  // namespace weft::syntax

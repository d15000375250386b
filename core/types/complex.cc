// The complex type: arithmetic with CPython's algorithms (Smith-style
// division, exact small integer powers), repr "(1+2j)"/"1j"/"(-0-1j)",
// complex() from numbers, __complex__ and strings, hashing and formatting.
#include <cerrno>
#include <cmath>

#include "core/runtime/abstract.h"
#include "core/types/float_text.h"
#include "core/types/format_spec.h"
#include "core/types/num_internal.h"

namespace weft {

Type complex_type;

namespace {

struct C {
  double re, im;
};

C c_prod(C a, C b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// CPython's _Py_c_quot; *zero_div is set when b == 0.
C c_quot(C a, C b, bool* zero_div) {
  *zero_div = false;
  double abs_re = std::fabs(b.re), abs_im = std::fabs(b.im);
  if (abs_re >= abs_im) {
    if (abs_re == 0.0) {
      *zero_div = true;
      return {0.0, 0.0};
    }
    double ratio = b.im / b.re, denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_im >= abs_re) {
    double ratio = b.re / b.im, denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};
}

C c_powu(C x, long n) {
  C r{1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

// Returns false for 0 ** (negative or complex).
bool c_pow(C a, C b, C* out) {
  if (b.re == 0.0 && b.im == 0.0) {
    *out = {1.0, 0.0};
    return true;
  }
  if (a.re == 0.0 && a.im == 0.0) {
    *out = {0.0, 0.0};
    return !(b.im != 0.0 || b.re < 0.0);
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  *out = {len * std::cos(phase), len * std::sin(phase)};
  return true;
}

Complex* alloc_complex(Type* t, double re, double im) {
  Complex* c = static_cast<Complex*>(alloc_object(t, t->basic_size));
  if (c) {
    c->real = re;
    c->imag = im;
  }
  return c;
}

C value_of(Value v) {
  Complex* c = static_cast<Complex*>(v.as_object());
  return {c->real, c->imag};
}

bool is_complex(Value v) { return v.is_object() && isinstance_of(v, &complex_type); }

// Operand conversion: 1 ok, 0 not a number we handle, -1 error.
int as_complex(ThreadState* ts, Value v, C* out) {
  if (is_complex(v)) {
    *out = value_of(v);
    return 1;
  }
  if (is_int(v)) {
    bool ok;
    out->re = int_to_double(ts, v, &ok);
    out->im = 0.0;
    return ok ? 1 : -1;
  }
  if (is_float(v)) {
    *out = {float_value(v), 0.0};
    return 1;
  }
  return 0;
}

Ref make(C c) { return new_complex(c.re, c.im); }

Ref complex_repr(ThreadState*, Value v) {
  C c = value_of(v);
  std::string s;
  if (c.re == 0.0 && !std::signbit(c.re)) {
    s = double_to_string(c.im, 'r', 0, 0) + "j";
  } else {
    s = "(" + double_to_string(c.re, 'r', 0, 0) + double_to_string(c.im, 'r', 0, kDtsSign) + "j)";
  }
  return new_str_ascii(s);
}

int64_t complex_hash(ThreadState*, Value v) {
  C c = value_of(v);
  uint64_t hr = uint64_t(std::isnan(c.re) ? pointer_hash(v.as_object()) : float_hash(c.re));
  uint64_t hi = uint64_t(std::isnan(c.im) ? pointer_hash(v.as_object()) : float_hash(c.im));
  int64_t h = int64_t(hr + 1000003u * hi);
  return h == -1 ? -2 : h;
}

Ref complex_richcompare(ThreadState*, Value a, Value b, CmpOp op) {
  if (op != CmpOp::Eq && op != CmpOp::Ne) return new_notimpl();
  if (!is_complex(a)) return new_notimpl();
  C x = value_of(a);
  bool eq;
  if (is_int(b)) {
    eq = x.im == 0.0 && !std::isnan(x.re) && compare_int_double(b, x.re) == 0;
  } else if (is_float(b)) {
    eq = x.im == 0.0 && x.re == float_value(b);
  } else if (is_complex(b)) {
    C y = value_of(b);
    eq = x.re == y.re && x.im == y.im;
  } else {
    return new_notimpl();
  }
  return new_bool(op == CmpOp::Eq ? eq : !eq);
}

template <int OP>
Ref complex_binary_slot(ThreadState* ts, Value a, Value b) {
  C x, y;
  int ca = as_complex(ts, a, &x);
  if (ca <= 0) return ca < 0 ? nullptr : new_notimpl();
  int cb = as_complex(ts, b, &y);
  if (cb <= 0) return cb < 0 ? nullptr : new_notimpl();
  switch (static_cast<BinOp>(OP)) {
    case BinOp::Add: return make({x.re + y.re, x.im + y.im});
    case BinOp::Sub: return make({x.re - y.re, x.im - y.im});
    case BinOp::Mul: return make(c_prod(x, y));
    case BinOp::TrueDiv: {
      bool zero;
      C q = c_quot(x, y, &zero);
      if (zero) {
        set_error(ts, &ZeroDivisionError_type, "complex division by zero");
        return nullptr;
      }
      return make(q);
    }
    case BinOp::Pow: return complex_pow_values(ts, x.re, x.im, y.re, y.im);
    default: return new_notimpl();
  }
}

Ref complex_pow3(ThreadState* ts, Value a, Value b, Value c) {
  C x, y;
  int ca = as_complex(ts, a, &x);
  if (ca <= 0) return ca < 0 ? nullptr : new_notimpl();
  int cb = as_complex(ts, b, &y);
  if (cb <= 0) return cb < 0 ? nullptr : new_notimpl();
  if (c && !c.is(None())) {
    set_error(ts, &ValueError_type, "complex modulo");
    return nullptr;
  }
  return complex_pow_values(ts, x.re, x.im, y.re, y.im);
}

Ref complex_neg(ThreadState*, Value v) {
  C c = value_of(v);
  return make({-c.re, -c.im});
}

Ref complex_pos(ThreadState*, Value v) {
  if (v.as_object()->type == &complex_type) return Ref::borrow(v);
  return make(value_of(v));
}

Ref complex_abs(ThreadState* ts, Value v) {
  C c = value_of(v);
  if (!std::isfinite(c.re) || !std::isfinite(c.im)) {
    if (std::isinf(c.re)) return new_float(std::fabs(c.re));
    if (std::isinf(c.im)) return new_float(std::fabs(c.im));
    return new_float(NAN);
  }
  double r = std::hypot(c.re, c.im);
  if (!std::isfinite(r)) {
    set_error(ts, &OverflowError_type, "absolute value too large");
    return nullptr;
  }
  return new_float(r);
}

int complex_bool(ThreadState*, Value v) {
  C c = value_of(v);
  return c.re != 0.0 || c.im != 0.0;
}

// ---- construction --------------------------------------------------------------------

Ref complex_from_string(ThreadState* ts, Value s) {
  double re, im;
  bool bad_underscore;
  std::string ascii = numeric_text_to_ascii(static_cast<Str*>(s.as_object()));
  if (parse_complex_literal(ascii, &re, &im, &bad_underscore)) return new_complex(re, im);
  if (bad_underscore) {
    Ref r = repr_of(ts, s);
    if (!r) return nullptr;
    set_errorf(ts, &ValueError_type, "could not convert string to complex: %s",
               std::string(str_utf8(r.get())).c_str());
  } else {
    set_error(ts, &ValueError_type, "complex() arg is a malformed string");
  }
  return nullptr;
}

// __complex__ if the type defines it: 1 = *out set, 0 = none, -1 = error.
int try_complex_method(ThreadState* ts, Value v, Ref* out) {
  Ref f = lookup_special(ts, v, ident(ts, "__complex__"));
  if (!f) return ts->has_error() ? -1 : 0;
  Ref r = call0(ts, f.get());
  if (!r) return -1;
  if (!is_complex(r.get())) {
    set_errorf(ts, &TypeError_type, "__complex__ returned non-complex (type %s)",
               type_name(r.get()));
    return -1;
  }
  if (r.obj()->type != &complex_type) {
    std::string msg = std::string("__complex__ returned non-complex (type ") +
                      type_name(r.get()) +
                      ").  The ability to return an instance of a strict subclass of complex is "
                      "deprecated, and may be removed in a future version of Python.";
    if (warn(ts, &DeprecationWarning_type, msg) < 0) return -1;
  }
  *out = std::move(r);
  return 1;
}

bool is_number_for_complex(Value v) {
  Type* t = type_of(v);
  return t->to_float || t->index || is_complex(v);
}

Ref complex_value_from_args(ThreadState* ts, Type* type, Value r, Value i) {
  if (!r) r = Value::small_int(0);
  if (is_str(r)) {
    if (i) {
      set_error(ts, &TypeError_type, "complex() can't take second arg if first is a string");
      return nullptr;
    }
    return complex_from_string(ts, r);
  }
  if (i && is_str(i)) {
    set_error(ts, &TypeError_type, "complex() second arg can't be a string");
    return nullptr;
  }
  if (!i && type == &complex_type && r.is_object() && r.as_object()->type == &complex_type)
    return Ref::borrow(r);  // complex(z) is z for an exact complex
  Ref special;
  int got = try_complex_method(ts, r, &special);
  if (got < 0) return nullptr;
  if (got) r = special.get();
  if (!is_number_for_complex(r)) {
    set_errorf(ts, &TypeError_type,
               "complex() first argument must be a string or a number, not '%s'", type_name(r));
    return nullptr;
  }
  if (i && !is_number_for_complex(i)) {
    set_errorf(ts, &TypeError_type, "complex() second argument must be a number, not '%s'",
               type_name(i));
    return nullptr;
  }
  C cr{0, 0}, ci{0, 0};
  bool cr_complex = false, ci_complex = false;
  if (is_complex(r)) {
    cr = value_of(r);
    cr_complex = true;
  } else {
    Ref f = float_from_object(ts, r);
    if (!f) return nullptr;
    cr = {float_value(f.get()), 0.0};
  }
  if (!i) {
    ci.re = cr.im;
  } else if (is_complex(i)) {
    ci = value_of(i);
    ci_complex = true;
  } else {
    Ref f = float_from_object(ts, i);
    if (!f) return nullptr;
    ci.re = float_value(f.get());
  }
  if (ci_complex) cr.re -= ci.im;
  if (cr_complex && i) ci.re += cr.im;
  return new_complex(cr.re, ci.re);
}

Ref complex_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  if (!parse_args(ts, "complex", args, nargs, kwnames, {"real", "imag"}, 0, a, 0)) return nullptr;
  Ref v = complex_value_from_args(ts, type, a[0], a[1]);
  if (!v || type == &complex_type) return v;
  C c = value_of(v.get());
  Complex* o = alloc_complex(type, c.re, c.im);
  if (!o) return set_no_memory(ts);
  return Ref::steal(Value(o));
}

// ---- methods ---------------------------------------------------------------------------

Ref m_conjugate(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "complex.conjugate", nargs, kw)) return nullptr;
  C c = value_of(self);
  return make({c.re, -c.im});
}

Ref m_complex(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "complex.__complex__", nargs, kw)) return nullptr;
  if (self.as_object()->type == &complex_type) return Ref::borrow(self);
  return make(value_of(self));
}

Ref m_getnewargs(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "complex.__getnewargs__", nargs, kw)) return nullptr;
  C c = value_of(self);
  Ref re = new_float(c.re), im = new_float(c.im);
  return new_tuple({re.get(), im.get()});
}

Ref m_format(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one_arg(ts, "complex.__format__", nargs, kw)) return nullptr;
  Value spec = args[0];
  if (!is_str(spec)) {
    set_errorf(ts, &TypeError_type, "__format__() argument must be str, not %s", type_name(spec));
    return nullptr;
  }
  return format_complex_value(ts, self, static_cast<Str*>(spec.as_object()));
}

Ref g_real(ThreadState*, Value self) { return new_float(value_of(self).re); }
Ref g_imag(ThreadState*, Value self) { return new_float(value_of(self).im); }

const MethodDef complex_methods[] = {
    {"conjugate", m_conjugate, kMethInstance, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", m_complex, kMethInstance, "Convert complex to complex."},
    {"__getnewargs__", m_getnewargs, kMethInstance, nullptr},
    {"__format__", m_format, kMethInstance, "Convert to a string according to format_spec."},
    {nullptr, nullptr, 0, nullptr}};

const GetSetDef complex_getsets[] = {
    {"real", g_real, nullptr, "the real part of a complex number"},
    {"imag", g_imag, nullptr, "the imaginary part of a complex number"},
    {nullptr, nullptr, nullptr, nullptr}};

void complex_dealloc(Object* o) { free_object(o); }

}  // namespace

Ref new_complex(double re, double im) {
  return Ref::steal(Value(alloc_complex(&complex_type, re, im)));
}

Ref complex_pow_values(ThreadState* ts, double ar, double ai, double br, double bi) {
  C a{ar, ai}, b{br, bi}, p;
  bool ok = true;
  errno = 0;  // as CPython, libm's errno decides (e.g. cos(inf) in c_pow is EDOM)
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    long n = long(b.re);
    if (n >= 0) {
      p = c_powu(a, n);
    } else {
      bool zero;
      p = c_quot({1.0, 0.0}, c_powu(a, -n), &zero);
      ok = !zero;
    }
  } else {
    ok = c_pow(a, b, &p);
  }
  int err = ok ? errno : EDOM;
  if (std::isinf(p.re) || std::isinf(p.im)) {
    if (err == 0) err = ERANGE;
  } else if (err == ERANGE) {
    err = 0;
  }
  if (err == EDOM) {
    set_error(ts, &ZeroDivisionError_type, "0.0 to a negative or complex power");
    return nullptr;
  }
  if (err == ERANGE) {
    set_error(ts, &OverflowError_type, "complex exponentiation");
    return nullptr;
  }
  return make(p);
}

bool complex_parts_of(ThreadState* ts, Value v, double* re, double* im) {
  if (is_complex(v)) {
    C c = value_of(v);
    *re = c.re;
    *im = c.im;
    return true;
  }
  Ref special;
  int got = try_complex_method(ts, v, &special);
  if (got < 0) return false;
  if (got) {
    C c = value_of(special.get());
    *re = c.re;
    *im = c.im;
    return true;
  }
  *im = 0.0;
  return to_double(ts, v, re);
}

void setup_complex_types() {
  Type& t = complex_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "complex";
  t.basic_size = sizeof(Complex);
  t.flags = kTypeBaseType | kTypeImmutable;
  t.base = &object_type;
  t.dealloc = complex_dealloc;
  t.repr = complex_repr;
  t.hash = complex_hash;
  t.richcompare = complex_richcompare;
  t.binary[int(BinOp::Add)] = complex_binary_slot<int(BinOp::Add)>;
  t.binary[int(BinOp::Sub)] = complex_binary_slot<int(BinOp::Sub)>;
  t.binary[int(BinOp::Mul)] = complex_binary_slot<int(BinOp::Mul)>;
  t.binary[int(BinOp::TrueDiv)] = complex_binary_slot<int(BinOp::TrueDiv)>;
  t.binary[int(BinOp::Pow)] = complex_binary_slot<int(BinOp::Pow)>;
  t.pow3 = complex_pow3;
  t.neg = complex_neg;
  t.pos = complex_pos;
  t.abs = complex_abs;
  t.to_bool = complex_bool;
  t.new_ = complex_new;
  t.methods = complex_methods;
  t.getsets = complex_getsets;
  t.doc =
      "Create a complex number from a real part and an optional imaginary part.\n\nThis is "
      "equivalent to (real + imag*1j) where imag defaults to 0.";
  register_static_type(&t);
}

}  // namespace weft

// The cmath module: complex square root, exponential and logarithm with
// CPython's algorithms for finite arguments (C99 Annex G values otherwise),
// the trigonometric and hyperbolic functions, phase/polar/rect and isclose.
#include <cfloat>
#include <cmath>
#include <complex>

#include "core/runtime/abstract.h"
#include "core/types/func.h"
#include "core/types/num_internal.h"
#include "stdlib/stdlib.h"

namespace weft {
namespace {

using Cx = std::complex<double>;

constexpr double kLargeDouble = DBL_MAX / 4.0;
constexpr double kLogLargeDouble = 708.3964185322641;  // log(DBL_MAX / 4)
constexpr double kLn2 = 0.6931471805599453094;
constexpr double kLn10 = 2.302585092994045684;
constexpr double kE = 2.718281828459045235360287471352662498;
constexpr double kPi = 3.141592653589793238462643383279502884197;

Ref domain_error(ThreadState* ts) {
  set_error(ts, &ValueError_type, "math domain error");
  return nullptr;
}
Ref range_error(ThreadState* ts) {
  set_error(ts, &OverflowError_type, "math range error");
  return nullptr;
}

bool arg_complex(ThreadState* ts, Value v, Cx* out) {
  double re, im;
  if (!complex_parts_of(ts, v, &re, &im)) return false;
  *out = Cx(re, im);
  return true;
}

bool one_arg(ThreadState* ts, const char* name, size_t nargs, Tuple* kw) {
  if (kw && kw->length) {
    set_errorf(ts, &TypeError_type, "cmath.%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 1) {
    set_errorf(ts, &TypeError_type, "cmath.%s() takes exactly one argument (%zu given)", name,
               nargs);
    return false;
  }
  return true;
}

bool finite(Cx z) { return std::isfinite(z.real()) && std::isfinite(z.imag()); }

Cx c_sqrt(Cx z) {
  if (!finite(z)) return std::sqrt(z);
  if (z.real() == 0.0 && z.imag() == 0.0) return Cx(0.0, z.imag());
  double ax = std::fabs(z.real()), ay = std::fabs(z.imag()), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {  // hypot(ax, ay) would be subnormal
    ax = std::ldexp(ax, 53);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, 53))), -27);
  } else {
    ax /= 8.0;
    s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
  }
  double d = ay / (2.0 * s);
  if (z.real() >= 0.0) return Cx(s, std::copysign(d, z.imag()));
  return Cx(d, std::copysign(s, z.imag()));
}

Cx c_exp(Cx z) {
  if (!finite(z)) return std::exp(z);
  double l;
  if (z.real() > kLogLargeDouble) {
    l = std::exp(z.real() - 1.0);
    return Cx(l * std::cos(z.imag()) * kE, l * std::sin(z.imag()) * kE);
  }
  l = std::exp(z.real());
  return Cx(l * std::cos(z.imag()), l * std::sin(z.imag()));
}

// Returns false at log(0).
bool c_log(Cx z, Cx* out) {
  if (!finite(z)) {
    *out = std::log(z);
    return true;
  }
  double ax = std::fabs(z.real()), ay = std::fabs(z.imag()), re;
  if (ax > kLargeDouble || ay > kLargeDouble) {
    re = std::log(std::hypot(ax / 2.0, ay / 2.0)) + kLn2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax == 0.0 && ay == 0.0) {  // log(0) = -inf + i*phase, a domain error
      *out = Cx(-HUGE_VAL, std::atan2(z.imag(), z.real()));
      return false;
    }
    re = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) -
         DBL_MANT_DIG * kLn2;
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = std::log1p((am - 1) * (am + 1) + an * an) / 2.0;
    } else {
      re = std::log(h);
    }
  }
  *out = Cx(re, std::atan2(z.imag(), z.real()));
  return true;
}

// Complex division as the complex type does it; false on division by zero.
bool c_quot(Cx a, Cx b, Cx* out) {
  double abs_re = std::fabs(b.real()), abs_im = std::fabs(b.imag());
  if (abs_re >= abs_im) {
    if (abs_re == 0.0) return false;
    double ratio = b.imag() / b.real(), denom = b.real() + b.imag() * ratio;
    *out = Cx((a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom);
  } else if (abs_im >= abs_re) {
    double ratio = b.real() / b.imag(), denom = b.real() * ratio + b.imag();
    *out = Cx((a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom);
  } else {
    *out = Cx(NAN, NAN);
  }
  return true;
}

// CPython's algorithms for finite arguments (Kahan's branch-cut-aware
// formulas); non-finite arguments take the C99 Annex G values.
constexpr double kSqrtLargeDouble = 4.7403759540545887e+153;  // sqrt(DBL_MAX / 4)
constexpr double kSqrtDblMin = 1.4916681462400413e-154;       // sqrt(DBL_MIN)

Cx c_asinh(Cx z) {
  if (!finite(z)) return std::asinh(z);
  double x = z.real(), y = z.imag(), re, im;
  if (std::fabs(x) > kLargeDouble || std::fabs(y) > kLargeDouble) {
    double l = std::log(std::hypot(x / 2.0, y / 2.0)) + kLn2 * 2.0;
    re = y >= 0.0 ? std::copysign(l, x) : -std::copysign(l, -x);
    im = std::atan2(y, std::fabs(x));
  } else {
    Cx s1 = c_sqrt(Cx(1.0 + y, -x)), s2 = c_sqrt(Cx(1.0 - y, x));
    re = std::asinh(s1.real() * s2.imag() - s2.real() * s1.imag());
    im = std::atan2(y, s1.real() * s2.real() - s1.imag() * s2.imag());
  }
  return Cx(re, im);
}

Cx c_asin(Cx z) {  // asin(z) = -i asinh(iz)
  Cx s = c_asinh(Cx(-z.imag(), z.real()));
  return Cx(s.imag(), -s.real());
}

Cx c_acos(Cx z) {
  if (!finite(z)) return std::acos(z);
  double x = z.real(), y = z.imag(), re, im;
  if (std::fabs(x) > kLargeDouble || std::fabs(y) > kLargeDouble) {
    re = std::atan2(std::fabs(y), x);
    double l = std::log(std::hypot(x / 2.0, y / 2.0)) + kLn2 * 2.0;
    im = x < 0.0 ? -std::copysign(l, y) : std::copysign(l, -y);
  } else {
    Cx s1 = c_sqrt(Cx(1.0 - x, -y)), s2 = c_sqrt(Cx(1.0 + x, y));
    re = 2.0 * std::atan2(s1.real(), s2.real());
    im = std::asinh(s2.real() * s1.imag() - s2.imag() * s1.real());
  }
  return Cx(re, im);
}

Cx c_acosh(Cx z) {
  if (!finite(z)) return std::acosh(z);
  double x = z.real(), y = z.imag(), re, im;
  if (std::fabs(x) > kLargeDouble || std::fabs(y) > kLargeDouble) {
    re = std::log(std::hypot(x / 2.0, y / 2.0)) + kLn2 * 2.0;
    im = std::atan2(y, x);
  } else {
    Cx s1 = c_sqrt(Cx(x - 1.0, y)), s2 = c_sqrt(Cx(x + 1.0, y));
    re = std::asinh(s1.real() * s2.real() + s1.imag() * s2.imag());
    im = 2.0 * std::atan2(s1.imag(), s2.real());
  }
  return Cx(re, im);
}

// *pole is set at atanh(+-1).
Cx c_atanh(Cx z, bool* pole) {
  *pole = false;
  if (!finite(z)) return std::atanh(z);
  if (z.real() < 0.0) return -c_atanh(-z, pole);
  double x = z.real(), y = z.imag(), ay = std::fabs(y);
  if (x > kSqrtLargeDouble || ay > kSqrtLargeDouble) {
    double h = std::hypot(x / 2.0, y / 2.0);
    return Cx(x / 4.0 / h / h, -std::copysign(kPi / 2.0, -y));
  }
  if (x == 1.0 && ay < kSqrtDblMin) {
    if (ay == 0.0) {
      *pole = true;
      return Cx(HUGE_VAL, y);
    }
    return Cx(-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0))),
              std::copysign(std::atan2(2.0, -ay) / 2, y));
  }
  return Cx(std::log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
            -std::atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0);
}

Cx c_atan(Cx z, bool* pole) {  // atan(z) = -i atanh(iz)
  Cx s = c_atanh(Cx(-z.imag(), z.real()), pole);
  return Cx(s.imag(), -s.real());
}

Cx c_cosh(Cx z) {
  if (!finite(z)) return std::cosh(z);
  double x = z.real(), y = z.imag();
  if (std::fabs(x) > kLogLargeDouble) {
    double xm1 = x - std::copysign(1.0, x);
    return Cx(std::cos(y) * std::cosh(xm1) * kE, std::sin(y) * std::sinh(xm1) * kE);
  }
  return Cx(std::cos(y) * std::cosh(x), std::sin(y) * std::sinh(x));
}

Cx c_sinh(Cx z) {
  if (!finite(z)) return std::sinh(z);
  double x = z.real(), y = z.imag();
  if (std::fabs(x) > kLogLargeDouble) {
    double xm1 = x - std::copysign(1.0, x);
    return Cx(std::cos(y) * std::sinh(xm1) * kE, std::sin(y) * std::cosh(xm1) * kE);
  }
  return Cx(std::cos(y) * std::sinh(x), std::sin(y) * std::cosh(x));
}

Cx c_tanh(Cx z) {
  if (!finite(z)) return std::tanh(z);
  double x = z.real(), y = z.imag();
  if (std::fabs(x) > kLogLargeDouble)
    return Cx(std::copysign(1.0, x), 4.0 * std::sin(y) * std::cos(y) * std::exp(-2.0 * std::fabs(x)));
  double tx = std::tanh(x), ty = std::tan(y), cx = 1.0 / std::cosh(x);
  double txty = tx * ty, denom = 1.0 + txty * txty;
  return Cx(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

Cx c_cos(Cx z) { return c_cosh(Cx(-z.imag(), z.real())); }  // cos(z) = cosh(iz)
Cx c_sin(Cx z) {                                             // sin(z) = -i sinh(iz)
  Cx s = c_sinh(Cx(-z.imag(), z.real()));
  return Cx(s.imag(), -s.real());
}
Cx c_tan(Cx z) {  // tan(z) = -i tanh(iz)
  Cx s = c_tanh(Cx(-z.imag(), z.real()));
  return Cx(s.imag(), -s.real());
}

// Errors: a NaN produced from NaN-free arguments is a domain error; an
// infinity from finite arguments is a range error (a domain error at poles).
Ref checked(ThreadState* ts, Cx z, Cx r, bool overflow_is_range) {
  bool z_nan = std::isnan(z.real()) || std::isnan(z.imag());
  if (!z_nan && (std::isnan(r.real()) || std::isnan(r.imag()))) return domain_error(ts);
  if (finite(z) && (std::isinf(r.real()) || std::isinf(r.imag())))
    return overflow_is_range ? range_error(ts) : domain_error(ts);
  return new_complex(r.real(), r.imag());
}

#define CMATH_FUNC(pyname, expr, overflow_is_range)                                       \
  Ref f_##pyname(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {   \
    Cx z;                                                                                 \
    if (!one_arg(ts, #pyname, nargs, kw) || !arg_complex(ts, args[0], &z)) return nullptr; \
    bool pole = false;                                                                    \
    Cx r = expr;                                                                          \
    if (pole) return domain_error(ts);                                                    \
    return checked(ts, z, r, overflow_is_range);                                          \
  }

CMATH_FUNC(acos, c_acos(z), false)
CMATH_FUNC(acosh, c_acosh(z), false)
CMATH_FUNC(asin, c_asin(z), false)
CMATH_FUNC(asinh, c_asinh(z), false)
CMATH_FUNC(atan, c_atan(z, &pole), false)
CMATH_FUNC(atanh, c_atanh(z, &pole), false)
CMATH_FUNC(cos, c_cos(z), true)
CMATH_FUNC(cosh, c_cosh(z), true)
CMATH_FUNC(sin, c_sin(z), true)
CMATH_FUNC(sinh, c_sinh(z), true)
CMATH_FUNC(tan, c_tan(z), true)
CMATH_FUNC(tanh, c_tanh(z), true)
CMATH_FUNC(sqrt, c_sqrt(z), true)
#undef CMATH_FUNC

Ref f_exp(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Cx z;
  if (!one_arg(ts, "exp", nargs, kw) || !arg_complex(ts, args[0], &z)) return nullptr;
  if (std::isfinite(z.real()) && std::isinf(z.imag())) return domain_error(ts);
  return checked(ts, z, c_exp(z), true);
}

Ref f_log(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->length) {
    set_error(ts, &TypeError_type, "cmath.log() takes no keyword arguments");
    return nullptr;
  }
  if (nargs < 1 || nargs > 2) {
    set_errorf(ts, &TypeError_type, "log expected %s, got %zu",
               nargs < 1 ? "at least 1 argument" : "at most 2 arguments", nargs);
    return nullptr;
  }
  Cx z, r;
  if (!arg_complex(ts, args[0], &z)) return nullptr;
  bool ok = c_log(z, &r);
  if (nargs == 2) {  // as CPython, only the base's log (or the division) decides
    Cx b, lb;
    if (!arg_complex(ts, args[1], &b)) return nullptr;
    ok = c_log(b, &lb) && c_quot(r, lb, &r);
  }
  if (!ok) return domain_error(ts);
  return new_complex(r.real(), r.imag());
}

Ref f_log10(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Cx z, r;
  if (!one_arg(ts, "log10", nargs, kw) || !arg_complex(ts, args[0], &z)) return nullptr;
  if (!c_log(z, &r)) return domain_error(ts);
  return new_complex(r.real() / kLn10, r.imag() / kLn10);
}

Ref f_phase(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Cx z;
  if (!one_arg(ts, "phase", nargs, kw) || !arg_complex(ts, args[0], &z)) return nullptr;
  return new_float(std::atan2(z.imag(), z.real()));
}

Ref f_polar(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Cx z;
  if (!one_arg(ts, "polar", nargs, kw) || !arg_complex(ts, args[0], &z)) return nullptr;
  double r;
  if (!finite(z)) {
    r = std::isinf(z.real()) || std::isinf(z.imag()) ? HUGE_VAL : NAN;
  } else {
    r = std::hypot(z.real(), z.imag());
    if (std::isinf(r)) return range_error(ts);
  }
  Ref a = new_float(r), b = new_float(std::atan2(z.imag(), z.real()));
  return new_tuple({a.get(), b.get()});
}

Ref f_rect(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->length) {
    set_error(ts, &TypeError_type, "cmath.rect() takes no keyword arguments");
    return nullptr;
  }
  if (nargs != 2) {
    set_errorf(ts, &TypeError_type, "rect expected 2 arguments, got %zu", nargs);
    return nullptr;
  }
  double r, phi;
  if (!to_double(ts, args[0], &r) || !to_double(ts, args[1], &phi)) return nullptr;
  if (!std::isfinite(r) || !std::isfinite(phi)) {
    if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {
      double re = std::copysign(HUGE_VAL, std::cos(phi)), im = std::copysign(HUGE_VAL, std::sin(phi));
      return r > 0 ? new_complex(re, im) : new_complex(-re, -im);
    }
    if (r != 0.0 && !std::isnan(r) && std::isinf(phi)) return domain_error(ts);
    // CPython's special-value table, case by case.
    if (std::isnan(r)) return new_complex(NAN, phi == 0.0 ? 0.0 : NAN);
    if (r == 0.0) return new_complex(0.0, 0.0);
    if (std::isinf(r)) {
      if (std::isnan(phi)) return new_complex(HUGE_VAL, NAN);
      bool flip = (r < 0) != std::signbit(phi);  // the sign of the zero imaginary part
      return new_complex(r, flip ? -0.0 : 0.0);
    }
    return new_complex(NAN, NAN);
  }
  if (phi == 0.0) return new_complex(r, r * phi);
  return new_complex(r * std::cos(phi), r * std::sin(phi));
}

Ref f_isfinite(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Cx z;
  if (!one_arg(ts, "isfinite", nargs, kw) || !arg_complex(ts, args[0], &z)) return nullptr;
  return new_bool(finite(z));
}
Ref f_isinf(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Cx z;
  if (!one_arg(ts, "isinf", nargs, kw) || !arg_complex(ts, args[0], &z)) return nullptr;
  return new_bool(std::isinf(z.real()) || std::isinf(z.imag()));
}
Ref f_isnan(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Cx z;
  if (!one_arg(ts, "isnan", nargs, kw) || !arg_complex(ts, args[0], &z)) return nullptr;
  return new_bool(std::isnan(z.real()) || std::isnan(z.imag()));
}

Ref f_isclose(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs > 2) {
    set_errorf(ts, &TypeError_type, "isclose() takes exactly 2 positional arguments (%zu given)",
               nargs);
    return nullptr;
  }
  Value v[4];
  if (!parse_args(ts, "isclose", args, nargs, kw, {"a", "b", "rel_tol", "abs_tol"}, 0, v, 0))
    return nullptr;
  for (int i = 0; i < 2; ++i) {
    if (!v[i]) {
      set_errorf(ts, &TypeError_type, "isclose() missing required argument '%s' (pos %d)",
                 i ? "b" : "a", i + 1);
      return nullptr;
    }
  }
  Cx a, b;
  double rel_tol = 1e-09, abs_tol = 0.0;
  if (!arg_complex(ts, v[0], &a) || !arg_complex(ts, v[1], &b)) return nullptr;
  if (v[2] && !to_double(ts, v[2], &rel_tol)) return nullptr;
  if (v[3] && !to_double(ts, v[3], &abs_tol)) return nullptr;
  if (rel_tol < 0.0 || abs_tol < 0.0) {
    set_error(ts, &ValueError_type, "tolerances must be non-negative");
    return nullptr;
  }
  if (a == b) return new_bool(true);
  if (std::isinf(a.real()) || std::isinf(a.imag()) || std::isinf(b.real()) ||
      std::isinf(b.imag()))
    return new_bool(false);
  double diff = std::hypot((a - b).real(), (a - b).imag());
  return new_bool(diff <= rel_tol * std::hypot(b.real(), b.imag()) ||
                  diff <= rel_tol * std::hypot(a.real(), a.imag()) || diff <= abs_tol);
}

const MethodDef cmath_functions[] = {
    {"acos", f_acos, kMethStatic, "Return the arc cosine of z."},
    {"acosh", f_acosh, kMethStatic, "Return the inverse hyperbolic cosine of z."},
    {"asin", f_asin, kMethStatic, "Return the arc sine of z."},
    {"asinh", f_asinh, kMethStatic, "Return the inverse hyperbolic sine of z."},
    {"atan", f_atan, kMethStatic, "Return the arc tangent of z."},
    {"atanh", f_atanh, kMethStatic, "Return the inverse hyperbolic tangent of z."},
    {"cos", f_cos, kMethStatic, "Return the cosine of z."},
    {"cosh", f_cosh, kMethStatic, "Return the hyperbolic cosine of z."},
    {"exp", f_exp, kMethStatic, "Return the exponential value e**z."},
    {"isclose", f_isclose, kMethStatic, "Determine whether two complex numbers are close in value."},
    {"isfinite", f_isfinite, kMethStatic, "Return True if both the real and imaginary parts of z are finite, else False."},
    {"isinf", f_isinf, kMethStatic, "Checks if the real or imaginary part of z is infinite."},
    {"isnan", f_isnan, kMethStatic, "Checks if the real or imaginary part of z not a number (NaN)."},
    {"log", f_log, kMethStatic, "log(z[, base]) -> the logarithm of z to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of z."},
    {"log10", f_log10, kMethStatic, "Return the base-10 logarithm of z."},
    {"phase", f_phase, kMethStatic, "Return argument, also known as the phase angle, of a complex."},
    {"polar", f_polar, kMethStatic, "Convert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle."},
    {"rect", f_rect, kMethStatic, "Convert from polar coordinates to rectangular coordinates."},
    {"sin", f_sin, kMethStatic, "Return the sine of z."},
    {"sinh", f_sinh, kMethStatic, "Return the hyperbolic sine of z."},
    {"sqrt", f_sqrt, kMethStatic, "Return the square root of z."},
    {"tan", f_tan, kMethStatic, "Return the tangent of z."},
    {"tanh", f_tanh, kMethStatic, "Return the hyperbolic tangent of z."},
    {nullptr, nullptr, 0, nullptr}};

}  // namespace

Ref make_cmath_module(ThreadState* ts) {
  Ref mod = new_module(ts, "cmath");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  for (const MethodDef* m = cmath_functions; m->name; ++m) {
    Ref fn = new_native_function(m, mod.get());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return nullptr;
  }
  Ref pi = new_float(3.141592653589793238462643383279502884197), e = new_float(kE),
      tau = new_float(6.283185307179586476925286766559005768), inf = new_float(HUGE_VAL),
      nan = new_float(NAN), infj = new_complex(0.0, HUGE_VAL), nanj = new_complex(0.0, NAN),
      doc = new_str("This module provides access to mathematical functions for complex\nnumbers.");
  if (dict_set_str(ts, d, "pi", pi.get()) < 0 || dict_set_str(ts, d, "e", e.get()) < 0 ||
      dict_set_str(ts, d, "tau", tau.get()) < 0 || dict_set_str(ts, d, "inf", inf.get()) < 0 ||
      dict_set_str(ts, d, "nan", nan.get()) < 0 || dict_set_str(ts, d, "infj", infj.get()) < 0 ||
      dict_set_str(ts, d, "nanj", nanj.get()) < 0 || dict_set_str(ts, d, "__doc__", doc.get()) < 0)
    return nullptr;
  return mod;
}

}  // namespace weft

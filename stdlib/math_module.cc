// The math module: CPython's math functions with its special-value and error
// rules ("math domain error" / "math range error"), exact integer functions
// on big ints (gcd, lcm, factorial, comb, perm, isqrt, log of huge ints),
// correctly rounded fsum (Shewchuk) and the accurate hypot/dist of 3.11.
#include <cfloat>
#include <climits>
#include <cmath>
#include <new>
#include <vector>

#include "core/runtime/abstract.h"
#include "core/types/func.h"
#include "core/types/num_internal.h"
#include "core/vm/eval.h"
#include "stdlib/stdlib.h"

namespace weft {
namespace {

using bigint::Mag;

// ---- argument helpers -------------------------------------------------------------

Ref domain_error(ThreadState* ts) {
  set_error(ts, &ValueError_type, "math domain error");
  return nullptr;
}
Ref range_error(ThreadState* ts) {
  set_error(ts, &OverflowError_type, "math range error");
  return nullptr;
}

// METH_O style: "math.sqrt() takes exactly one argument (2 given)".
bool one_arg(ThreadState* ts, const char* name, size_t nargs, Tuple* kw) {
  if (kw && kw->length) {
    set_errorf(ts, &TypeError_type, "math.%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 1) {
    set_errorf(ts, &TypeError_type, "math.%s() takes exactly one argument (%zu given)", name, nargs);
    return false;
  }
  return true;
}

// Argument-clinic style: "atan2 expected 2 arguments, got 1".
bool n_args(ThreadState* ts, const char* name, size_t nargs, Tuple* kw, size_t n) {
  if (kw && kw->length) {
    set_errorf(ts, &TypeError_type, "math.%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != n) {
    set_errorf(ts, &TypeError_type, "%s expected %zu arguments, got %zu", name, n, nargs);
    return false;
  }
  return true;
}

bool no_kw(ThreadState* ts, const char* name, Tuple* kw) {
  if (kw && kw->length) {
    set_errorf(ts, &TypeError_type, "math.%s() takes no keyword arguments", name);
    return false;
  }
  return true;
}

// A one-argument libm function with math_1's checks: a NaN from a non-NaN is a
// domain error; an infinity from a finite argument is a range error when the
// function can overflow, else a domain error (a pole).
Ref math_1(ThreadState* ts, Value arg, double (*fn)(double), bool can_overflow) {
  double x;
  if (!to_double(ts, arg, &x)) return nullptr;
  double r = fn(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(ts);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(ts) : domain_error(ts);
  return new_float(r);
}

// Two-argument version (math_2): NaN from non-NaNs is a domain error, an
// infinity from finite arguments a range error.
Ref math_2(ThreadState* ts, const Value* args, double (*fn)(double, double)) {
  double x, y;
  if (!to_double(ts, args[0], &x) || !to_double(ts, args[1], &y)) return nullptr;
  double r = fn(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(ts);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return range_error(ts);
  return new_float(r);
}

// ---- gamma and lgamma (Lanczos approximation, as CPython) ---------------------------

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
constexpr double kLanczosDen[kLanczosN] = {0.0,        39916800.0, 120543840.0, 150917976.0,
                                           105258076.0, 45995730.0, 13339535.0,  2637558.0,
                                           357423.0,    32670.0,    1925.0,      66.0,
                                           1.0};
constexpr int kGammaIntegral = 23;
constexpr double kFactorials[kGammaIntegral] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
    479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
    355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0};

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

double sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0), r;
  int n = int(std::round(2.0 * y));
  switch (n) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;  // not -sin(pi*(y-1)): keeps +0.0
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

enum MathErr { kOk, kDomain, kRange };

double tgamma_py(double x, MathErr* err) {
  *err = kOk;
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0) return x;
    *err = kDomain;
    return NAN;
  }
  if (x == 0.0) {
    *err = kDomain;
    return std::copysign(HUGE_VAL, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      *err = kDomain;
      return NAN;
    }
    if (x <= kGammaIntegral) return kFactorials[int(x) - 1];
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) *err = kRange;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    *err = kRange;
    return HUGE_VAL;
  }
  double y = absx + kLanczosGMinusHalf, z;
  if (absx > kLanczosGMinusHalf) {
    double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) *err = kRange;
  return r;
}

double lgamma_py(double x, MathErr* err) {
  *err = kOk;
  if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      *err = kDomain;
      return HUGE_VAL;
    }
    return 0.0;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) *err = kRange;
  return r;
}

Ref gamma_like(ThreadState* ts, Value arg, double (*fn)(double, MathErr*)) {
  double x;
  if (!to_double(ts, arg, &x)) return nullptr;
  MathErr err;
  double r = fn(x, &err);
  if (err == kDomain) return domain_error(ts);
  if (err == kRange) return std::fabs(r) < 1.5 ? new_float(r) : range_error(ts);
  return new_float(r);
}

// ---- one-argument functions -------------------------------------------------------------

double m_log(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log(x);
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  return NAN;
}
double m_log2(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log2(x);
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  return NAN;
}
double m_log10(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log10(x);
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  return NAN;
}
double m_log1p(double x) { return x == -1.0 ? -HUGE_VAL : std::log1p(x); }

// log/log2/log10 of an int use frexp so that huge ints work.
Ref log_helper(ThreadState* ts, Value arg, double (*fn)(double)) {
  if (is_int(arg)) {
    if (int_sign(arg) <= 0) return domain_error(ts);
    bool ok;
    double x = int_to_double(nullptr, arg, &ok);
    if (ok) return new_float(fn(x));
    IntView iv(arg);
    int64_t e;
    double m = bigint::frexp(iv.mag(), &e);
    return new_float(fn(m) + fn(2.0) * double(e));
  }
  return math_1(ts, arg, fn, false);
}

#define MATH_FUNC1(pyname, expr, overflow)                                              \
  Ref f_##pyname(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) { \
    if (!one_arg(ts, #pyname, nargs, kw)) return nullptr;                              \
    return math_1(ts, args[0], [](double x) -> double { return expr; }, overflow);    \
  }

MATH_FUNC1(acos, std::acos(x), false)
MATH_FUNC1(acosh, std::acosh(x), false)
MATH_FUNC1(asin, std::asin(x), false)
MATH_FUNC1(asinh, std::asinh(x), false)
MATH_FUNC1(atan, std::atan(x), false)
MATH_FUNC1(atanh, std::atanh(x), false)
MATH_FUNC1(cbrt, std::cbrt(x), false)
MATH_FUNC1(cos, std::cos(x), false)
MATH_FUNC1(cosh, std::cosh(x), true)
MATH_FUNC1(exp, std::exp(x), true)
MATH_FUNC1(exp2, std::exp2(x), true)
MATH_FUNC1(expm1, std::expm1(x), true)
MATH_FUNC1(fabs, std::fabs(x), false)
MATH_FUNC1(log1p, m_log1p(x), false)
MATH_FUNC1(sin, std::sin(x), false)
MATH_FUNC1(sinh, std::sinh(x), true)
MATH_FUNC1(sqrt, std::sqrt(x), false)
MATH_FUNC1(tan, std::tan(x), false)
MATH_FUNC1(tanh, std::tanh(x), false)
#undef MATH_FUNC1

// degrees/radians just scale: no domain or range checks (as CPython).
Ref f_degrees(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_arg(ts, "degrees", nargs, kw) || !to_double(ts, args[0], &x)) return nullptr;
  return new_float(x * (180.0 / kPi));
}
Ref f_radians(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_arg(ts, "radians", nargs, kw) || !to_double(ts, args[0], &x)) return nullptr;
  return new_float(x * (kPi / 180.0));
}

Ref f_erf(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_arg(ts, "erf", nargs, kw) || !to_double(ts, args[0], &x)) return nullptr;
  return new_float(std::erf(x));
}
Ref f_erfc(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_arg(ts, "erfc", nargs, kw) || !to_double(ts, args[0], &x)) return nullptr;
  return new_float(std::erfc(x));
}
Ref f_gamma(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, "gamma", nargs, kw)) return nullptr;
  return gamma_like(ts, args[0], tgamma_py);
}
Ref f_lgamma(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, "lgamma", nargs, kw)) return nullptr;
  return gamma_like(ts, args[0], lgamma_py);
}

Ref f_log(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->length) {
    set_error(ts, &TypeError_type, "log() takes no keyword arguments");
    return nullptr;
  }
  if (nargs < 1 || nargs > 2) {
    set_error(ts, &TypeError_type, "math.log requires 1 to 2 arguments");
    return nullptr;
  }
  Ref num = log_helper(ts, args[0], m_log);
  if (!num || nargs == 1) return num;
  Ref den = log_helper(ts, args[1], m_log);
  if (!den) return nullptr;
  return binary_op(ts, BinOp::TrueDiv, num.get(), den.get());
}
Ref f_log2(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, "log2", nargs, kw)) return nullptr;
  return log_helper(ts, args[0], m_log2);
}
Ref f_log10(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, "log10", nargs, kw)) return nullptr;
  return log_helper(ts, args[0], m_log10);
}

Ref floor_ceil(ThreadState* ts, const char* name, const Value* args, size_t nargs, Tuple* kw,
               bool ceil_mode) {
  if (!one_arg(ts, name, nargs, kw)) return nullptr;
  Value v = args[0];
  double x;
  if (v.is_object() && v.as_object()->type == &float_type) {
    x = float_value(v);
  } else {
    Ref method = lookup_special(ts, v, ident(ts, ceil_mode ? "__ceil__" : "__floor__"));
    if (method) return call0(ts, method.get());
    if (ts->has_error() || !to_double(ts, v, &x)) return nullptr;
  }
  return float_floor_or_ceil(ts, x, ceil_mode);
}
Ref f_floor(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) { return floor_ceil(ts, "floor", a, n, kw, false); }
Ref f_ceil(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) { return floor_ceil(ts, "ceil", a, n, kw, true); }

Ref f_trunc(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, "trunc", nargs, kw)) return nullptr;
  Value v = args[0];
  if (v.is_object() && v.as_object()->type == &float_type)
    return new_int_from_double(ts, float_value(v));
  Ref method = lookup_special(ts, v, ident(ts, "__trunc__"));
  if (method) return call0(ts, method.get());
  if (!ts->has_error())
    set_errorf(ts, &TypeError_type, "type %s doesn't define __trunc__ method", type_name(v));
  return nullptr;
}

Ref f_isfinite(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_arg(ts, "isfinite", nargs, kw) || !to_double(ts, args[0], &x)) return nullptr;
  return new_bool(std::isfinite(x));
}
Ref f_isinf(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_arg(ts, "isinf", nargs, kw) || !to_double(ts, args[0], &x)) return nullptr;
  return new_bool(std::isinf(x));
}
Ref f_isnan(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_arg(ts, "isnan", nargs, kw) || !to_double(ts, args[0], &x)) return nullptr;
  return new_bool(std::isnan(x));
}

Ref f_frexp(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_arg(ts, "frexp", nargs, kw) || !to_double(ts, args[0], &x)) return nullptr;
  int e = 0;
  double m = (std::isnan(x) || std::isinf(x) || x == 0) ? x : std::frexp(x, &e);
  Ref mf = new_float(m);
  return new_tuple({mf.get(), Value::small_int(e)});
}

Ref f_modf(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_arg(ts, "modf", nargs, kw) || !to_double(ts, args[0], &x)) return nullptr;
  double frac, ip;
  if (std::isinf(x)) {
    frac = std::copysign(0.0, x);
    ip = x;
  } else if (std::isnan(x)) {
    frac = ip = x;
  } else {
    frac = std::modf(x, &ip);
  }
  Ref a = new_float(frac), b = new_float(ip);
  return new_tuple({a.get(), b.get()});
}

Ref f_ulp(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_arg(ts, "ulp", nargs, kw) || !to_double(ts, args[0], &x)) return nullptr;
  if (std::isnan(x)) return new_float(x);
  x = std::fabs(x);
  if (std::isinf(x)) return new_float(x);
  if (x == DBL_MAX) return new_float(x - std::nextafter(x, -HUGE_VAL));
  return new_float(std::nextafter(x, HUGE_VAL) - x);
}

// ---- two-argument functions -------------------------------------------------------------

Ref f_atan2(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!n_args(ts, "atan2", nargs, kw, 2)) return nullptr;
  return math_2(ts, args, [](double y, double x) { return std::atan2(y, x); });
}
Ref f_copysign(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!n_args(ts, "copysign", nargs, kw, 2)) return nullptr;
  return math_2(ts, args, [](double x, double y) { return std::copysign(x, y); });
}
Ref f_nextafter(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!n_args(ts, "nextafter", nargs, kw, 2) || !to_double(ts, args[0], &x) ||
      !to_double(ts, args[1], &y))
    return nullptr;
  return new_float(std::nextafter(x, y));
}
Ref f_fmod(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!n_args(ts, "fmod", nargs, kw, 2) || !to_double(ts, args[0], &x) ||
      !to_double(ts, args[1], &y))
    return nullptr;
  if (std::isinf(y) && std::isfinite(x)) return new_float(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(ts);
  return new_float(r);
}
Ref f_remainder(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!n_args(ts, "remainder", nargs, kw, 2)) return nullptr;
  return math_2(ts, args, [](double x, double y) {
    if (std::isfinite(x) && std::isinf(y)) return x;
    return std::remainder(x, y);
  });
}

Ref f_pow(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!n_args(ts, "pow", nargs, kw, 2) || !to_double(ts, args[0], &x) ||
      !to_double(ts, args[1], &y))
    return nullptr;
  double r = 0;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0.0 ? 1.0 : x;
    } else if (std::isnan(y)) {
      r = x == 1.0 ? 1.0 : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0) r = odd_y ? x : std::fabs(x);
      else if (y == 0.0) r = 1.0;
      else r = odd_y ? std::copysign(0.0, x) : 0.0;
    } else {  // y infinite
      if (std::fabs(x) == 1.0) r = 1.0;
      else if (y > 0.0 && std::fabs(x) > 1.0) r = y;
      else if (y < 0.0 && std::fabs(x) < 1.0) r = -y;
      else r = 0.0;
    }
    return new_float(r);
  }
  r = std::pow(x, y);
  if (std::isnan(r)) return domain_error(ts);
  if (std::isinf(r)) return x == 0.0 ? domain_error(ts) : range_error(ts);
  return new_float(r);
}

Ref f_ldexp(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!n_args(ts, "ldexp", nargs, kw, 2) || !to_double(ts, args[0], &x)) return nullptr;
  if (!is_int(args[1])) {
    set_error(ts, &TypeError_type, "Expected an int as second argument to ldexp.");
    return nullptr;
  }
  int64_t e;
  if (!int_fits_i64(args[1])) e = int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
  else int_to_i64(ts, args[1], &e);
  if (x == 0.0 || !std::isfinite(x)) return new_float(x);
  if (e > INT_MAX) return range_error(ts);
  if (e < INT_MIN) return new_float(std::copysign(0.0, x));
  double r = std::ldexp(x, int(e));
  if (std::isinf(r)) return range_error(ts);
  return new_float(r);
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
  double a, b, rel_tol = 1e-09, abs_tol = 0.0;
  if (!to_double(ts, v[0], &a) || !to_double(ts, v[1], &b)) return nullptr;
  if (v[2] && !to_double(ts, v[2], &rel_tol)) return nullptr;
  if (v[3] && !to_double(ts, v[3], &abs_tol)) return nullptr;
  if (rel_tol < 0.0 || abs_tol < 0.0) {
    set_error(ts, &ValueError_type, "tolerances must be non-negative");
    return nullptr;
  }
  if (a == b) return new_bool(true);
  if (std::isinf(a) || std::isinf(b)) return new_bool(false);
  double diff = std::fabs(b - a);
  return new_bool(diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) ||
                  diff <= abs_tol);
}

// ---- hypot, dist, fsum --------------------------------------------------------------------

// CPython 3.11's vector_norm: the scaled sum of squares kept in extended
// precision with Dekker splitting, then a differential correction of sqrt.
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  const double kT27 = 134217729.0;  // 2^27 + 1
  size_t n = vec.size();
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, oldcsum, x, t, hi, lo;
  if (max_e >= -1023) {
    double scale = std::ldexp(1.0, -max_e);
    for (double v : vec) {
      x = v * scale;
      t = x * kT27;
      hi = t - (t - x);
      lo = x - hi;
      x = hi * hi;
      oldcsum = csum;
      csum += x;
      frac1 += (oldcsum - csum) + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += (oldcsum - csum) + x;
      frac3 += lo * lo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * kT27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  for (double v : vec) {  // subnormal max: divide by it instead of scaling
    x = v / max;
    x = x * x;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
  }
  return max * std::sqrt(csum - 1.0 + frac1);
}

Ref f_hypot(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kw(ts, "hypot", kw)) return nullptr;
  std::vector<double> vec(nargs);
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < nargs; ++i) {
    double x;
    if (!to_double(ts, args[i], &x)) return nullptr;
    x = std::fabs(x);
    vec[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return new_float(vector_norm(vec, max, found_nan));
}

Ref f_dist(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!n_args(ts, "dist", nargs, kw, 2)) return nullptr;
  Ref p = is_exact_tuple(args[0]) ? Ref::borrow(args[0]) : sequence_to_tuple(ts, args[0]);
  if (!p) return nullptr;
  Ref q = is_exact_tuple(args[1]) ? Ref::borrow(args[1]) : sequence_to_tuple(ts, args[1]);
  if (!q) return nullptr;
  Tuple *pt = p.as<Tuple>(), *qt = q.as<Tuple>();
  if (pt->length != qt->length) {
    set_error(ts, &ValueError_type, "both points must have the same number of dimensions");
    return nullptr;
  }
  std::vector<double> vec(size_t(pt->length));
  double max = 0.0;
  bool found_nan = false;
  for (int64_t i = 0; i < pt->length; ++i) {
    double px, qx;
    if (!to_double(ts, pt->items[i], &px) || !to_double(ts, qt->items[i], &qx)) return nullptr;
    double x = std::fabs(px - qx);
    vec[size_t(i)] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return new_float(vector_norm(vec, max, found_nan));
}

Ref f_fsum(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, "fsum", nargs, kw)) return nullptr;
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  bool overflow = false;
  bool ok = for_each(ts, args[0], [&](Value item) {
    double x;
    if (!to_double(ts, item, &x)) return false;
    double xsave = x;
    size_t i = 0;
    for (double y : p) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave)) {
          overflow = true;
          set_error(ts, &OverflowError_type, "intermediate overflow in fsum");
          return false;
        }
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
    return true;
  });
  if (!ok || overflow) return nullptr;
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) {
      set_error(ts, &ValueError_type, "-inf + inf in fsum");
      return nullptr;
    }
    return new_float(special_sum);
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    double lo = 0.0;
    hi = p[--n];
    while (n > 0) {  // sum from the top until the sum becomes inexact
      double x = hi, y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Half-even rounding across partials: nudge when the next partial has
    // the same sign as the rounding error.
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return new_float(hi);
}

// ---- integer functions ------------------------------------------------------------------

Ref as_index(ThreadState* ts, Value v) {
  Ref r = index_of(ts, v);
  if (!r) return nullptr;
  return int_exact(r.get());
}

Ref int_gcd_pair(ThreadState* ts, Value a, Value b) {
  IntView va(a), vb(b);
  bigint::Poll poll = make_poll(ts);
  Mag g;
  bigint::gcd(va.mag(), vb.mag(), g, &poll);
  if (poll.failed) return nullptr;
  return int_from_mag(false, g);
}

Ref f_gcd(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kw(ts, "gcd", kw)) return nullptr;
  Ref acc = Ref::small_int(0);
  for (size_t i = 0; i < nargs; ++i) {
    Ref x = as_index(ts, args[i]);
    if (!x) return nullptr;
    acc = int_gcd_pair(ts, acc.get(), x.get());
    if (!acc) return nullptr;
  }
  return acc;
}

Ref f_lcm(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kw(ts, "lcm", kw)) return nullptr;
  Ref acc = Ref::small_int(1);
  for (size_t i = 0; i < nargs; ++i) {
    Ref x = as_index(ts, args[i]);
    if (!x) return nullptr;
    if (int_sign(acc.get()) == 0 || int_sign(x.get()) == 0) {
      acc = Ref::small_int(0);
      continue;
    }
    Ref g = int_gcd_pair(ts, acc.get(), x.get());
    if (!g) return nullptr;
    Ref q = int_binary(ts, BinOp::FloorDiv, acc.get(), g.get());
    if (!q) return nullptr;
    Ref prod = int_binary(ts, BinOp::Mul, q.get(), x.get());
    if (!prod) return nullptr;
    acc = abs_of(ts, prod.get());
    if (!acc) return nullptr;
  }
  return acc;
}

// Product of the integers lo..hi (inclusive), by recursive halving so the
// multiplications stay balanced.
void range_product(uint64_t lo, uint64_t hi, Mag& out, bigint::Poll* poll) {
  if (hi < lo) {
    out = {1};
    return;
  }
  if (hi - lo < 16) {
    Mag acc{1}, f;
    for (uint64_t v = lo; v <= hi; ++v) {
      bigint::from_u64(v, f);
      bigint::mul(acc, f, acc, poll);
      if (v == UINT64_MAX) break;
    }
    out.swap(acc);
    return;
  }
  uint64_t mid = lo + (hi - lo) / 2;
  Mag a, b;
  range_product(lo, mid, a, poll);
  if (poll && poll->failed) return;
  range_product(mid + 1, hi, b, poll);
  if (poll && poll->failed) return;
  bigint::mul(a, b, out, poll);
}

bool too_big_product(ThreadState* ts, uint64_t count, uint64_t max_value) {
  uint64_t bits_each = 64 - (max_value ? __builtin_clzll(max_value) : 63);
  if (count && bits_each > (uint64_t(1) << 34) / count) {  // 2 GiB: MemoryError up front
    set_no_memory(ts);
    return true;
  }
  return false;
}

Ref f_factorial(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, "factorial", nargs, kw)) return nullptr;
  Ref n = as_index(ts, args[0]);
  if (!n) return nullptr;
  if (int_sign(n.get()) < 0) {
    set_error(ts, &ValueError_type, "factorial() not defined for negative values");
    return nullptr;
  }
  int64_t k;
  if (!int_fits_i64(n.get())) {
    set_error(ts, &OverflowError_type, "factorial() argument should not exceed 9223372036854775807");
    return nullptr;
  }
  int_to_i64(ts, n.get(), &k);
  if (too_big_product(ts, uint64_t(k), uint64_t(k))) return nullptr;
  bigint::Poll poll = make_poll(ts);
  Mag r;
  range_product(2, uint64_t(k), r, &poll);
  if (poll.failed) return nullptr;
  return int_from_mag(false, r);
}

bool check_nonneg(ThreadState* ts, Value v, const char* what) {
  if (int_sign(v) < 0) {
    set_errorf(ts, &ValueError_type, "%s must be a non-negative integer", what);
    return false;
  }
  return true;
}

// n*(n-1)*...*(n-k+1) for any int n >= k >= 0 (k fits int64).
Ref falling_product(ThreadState* ts, Value n, int64_t k) {
  if (int_fits_i64(n)) {
    int64_t nv;
    int_to_i64(ts, n, &nv);
    if (too_big_product(ts, uint64_t(k), uint64_t(nv))) return nullptr;
    bigint::Poll poll = make_poll(ts);
    Mag r;
    range_product(uint64_t(nv - k + 1), uint64_t(nv), r, &poll);
    if (poll.failed) return nullptr;
    return int_from_mag(false, r);
  }
  Ref acc = Ref::small_int(1);
  Ref cur = Ref::borrow(n);
  for (int64_t i = 0; i < k; ++i) {
    acc = int_binary(ts, BinOp::Mul, acc.get(), cur.get());
    if (!acc) return nullptr;
    cur = int_binary(ts, BinOp::Sub, cur.get(), Value::small_int(1));
    if (!cur || poll_eval_breaker(ts) < 0) return nullptr;
  }
  return acc;
}

Ref f_perm(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->length) {
    set_error(ts, &TypeError_type, "perm() takes no keyword arguments");
    return nullptr;
  }
  if (nargs < 1 || nargs > 2) {
    set_errorf(ts, &TypeError_type, "perm expected %s, got %zu",
               nargs < 1 ? "at least 1 argument" : "at most 2 arguments", nargs);
    return nullptr;
  }
  Ref n = as_index(ts, args[0]);
  if (!n) return nullptr;
  if (nargs == 1 || args[1].is(None())) {
    Value a[1] = {n.get()};
    return f_factorial(ts, Value(), a, 1, nullptr);
  }
  Ref k = as_index(ts, args[1]);
  if (!k) return nullptr;
  if (!check_nonneg(ts, n.get(), "n") || !check_nonneg(ts, k.get(), "k")) return nullptr;
  if (int_compare(k.get(), n.get()) > 0) return Ref::small_int(0);
  if (!int_fits_i64(k.get())) {
    set_error(ts, &OverflowError_type, "k must not exceed 9223372036854775807");
    return nullptr;
  }
  int64_t kv;
  int_to_i64(ts, k.get(), &kv);
  return falling_product(ts, n.get(), kv);
}

Ref f_comb(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!n_args(ts, "comb", nargs, kw, 2)) return nullptr;
  Ref n = as_index(ts, args[0]);
  if (!n) return nullptr;
  Ref k = as_index(ts, args[1]);
  if (!k) return nullptr;
  if (!check_nonneg(ts, n.get(), "n") || !check_nonneg(ts, k.get(), "k")) return nullptr;
  Ref nk = int_binary(ts, BinOp::Sub, n.get(), k.get());
  if (!nk) return nullptr;
  if (int_sign(nk.get()) < 0) return Ref::small_int(0);
  Ref kk = int_compare(nk.get(), k.get()) < 0 ? nk : k;  // min(k, n - k)
  if (!int_fits_i64(kk.get())) {
    set_error(ts, &OverflowError_type, "min(n - k, k) must not exceed 9223372036854775807");
    return nullptr;
  }
  int64_t kv;
  int_to_i64(ts, kk.get(), &kv);
  if (kv == 0) return Ref::small_int(1);
  Ref num = falling_product(ts, n.get(), kv);
  if (!num) return nullptr;
  bigint::Poll poll = make_poll(ts);
  Mag den;
  range_product(2, uint64_t(kv), den, &poll);
  if (poll.failed) return nullptr;
  Ref d = int_from_mag(false, den);
  return int_binary(ts, BinOp::FloorDiv, num.get(), d.get());
}

Ref f_isqrt(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, "isqrt", nargs, kw)) return nullptr;
  Ref n = as_index(ts, args[0]);
  if (!n) return nullptr;
  if (int_sign(n.get()) < 0) {
    set_error(ts, &ValueError_type, "isqrt() argument must be nonnegative");
    return nullptr;
  }
  IntView iv(n.get());
  bigint::Poll poll = make_poll(ts);
  Mag r;
  bigint::isqrt(iv.mag(), r, &poll);
  if (poll.failed) return nullptr;
  return int_from_mag(false, r);
}

Ref f_prod(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1) {
    set_errorf(ts, &TypeError_type, "prod() takes exactly 1 positional argument (%zu given)", nargs);
    return nullptr;
  }
  Value v[2];
  if (!parse_args(ts, "prod", args, nargs, kw, {"iterable", "start"}, 1, v, 1)) return nullptr;
  Ref acc = v[1] ? Ref::borrow(v[1]) : Ref::small_int(1);
  bool ok = for_each(ts, v[0], [&](Value item) {
    acc = binary_op(ts, BinOp::Mul, acc.get(), item);
    return bool(acc);
  });
  if (!ok) return nullptr;
  return acc;
}

// The integer functions allocate user-sized numbers: std::bad_alloc becomes
// MemoryError.
template <NativeMethodFn F>
Ref guarded(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  try {
    return F(ts, self, args, nargs, kw);
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
}

const MethodDef math_functions[] = {
    {"acos", f_acos, kMethStatic, "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi."},
    {"acosh", f_acosh, kMethStatic, "Return the inverse hyperbolic cosine of x."},
    {"asin", f_asin, kMethStatic, "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."},
    {"asinh", f_asinh, kMethStatic, "Return the inverse hyperbolic sine of x."},
    {"atan", f_atan, kMethStatic, "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."},
    {"atan2", f_atan2, kMethStatic, "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered."},
    {"atanh", f_atanh, kMethStatic, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", f_cbrt, kMethStatic, "Return the cube root of x."},
    {"ceil", f_ceil, kMethStatic, "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x."},
    {"comb", guarded<f_comb>, kMethStatic, "Number of ways to choose k items from n items without repetition and without order."},
    {"copysign", f_copysign, kMethStatic, "Return a float with the magnitude (absolute value) of x but the sign of y.\n\nOn platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n"},
    {"cos", f_cos, kMethStatic, "Return the cosine of x (measured in radians)."},
    {"cosh", f_cosh, kMethStatic, "Return the hyperbolic cosine of x."},
    {"degrees", f_degrees, kMethStatic, "Convert angle x from radians to degrees."},
    {"dist", f_dist, kMethStatic, "Return the Euclidean distance between two points p and q."},
    {"erf", f_erf, kMethStatic, "Error function at x."},
    {"erfc", f_erfc, kMethStatic, "Complementary error function at x."},
    {"exp", f_exp, kMethStatic, "Return e raised to the power of x."},
    {"exp2", f_exp2, kMethStatic, "Return 2 raised to the power of x."},
    {"expm1", f_expm1, kMethStatic, "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x."},
    {"fabs", f_fabs, kMethStatic, "Return the absolute value of the float x."},
    {"factorial", guarded<f_factorial>, kMethStatic, "Find n!.\n\nRaise a ValueError if x is negative or non-integral."},
    {"floor", f_floor, kMethStatic, "Return the floor of x as an Integral.\n\nThis is the largest integer <= x."},
    {"fmod", f_fmod, kMethStatic, "Return fmod(x, y), according to platform C.\n\nx % y may differ."},
    {"frexp", f_frexp, kMethStatic, "Return the mantissa and exponent of x, as pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0."},
    {"fsum", f_fsum, kMethStatic, "Return an accurate floating point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating point arithmetic."},
    {"gamma", f_gamma, kMethStatic, "Gamma function at x."},
    {"gcd", guarded<f_gcd>, kMethStatic, "Greatest Common Divisor."},
    {"hypot", f_hypot, kMethStatic, "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point."},
    {"isclose", f_isclose, kMethStatic, "Determine whether two floating point numbers are close in value."},
    {"isfinite", f_isfinite, kMethStatic, "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", f_isinf, kMethStatic, "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", f_isnan, kMethStatic, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", guarded<f_isqrt>, kMethStatic, "Return the integer part of the square root of the input."},
    {"lcm", guarded<f_lcm>, kMethStatic, "Least Common Multiple."},
    {"ldexp", f_ldexp, kMethStatic, "Return x * (2**i).\n\nThis is essentially the inverse of frexp()."},
    {"lgamma", f_lgamma, kMethStatic, "Natural logarithm of absolute value of Gamma function at x."},
    {"log", f_log, kMethStatic, "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of x."},
    {"log10", f_log10, kMethStatic, "Return the base 10 logarithm of x."},
    {"log1p", f_log1p, kMethStatic, "Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero."},
    {"log2", f_log2, kMethStatic, "Return the base 2 logarithm of x."},
    {"modf", f_modf, kMethStatic, "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats."},
    {"nextafter", f_nextafter, kMethStatic, "Return the next floating-point value after x towards y."},
    {"perm", guarded<f_perm>, kMethStatic, "Number of ways to choose k items from n items without repetition and with order."},
    {"pow", f_pow, kMethStatic, "Return x**y (x to the power of y)."},
    {"prod", guarded<f_prod>, kMethStatic, "Calculate the product of all the elements in the input iterable.\n\nThe default start value for the product is 1."},
    {"radians", f_radians, kMethStatic, "Convert angle x from degrees to radians."},
    {"remainder", f_remainder, kMethStatic, "Difference between x and the closest integer multiple of y.\n\nReturn x - n*y where n*y is the closest integer multiple of y.\nIn the case where x is exactly halfway between two multiples of\ny, the nearest even value of n is used. The result is always exact."},
    {"sin", f_sin, kMethStatic, "Return the sine of x (measured in radians)."},
    {"sinh", f_sinh, kMethStatic, "Return the hyperbolic sine of x."},
    {"sqrt", f_sqrt, kMethStatic, "Return the square root of x."},
    {"tan", f_tan, kMethStatic, "Return the tangent of x (measured in radians)."},
    {"tanh", f_tanh, kMethStatic, "Return the hyperbolic tangent of x."},
    {"trunc", f_trunc, kMethStatic, "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method."},
    {"ulp", f_ulp, kMethStatic, "Return the value of the least significant bit of the float x."},
    {nullptr, nullptr, 0, nullptr}};

}  // namespace

Ref make_math_module(ThreadState* ts) {
  Ref mod = new_module(ts, "math");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  for (const MethodDef* m = math_functions; m->name; ++m) {
    Ref fn = new_native_function(m, mod.get());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return nullptr;
  }
  struct {
    const char* name;
    double value;
  } constants[] = {{"pi", kPi}, {"e", 2.718281828459045235360287471352662498},
                   {"tau", 6.283185307179586476925286766559005768}, {"inf", HUGE_VAL},
                   {"nan", NAN}};
  for (auto& c : constants) {
    Ref f = new_float(c.value);
    if (!f || dict_set_str(ts, d, c.name, f.get()) < 0) return nullptr;
  }
  Ref doc = new_str("This module provides access to the mathematical functions\ndefined by the C standard.");
  if (!doc || dict_set_str(ts, d, "__doc__", doc.get()) < 0) return nullptr;
  return mod;
}

}  // namespace weft

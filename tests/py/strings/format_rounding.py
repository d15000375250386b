# Rounding in formatting: correctly rounded from the exact binary value, half-even on ties.
vals = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1.25, 1.35, 8.345, 1e-20, 123.455]
for v in vals:
    print(repr(v), f"{v:.0f}", f"{v:.1f}", f"{v:.2f}", "%.2f" % v, round(v, 2), round(v, 1), round(v))
print(f"{0.5:.0e}", f"{1.5:.0e}", f"{2.5:.0e}", f"{25:.0e}", f"{35:.0e}", f"{0.0005:.0e}")
print(f"{12.5:.3g}", f"{125:.2g}", f"{135:.2g}", f"{0.000125:.2g}", f"{99.95:.3g}", f"{99.95:.4g}")
print(f"{9.995:.2f}", f"{9.9999:.3f}", f"{999.9999:.1f}", f"{-0.004:.2f}", f"{-0.004:z.2f}")
print(f"{2**53:.1f}", f"{2**53 + 1:.1f}", f"{float(2**53 + 1):.1f}", f"{1/3:.30f}")
print("%.15g %.16g %.17g" % (0.1, 0.1, 0.1), "%.3g" % 1e-10, "%g" % 1e-5, "%g" % 123456789)

# Nested f-strings, dynamic format specs, conversions combined with specs.
vals = [3.14159, 2.71828, 1.41421]
for prec in range(4):
    print(f"{prec}: " + " ".join(f"{v:.{prec}f}" for v in vals))
w = 12
for align in "<^>":
    print(f"[{'text':{align}{w}}] [{f'{42:{align}6}'}]")
print(f"{f'{1 if False else 2}'}", f"""{f'{f"{3}"}'}""")
print(f"{'{'}{'}'} {'{}'.format(5)} {'%d' % 7}")
fill, width = "~", 9
print(f"{'pad':{fill}^{width}} {123:{fill}>{width},}")
spec = ".3e"
print(f"{12345.6789:{spec}}", f"{-0.00012:{spec}}")
print(f"{'repr'!r:>10}", f"{'str'!s:*<7}", f"{'ascii é'!a:^16}")
nested_data = {"users": [{"name": "ann", "tags": ["a", "b"]}]}
print(f"{nested_data['users'][0]['name'].title()} has tags {','.join(nested_data['users'][0]['tags'])}")
matrix = [[1, 2], [3, 4]]
print(f"{[f'{x:02d}' for row in matrix for x in row]}")
print(f"{len(f'{1234:,}')}", f"{f'{1:03}':>5}")
def fmt_money(v, cur="$"):
    return f"{cur}{v:,.2f}"
print(f"Total: {fmt_money(1234567.891)} / {fmt_money(0.5, cur='€')}")
print(f"{3 + 4j:.1f} {complex(1, -1)!r} {1e-3:g} {1e6:g} {123456789:e}")

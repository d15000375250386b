# f-strings: expressions, conversions, nested specs, quotes, braces.
name, n, pi = "Ada", 42, 3.14159265
items = [1, 2, 3]
d = {"key": "value"}
print(f"{name} has {n} items; pi~{pi:.2f}")
print(f"{n + 1} {n * 2} {n // 5} {n % 5} {-n} {n ** 2}")
print(f"{items[0]} {items[-1]} {items[1:]} {d['key']} {len(items)}")
print(f"{name!r} {name!s} {name!a} {'é'!a} {'é'!r}")
print(f"{name.upper()} {name.lower()[::-1]} {', '.join(map(str, items))}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}] [{pi:<{width}}] [{name:^{width}}] [{n:{'>'}{width}}]")
print(f"{{literal}} {{{n}}} {{{{double}}}}")
print(f"{'nested' if False else 'single inside double'}")
print(f'{"double inside single"}', f"""{'triple'}""", f'''{"both" + 'kinds'}''')
print(f"{n if n > 40 else 0} {(lambda x: x * 2)(3)} {[i * i for i in range(3)]}")
print(f"{n:b} {n:o} {n:x} {n:X} {n:#x} {n:08b} {n:e}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'fill':*^9}|")
print(f"{3.0} {1e20} {1e-10} {0.1 + 0.2} {1/3}")
print(f"{None} {True} {[None, True]} {(1,)} {set()} {{1: 2}}")
print(f"{d}")
x = 5
print(f"{x!r:>4}|{str(x):<3}|{x:+}|{-x:+}")
print(f"" == "", f"plain", len(f"{''}"))
print(F"capital F", rf"raw \n {x}", fr"{x}\t")
print(f"{'a' 'b'}", f"{x}" f"{x}", "plain " f"{x}")
print(f"{n:,} {10**7:,} {10**7:_} {1234.5678:,.2f} {0x12345678:_x}")
obj = type("O", (), {"attr": "attribute"})()
print(f"{obj.attr} {obj.attr!r:>12}")
print(f"""{'multi'
      'line'}""")

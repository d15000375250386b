"""struct: integer range errors for every order/code, float packing round trips (e/f/d), sizes and alignment."""
import struct, random
for order in ('>', '', '<', '=', '!'):
    for code, bits, signed in [('b',8,1),('B',8,0),('h',16,1),('H',16,0),('i',32,1),('I',32,0),('l',32 if order else 64,1),('L',32 if order else 64,0),('q',64,1),('Q',64,0)] + ([('n',64,1),('N',64,0),('P',64,0)] if not order else []):
        lo = -(1<<(bits-1)) if signed else 0
        hi = (1<<(bits-1))-1 if signed else (1<<bits)-1
        out = []
        for v in (lo-1, hi+1, 2**70, -2**70, lo, hi, -1):
            try: out.append(struct.pack(order+code, v))
            except Exception as e: out.append(type(e).__name__+': '+str(e))
        print(order+code, out)
r = random.Random(3)
import sys
for _ in range(400):
    bits = r.getrandbits(64)
    x = struct.unpack('<d', bits.to_bytes(8, 'little'))[0]
    if r.random() < 0.3: x = r.uniform(-1e6, 1e6)
    if r.random() < 0.1: x = r.uniform(-70000, 70000) * 2.0 ** r.randint(-30, 5)
    for code in 'efd':
        for order in '<>':
            try: p = struct.pack(order + code, x)
            except OverflowError as e: print(code, 'OverflowError', e); continue
            u = struct.unpack(order + code, p)[0]
            print(code, p.hex(), repr(u) if u == u else ('nan', struct.pack('>d', u).hex()[:1]))
for h in range(0, 65536, 97):
    print(repr(struct.unpack('<e', h.to_bytes(2, 'little'))[0]), end=' ')
print()
for code in 'cbB?hHiIlLqQnNefdP':
    print(code, struct.calcsize(code), struct.calcsize('c' + code), struct.calcsize('=c' + code) if code not in 'nNP' else '', struct.calcsize(code + 'c'))
print(struct.calcsize('3s2p'), struct.pack('>3p', b'abcdef'), struct.pack('>300p', b'a'*300)[:3], struct.unpack('>3p', b'\x05ab'), struct.pack('5x'), struct.unpack('>2xH', b'\x00\x00\x01\x02'))
print(struct.pack('@cqh', b'a', 1, 2), struct.unpack('@cqh', struct.pack('@cqh', b'a', -1, -2)), struct.pack('>i  h ', 1, 2), struct.calcsize('i i'))
print(repr(struct.Struct('>iH'))[:25], struct.Struct(b'>h').format, struct.Struct('2h').size)

# async def / await driven manually and by asyncio.run.
import asyncio
import types

async def add(a, b):
    return a + b

coro = add(1, 2)
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("result via StopIteration", e.value)

class Awaitable:
    def __await__(self):
        x = yield "suspended"
        return x * 10

async def user():
    v = await Awaitable()
    return v + 1

c = user()
print(c.send(None))
try:
    c.send(4)
except StopIteration as e:
    print("final", e.value)

async def agen(n):
    for i in range(n):
        yield i

async def main():
    out = [x async for x in agen(4)]
    r = await asyncio.gather(add(1, 1), add(2, 2))
    await asyncio.sleep(0)
    return out, r
print(asyncio.run(main()))

async def ctx():
    class ACM:
        async def __aenter__(self):
            print("aenter")
            return "res"
        async def __aexit__(self, *a):
            print("aexit", a[0])
    async with ACM() as r:
        print("inside", r)
    return "ctx done"
print(asyncio.run(ctx()))

async def failing():
    raise ValueError("async fail")
try:
    asyncio.run(failing())
except ValueError as e:
    print("caught", e)

c2 = add(1, 1)
c2.close()
print("closed")
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

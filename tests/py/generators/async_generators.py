# Async generators driven by asyncio and manually via asend/athrow/aclose.
import asyncio
async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker cleanup")
async def main():
    out = []
    async for t in ticker(3):
        out.append(t)
    print("collected", out)
    ag = ticker(5)
    print(await ag.__anext__(), await ag.asend(None))
    await ag.aclose()
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    async def echo():
        v = None
        while True:
            try:
                v = yield v
            except ValueError as e:
                v = f"handled {e}"
    e = echo()
    await e.asend(None)
    print(await e.asend("hi"), await e.athrow(ValueError("oops")))
    await e.aclose()
    print([x async for x in ticker(2) if x])
    print(type(ticker(1)).__name__)
    async def agen_return():
        yield 1
    g = agen_return()
    print(await anext(g), await anext(g, "default"))
asyncio.run(main())
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as s:
        return s.value
async def simple():
    async def inner():
        yield "a"
        yield "b"
    return [x async for x in inner()]
print(drive(simple()))

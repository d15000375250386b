# atexit: handlers run after the main script finishes, in LIFO order, with their arguments.
import atexit, sys
def bye(name, punct="!"):
    print(f"goodbye {name}{punct}")
atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
@atexit.register
def decorated():
    print("decorated handler")
def removed():
    print("should not run")
atexit.register(removed)
atexit.unregister(removed)
print("main body done")
sys.stdout.flush()

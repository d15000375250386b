"""Helper module imported by tests in this folder (not a test itself)."""
print("executing _helper_mod module body")
LOADED_COUNT = 1
def greet(name):
    return f"hello, {name} from {__name__}"
class Widget:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Widget({self.n})"
_private = "hidden from import *"
public_value = 42

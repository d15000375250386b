print("initializing _pkg_demo._util")
_calls = 0
def count_calls():
    global _calls
    _calls += 1
    return _calls
def area_fmt(value):
    return f"{value:.2f}"

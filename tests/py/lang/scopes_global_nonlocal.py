# global, nonlocal, closures over loop variables, UnboundLocalError.
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)

def outer():
    x = 1
    def middle():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
    middle()
    return x
print(outer())

def make_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())

y = "global y"
def shadow():
    try:
        print(y)
        y = 5
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
shadow()

def uses_global_later():
    return z_later
z_later = "defined after"
print(uses_global_later())

def closure_cells():
    a = 1
    def f():
        return a
    a = 2
    return f
print(closure_cells()())

def gen_global():
    global newly_made
    newly_made = "made"
gen_global()
print(newly_made)

def del_local():
    v = 1
    del v
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(del_local())

try:
    print(undefined_name_xyz)
except NameError as e:
    print(e)

def free_var_error():
    def inner():
        return fv
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    fv = 1
free_var_error()

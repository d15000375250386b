# A bare "raise SystemExit" from inside nested calls exits with status 0 and prints nothing to stderr.
def inner():
    print("inner raising SystemExit")
    raise SystemExit

def outer():
    try:
        inner()
    except Exception:
        print("SystemExit is not an Exception, so this never prints")

outer()
print("not reached")

# NameError for a misspelled name: CPython 3.11 appends "Did you mean: ...?" to the traceback.
def report(length):
    print("length is", length)
    return lenght * 2

report(5)

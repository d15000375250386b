# This whole file fails to compile: nothing runs, CPython reports the SyntaxError with a caret.
print("this line never runs")

def broken(x):
    return x +* 2

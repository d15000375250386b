# Literal patterns: numbers, strings, None/True/False (identity), or-patterns, wildcard.
def classify(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case "hello" | "hi":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case "":
            return "empty string"
        case _:
            return f"other({x!r})"
for v in [0, 1, 3, 4, -1, 1.5, 2j, "hello", "hi", "hey", b"bytes", None, True, False, "", 0.0, 1.0, [], "0"]:
    print(repr(v), "->", classify(v))
def neg_and_complex(x):
    match x:
        case -0.5:
            return "neg half"
        case 1 + 2j:
            return "complex literal"
        case "a" "b":
            return "implicit concat"
        case _:
            return "nope"
print(neg_and_complex(-0.5), neg_and_complex(1 + 2j), neg_and_complex("ab"), neg_and_complex("a"))

# Uncaught exception propagating through several frames: full traceback on stderr, exit status 1.
def parse(text):
    return int(text)

def load(values):
    out = []
    for v in values:
        out.append(parse(v))
    return out

def main():
    print("loading...")
    data = load(["1", "2", "three"])
    print("never printed", data)

main()

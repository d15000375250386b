# Evaluation order of operands, arguments, subscripts and assignments.
log = []
def t(name, val=None):
    log.append(name)
    return val if val is not None else name

def show(label):
    print(label, log)
    log.clear()

t("a", 1) + t("b", 2) * t("c", 3)
show("binop")
t("f", lambda *a, **k: None)(t("x"), t("y"), k=t("z"))
log.pop(0)
show("call")
d = {}
d[t("key")] = t("value")
show("subscript assign")
{t("k1"): t("v1"), t("k2"): t("v2")}
show("dict display")
[t(1), t(2), t(3)]
show("list display")
t("obj", [0, 0])[t("idx", 1)] += t("inc", 5)
show("augassign subscript")
x = t("p", 1) < t("q", 2) < t("r", 0) < t("s", 3)
show("chain")
t("cond", True) and t("then") or t("else")
show("and/or")
t("yes") if t("test", False) else t("no")
show("ternary")
a, b = t("A"), t("B")
show("tuple")
[t(i) for i in range(2)]
show("listcomp")
class R:
    def __getitem__(self, k):
        log.append(("get", k))
        return 0
    def __setitem__(self, k, v):
        log.append(("set", k, v))
r = R()
r[t("i1")] = r[t("i2")] = t("val")
show("chained assign")
print(t("first") + "-" + t("second"))
show("concat")

# ChainMap lookups/writes and UserDict/UserString behaviour.
from collections import ChainMap, UserDict, UserString
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), list(cm.items()))
cm["color"] = "blue"
print(user, defaults)
child = cm.new_child({"size": "S"})
print(child["size"], child.parents["size"], child.maps)
del cm["color"]
print(user)
try:
    del cm["color"]
except KeyError as e:
    print("KeyError", e)
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})), "b" in cm, cm.get("nope", "dflt"))
class LowerDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
ld = LowerDict({"A": 1})
ld["B"] = 2
ld.update(C=3)
print(ld, ld.data, "a" in ld, ld.get("A"))
us = UserString("hello")
print(us.upper(), us[1:3], len(us), us + "!", type(us.upper()).__name__, us == "hello")

# warnings: catch_warnings(record=True), filters, categories, warn() messages.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("plain warning")
    warnings.warn("deprecated!", DeprecationWarning)
    warnings.warn(UserWarning("instance form"))
    for item in w:
        print(item.category.__name__, str(item.message), item.filename.endswith(".py"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("keep me")
    print([str(x.message) for x in w])
print(issubclass(DeprecationWarning, Warning), issubclass(SyntaxWarning, Warning), issubclass(Warning, Exception))
print(warnings.formatwarning("msg", UserWarning, "file.py", 10).strip())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for _ in range(3):
        warnings.warn("once per location")
    print("default action records", len(w))

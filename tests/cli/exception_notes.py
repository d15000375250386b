# Notes added with add_note() are printed after the exception line; a custom exception class name is shown.
class ValidationError(Exception):
    pass

def validate(record):
    if "id" not in record:
        err = ValidationError("record has no id")
        err.add_note(f"record was: {record!r}")
        err.add_note("hint: every record needs an 'id' key")
        raise err

validate({"id": 1})
print("first record ok")
validate({"name": "x"})

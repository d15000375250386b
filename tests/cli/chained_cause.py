# Explicit chaining with "raise ... from ...": the cause is printed first.
class ConfigError(Exception):
    pass

def read_port(raw):
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError("port must be an integer") from exc

print("reading config")
read_port("eighty")

"""Small helpers to write JSON Schema for the OpenAPI document."""


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema):
    return {"anyOf": [schema, {"type": "null"}]}


def array_of(schema):
    return {"type": "array", "items": schema}


def obj(properties, optional=()):
    """A closed object whose properties are all present except those in ``optional``."""
    return {
        "type": "object",
        "required": [name for name in properties if name not in optional],
        "additionalProperties": False,
        "properties": properties,
    }

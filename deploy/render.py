"""Fill the {{NAME}} placeholders of a deploy/ template from the environment.

    APP_SERVERS="127.0.0.1:8001 127.0.0.1:8002" LISTEN=80 ... python3 deploy/render.py deploy/nginx/hluttaw.conf

A line whose placeholder holds several words (separated by spaces) is repeated once per
word, e.g. one ``server`` line per app server. A placeholder without a value is an error.
"""

import os
import re
import sys

PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")


def render_line(line):
    names = set(PLACEHOLDER.findall(line))
    missing = sorted(name for name in names if not os.environ.get(name))
    if missing:
        sys.exit(f"render: set {', '.join(missing)}")
    listed = [name for name in names if len(os.environ[name].split()) > 1]
    if not listed:
        return PLACEHOLDER.sub(lambda match: os.environ[match.group(1)], line)
    name = listed[0]
    return "".join(render_line(line.replace("{{" + name + "}}", word)) for word in os.environ[name].split())


def main(path):
    with open(path, encoding="utf-8") as template:
        sys.stdout.write("".join(render_line(line) for line in template))


if __name__ == "__main__":
    main(sys.argv[1])

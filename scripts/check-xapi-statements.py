#!/usr/bin/env python3
"""Parses every statement of an `srm-quiz export --format xapi` file (a JSON array) with the `tincan` library
(ADL's xAPI objects for Python) and checks it comes back with the same id, verb, object and timestamp: a
consumer other than srm-quiz reads the export as xAPI. Exits 1 naming each statement it cannot read."""
import json
import sys

import tincan


def main(path):
    with open(path, encoding="utf-8") as handle:
        statements = json.load(handle)
    if not isinstance(statements, list):
        print(f"{path}: not a JSON array of statements", file=sys.stderr)
        return 1
    problems = 0
    for index, data in enumerate(statements):
        try:
            statement = tincan.Statement(data)
            assert str(statement.id) == data["id"], "id"
            assert statement.verb.id == data["verb"]["id"], "verb"
            assert statement.object.id == data["object"]["id"], "object"
            assert statement.timestamp is not None, "timestamp"
            if "result" in data and "score" in data["result"]:
                assert statement.result.score.raw == data["result"]["score"]["raw"], "score"
            if "context" in data and "extensions" in data["context"]:
                assert dict(statement.context.extensions) == data["context"]["extensions"], "context extensions"
        except Exception as error:  # tincan raises TypeError, ValueError and its own errors
            problems += 1
            print(f"{path}: statement {index} ({data.get('id')}): {type(error).__name__}: {error}", file=sys.stderr)
    print(f"{path}: {len(statements)} statements read by tincan, {problems} not")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

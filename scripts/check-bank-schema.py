#!/usr/bin/env python3
"""Checks every file of a question bank against the JSON Schemas in QuestionBank/schema/.

The schemas are what an editor uses while one types; srm-quiz's own `validate` checks more (unique ids
across files, references that resolve). Usage: scripts/check-bank-schema.py [BANK_DIR]
"""
import json
import pathlib
import sys

import jsonschema
from referencing import Registry, Resource

bank = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent / "QuestionBank")
schema_folder = pathlib.Path(__file__).parent.parent / "QuestionBank" / "schema"
schemas = {path.name: json.loads(path.read_text()) for path in schema_folder.glob("*.schema.json")}
registry = Registry().with_resources((name, Resource.from_contents(schema)) for name, schema in schemas.items())

plan = [("topics.json", "topics.schema.json"), ("questions/*.json", "questions.schema.json"),
        ("matrix/services.json", "matrix-services.schema.json"), ("matrix/controls.json", "matrix-controls.schema.json"),
        ("matrix/cells/*.json", "matrix-cells.schema.json"), ("scenarios/*.json", "scenario.schema.json"),
        ("training/modules.json", "training.schema.json"), ("glossary.json", "glossary.schema.json")]
problems = 0
checked = 0
for pattern, schema_name in plan:
    validator = jsonschema.Draft202012Validator(schemas[schema_name], registry=registry)
    for path in sorted(bank.glob(pattern)):
        checked += 1
        try:
            document = json.loads(path.read_text())
        except json.JSONDecodeError as error:
            print(f"{path}: not valid JSON: {error}")
            problems += 1
            continue
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(part) for part in error.absolute_path) or "-"
            print(f"{path}: {where}: {error.message}")
            problems += 1
print(f"{checked} files checked against the schemas, {problems} problems")
sys.exit(1 if problems else 0)

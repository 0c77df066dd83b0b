"""Counts the statements an LRS holds for one agent, by statement id, following `more` links:
python lrs_count.py ENDPOINT USER PASSWORD AGENT_JSON. Prints one JSON object {id: count} (a count above 1 is a
statement stored twice)."""
import json
import sys
from urllib.parse import urljoin

import requests

endpoint, user, password, agent = sys.argv[1:5]
counts = {}
url = endpoint.rstrip("/") + "/statements"
params = {"agent": agent, "limit": 500}
while url:
    answer = requests.get(url, params=params, auth=(user, password), headers={"X-Experience-API-Version": "1.0.3"}, timeout=60)
    answer.raise_for_status()
    page = answer.json()
    for statement in page.get("statements", []):
        counts[statement["id"]] = counts.get(statement["id"], 0) + 1
    more = page.get("more")
    url = urljoin(endpoint, more) if more else None
    params = None
print(json.dumps(counts))

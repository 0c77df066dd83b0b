"""Starts the Ralph LRS (ralph-malph 5.1) on 127.0.0.1 for srm-quiz's tests: python ralph_append.py PORT.

Ralph's file-system backend opens its statements file with the operation type CREATE, so every POST after the
first to the same target fails with 500 ("already exists and overwrite is not allowed"). Here it appends
instead: every POST is stored, a statement sent again is answered 204 (stored once), and a statement with a known
id and a different body is answered 409. The environment names the users file (RALPH_AUTH_FILE, written by
`ralph auth`) and the statements folder (RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH); RALPH_RUNSERVER_BACKEND
must be fs.
"""
import sys

from ralph.backends.data.base import BaseOperationType
from ralph.backends.data.fs import FSDataBackend

FSDataBackend.default_operation_type = BaseOperationType.APPEND

import uvicorn  # noqa: E402

uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")

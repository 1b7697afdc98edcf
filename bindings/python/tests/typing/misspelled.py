"""Mistakes that `mypy --strict` must catch with the stubs (tests/test_stubs.py).

Each line marked with the error comment must have a mypy error, and no other line may.
"""

import omvarld

p = omvarld.malmo()
rows = p.records("postions")  # error: a misspelled table name
report = p.validate(lang="se")  # error: a misspelled language
found = p.positions_for("miljo-och-klimat", status="activ")  # error: a misspelled status

# The right spellings pass.
ok_rows = p.records("positions")
ok_report = p.validate(lang="sv")
ok_found = p.positions_for("miljo-och-klimat", status="active")
status: str = ok_rows[0]["status"]

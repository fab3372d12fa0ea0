"""Search every file under a study for a participant's needles (see needles.py).

Usage: scan.py STUDY needles.json [--skip truth]
Reads Parquet through pyarrow, zips (docx, xlsx, plain zips) member by member, tar files
member by member, everything else as bytes. Sealed .age files cannot be read: they are
listed apart. Prints one line per file with the kinds of needle found (never the values).
"""

import io
import json
import sys
import tarfile
import zipfile
from pathlib import Path

study = Path(sys.argv[1])
spec = json.loads(Path(sys.argv[2]).read_text())
skip = {"truth"}
needles = [(n["kind"], n["value"].encode()) for n in spec["needles"]]


def texts(path: Path, data: bytes):
    yield data
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(io.BytesIO(data))
        yield table.to_pandas().to_csv().encode()
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for m in z.namelist():
                    inner = z.read(m)
                    yield from texts(Path(m), inner)
        except zipfile.BadZipFile:
            pass
    if path.suffix in (".tar", ".gz", ".tgz") or ".tar" in path.name:
        try:
            with tarfile.open(fileobj=io.BytesIO(data)) as t:
                for m in t.getmembers():
                    if m.isfile():
                        yield from texts(Path(m.name), t.extractfile(m).read())
        except tarfile.TarError:
            pass


sealed = 0
hits = 0
for path in sorted(study.rglob("*")):
    rel = path.relative_to(study)
    if not path.is_file() or rel.parts[0] in skip:
        continue
    if path.suffix == ".age" or path.name.endswith(".age.part"):
        sealed += 1
        named = [k for k, v in needles if v.decode() in path.name]
        if named:
            print(f"{rel}: sealed, named by {', '.join(sorted(set(named)))}")
        continue
    data = path.read_bytes()
    found = {f"name:{k}" for k, v in needles if v.decode() in path.name}
    for blob in texts(path, data):
        for kind, value in needles:
            if value in blob or value.lower() in blob.lower():
                found.add(kind.split(":")[0])
    if found:
        hits += 1
        print(f"{rel}: {', '.join(sorted(found))}")
print(f"-- {hits} files hold a needle; {sealed} sealed .age files not readable", file=sys.stderr)

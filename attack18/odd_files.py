# ruff: noqa
"""attack18: odd vendor files for `sealflow scrub docs`: a zip-bomb .docx (one 300 MiB member
of zeros), an XXE .docx (external entity to /etc/hostname), a .docx that is not a zip, an
empty .txt, a 50 MB .txt transcript, a .vtt with a UTF-16 BOM, a .txt in cp1252.
Usage: python odd_files.py DIR"""
import os, sys, zipfile
d = sys.argv[1]; os.makedirs(d, exist_ok=True)
CT = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
with zipfile.ZipFile(f"{d}/interview-b0b0b0b0b0b0.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", CT); z.writestr("_rels/.rels", RELS)
    z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>')
    with z.open("word/media/zeros.bin", "w", force_zip64=True) as f:
        blk = b"\0" * (1 << 20)
        for _ in range(300): f.write(blk)
with zipfile.ZipFile(f"{d}/interview-e0e0e0e0e0e0.docx", "w") as z:
    z.writestr("[Content_Types].xml", CT); z.writestr("_rels/.rels", RELS)
    z.writestr("word/document.xml", f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/hostname">]><w:document {W}><w:body><w:p><w:r><w:t>&x; Ottilie Gravesend</w:t></w:r></w:p></w:body></w:document>')
open(f"{d}/interview-ca0ca0ca0ca0.docx", "wb").write(b"PK\x03\x04 this is not really a zip, Ottilie Gravesend")
open(f"{d}/interview-e00e00e00e00.txt", "w").close()
line = "Participant: I spoke to Ottilie Gravesend on 07700 900321 about the move to Catterick.\n"
with open(f"{d}/interview-b1b1b1b1b1b1.txt", "w") as f:
    for i in range(50_000_000 // len(line)): f.write(line if i % 50 else "Interviewer: and then?\n")
open(f"{d}/interview-16161616161a.vtt", "wb").write("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ottilie Gravesend>I rang 07700 900321.\n".encode("utf-16"))
open(f"{d}/interview-c1252c1252c1.txt", "wb").write("Participant: Zo\u00eb Gravesend said caf\u00e9 \u2013 ring 07700 900321.\n".encode("cp1252"))

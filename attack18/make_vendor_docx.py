# ruff: noqa  (a reproduction script: long literal XML and quick checks)
"""Write a hostile-but-ordinary vendor .docx with identifiers planted in every part.

Synthetic names only. Usage: python make_vendor_docx.py OUT.docx
Each planted value is unique so that a grep of the unzipped result tells which part leaked.
"""

import sys
import zipfile

PLANTED = {
    "body": "Zebedee Quartermaine",
    "speaker": "Sgt Ottoline Fairweather",
    "header": "Barnabas Wigglesworth",
    "first_header": "Philippa Snodgrass",
    "footer": "Cuthbert Ravenscroft",
    "comment_author": "Araminta Fotheringay",
    "comment_initials": "AFX",
    "comment_text": "Horatio Pemberton",
    "footnote": "Lucinda Trelawney",
    "textbox": "Ignatius Blenkinsop",
    "ins_author": "Perpetua Gallimore",
    "ins_text": "Ebenezer Thistlewood",
    "del_author": "Octavia Pumphrey",
    "del_text": "Montgomery Fairbairn",
    "core_creator": "Clementine Ashdown",
    "core_lastmod": "Bartholomew Crouch",
    "core_title": "Interview with Rosalind Kettleby",
    "app_company": "Kettleby Transcription of Mortimer Blythe",
    "phone": "07700 900123",
    "custom_prop": "Winifred Oddie",
}

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml"'

P = PLANTED


def para(text, bold_label=None):
    runs = ""
    if bold_label:
        runs += f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{bold_label}: </w:t></w:r>'
    runs += f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
    return f"<w:p>{runs}</w:p>"


textbox = (
    '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
    '<wp:extent cx="914400" cy="457200"/><wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>'
    f"<w:p><w:r><w:t>Note: call {P['textbox']} back</w:t></w:r></w:p>"
    "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Note: call {P['textbox']} back</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
)

body = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
    + para(f"Thanks for coming. Can you say who referred you?", "Interviewer")
    + para(
        f"It was {P['body']}, my section commander, you can ring him on {P['phone']}.",
        "Participant",
    )
    + para("And how did the programme go for you?", P["speaker"])
    + '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Participant: </w:t></w:r>'
    + '<w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">It was fine really</w:t></w:r><w:commentRangeEnd w:id="0"/>'
    + '<w:r><w:commentReference w:id="0"/></w:r>'
    + '<w:r><w:t xml:space="preserve"> and I spoke to </w:t></w:r>'
    + f'<w:ins w:id="1" w:author="{P["ins_author"]}" w:date="2026-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">{P["ins_text"]} </w:t></w:r></w:ins>'
    + f'<w:del w:id="2" w:author="{P["del_author"]}" w:date="2026-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">{P["del_text"]} </w:delText></w:r></w:del>'
    + '<w:r><w:t xml:space="preserve">about it.</w:t></w:r>'
    + '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    + textbox
    + '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="first" r:id="rIdH2"/>'
    + '<w:footerReference w:type="default" r:id="rIdF1"/><w:titlePg/></w:sectPr>'
    + "</w:body></w:document>"
)

hdr = lambda t: (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>{para(t)}</w:hdr>'
)
ftr = lambda t: (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>{para(t)}</w:ftr>'
)

comments = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>'
    f'<w:comment w:id="0" w:author="{P["comment_author"]}" w:date="2026-01-01T00:00:00Z" w:initials="{P["comment_initials"]}">'
    f"{para('Check spelling with ' + P['comment_text'])}</w:comment></w:comments>"
)
footnotes = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    f'<w:footnote w:id="1">{para("Transcriber note: participant later named " + P["footnote"] + " as the welfare officer.")}</w:footnote>'
    "</w:footnotes>"
)
core = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    f"<dc:title>{P['core_title']}</dc:title><dc:creator>{P['core_creator']}</dc:creator>"
    f"<cp:lastModifiedBy>{P['core_lastmod']}</cp:lastModifiedBy>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created></cp:coreProperties>'
)
app = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    f"<Company>{P['app_company']}</Company><Application>Microsoft Office Word</Application></Properties>"
)
custom = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="Interviewee"><vt:lpwstr>{P["custom_prop"]}</vt:lpwstr></property></Properties>'
)
ct = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
    "</Types>"
)
rels = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
    "</Relationships>"
)
doc_rels = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
    '<Relationship Id="rIdH2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>'
    '<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
    '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
    '<Relationship Id="rIdFN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
    "</Relationships>"
)

with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ct)
    z.writestr("_rels/.rels", rels)
    z.writestr("word/_rels/document.xml.rels", doc_rels)
    z.writestr("word/document.xml", body)
    z.writestr("word/header1.xml", hdr(f"Transcript prepared for {P['header']}"))
    z.writestr("word/header2.xml", hdr(f"CONFIDENTIAL - interview of {P['first_header']}"))
    z.writestr("word/footer1.xml", ftr(f"Transcribed by {P['footer']}"))
    z.writestr("word/comments.xml", comments)
    z.writestr("word/footnotes.xml", footnotes)
    z.writestr("docProps/core.xml", core)
    z.writestr("docProps/app.xml", app)
    z.writestr("docProps/custom.xml", custom)

if len(sys.argv) > 2:
    import json

    json.dump(PLANTED, open(sys.argv[2], "w"), indent=1)

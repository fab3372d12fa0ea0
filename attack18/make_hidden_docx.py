# ruff: noqa  (a reproduction script)
"""attack18: a vendor .docx whose identifiers sit where Word really puts them but a text
walker may not look: word/people.xml (tracked-change authors with e-mail user ids), a
hyperlink target (mailto) in document.xml.rels, a field code (instrText), image alt text
(wp:docPr descr/title), a content control's tag and alias, a bookmark name, document
variables in settings.xml, customXml, an altChunk HTML part, glossary (building blocks).
Synthetic names only. Usage: python make_hidden_docx.py OUT.docx PLANTED.json"""
import json, sys, zipfile

P = {
    "people_author": "Wilhelmina Cattermole",
    "people_userid": "wilhelmina.cattermole@vendor.example",
    "hyperlink_target": "mailto:fenella.brackenbury@mod.example",
    "field_code": "Rupert Haverstock",
    "alt_descr": "Photo of Griselda Ormerod at the unit",
    "alt_title": "Cosmo Pettigrew",
    "sdt_tag": "Leopold Ainsworth",
    "sdt_alias": "Marigold Featherstone",
    "bookmark": "Thaddeus_Wolstenholme",
    "docvar": "Henrietta Blatherwick",
    "customxml": "Ambrose Kilpatrick",
    "altchunk": "Drusilla Mountbatten",
    "glossary": "Percival Oddbody",
    "body_phone": "07700 900777",
}
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
doc = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>
<w:p><w:r><w:t xml:space="preserve">Interviewer: Tell me about support. Participant: I phoned </w:t></w:r><w:r><w:t>{P["body_phone"]}</w:t></w:r><w:r><w:t xml:space="preserve"> and </w:t></w:r>
<w:hyperlink r:id="rIdLink"><w:r><w:t>e-mailed the welfare officer</w:t></w:r></w:hyperlink></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> AUTHOR "{P["field_code"]}" \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>the author</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
<w:p><w:bookmarkStart w:id="7" w:name="{P["bookmark"]}"/><w:r><w:t>Bookmarked passage.</w:t></w:r><w:bookmarkEnd w:id="7"/></w:p>
<w:p><w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="1" name="Picture 1" descr="{P["alt_descr"]}" title="{P["alt_title"]}"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic></wp:inline></w:drawing></w:r></w:p>
<w:sdt><w:sdtPr><w:alias w:val="{P["sdt_alias"]}"/><w:tag w:val="{P["sdt_tag"]}"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Content control text.</w:t></w:r></w:p></w:sdtContent></w:sdt>
<w:altChunk r:id="rIdChunk"/>
<w:sectPr/></w:body></w:document>'''
rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="%s" TargetMode="External"/>
<Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="chunk.htm"/>
<Relationship Id="rIdPeople" Type="http://schemas.microsoft.com/office/2011/relationships/people" Target="people.xml"/>
<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rIdGloss" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument" Target="glossary/document.xml"/>
<Relationship Id="rIdCx" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>
</Relationships>''' % P["hyperlink_target"]
people = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w15:people {W}><w15:person w15:author="{P["people_author"]}"><w15:presenceInfo w15:providerId="AD" w15:userId="S::{P["people_userid"]}::0b1c"/></w15:person></w15:people>'''
settings = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:docVars><w:docVar w:name="Interviewee" w:val="{P["docvar"]}"/></w:docVars></w:settings>'''
gloss = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:glossaryDocument {W}><w:docParts><w:docPart><w:docPartPr><w:name w:val="sig"/></w:docPartPr><w:docPartBody><w:p><w:r><w:t>Signed {P["glossary"]}</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>'''
custom = f'<?xml version="1.0"?><interview><interviewee>{P["customxml"]}</interviewee></interview>'
chunk = f'<html><body><p>Note from {P["altchunk"]}, welfare.</p></body></html>'
ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="htm" ContentType="application/xhtml+xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/people.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/glossary/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"/>
</Types>'''
root = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>'''
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ct); z.writestr("_rels/.rels", root)
    z.writestr("word/document.xml", doc); z.writestr("word/_rels/document.xml.rels", rels)
    z.writestr("word/people.xml", people); z.writestr("word/settings.xml", settings)
    z.writestr("word/glossary/document.xml", gloss); z.writestr("customXml/item1.xml", custom)
    z.writestr("word/chunk.htm", chunk)
json.dump(P, open(sys.argv[2], "w"), indent=1)

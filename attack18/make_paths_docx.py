# ruff: noqa
"""attack18: a vendor .docx holding names where Word itself writes them: the attached
template's path under the typist's Windows profile (settings.xml.rels), docProps/app.xml
TitlesOfParts and Template, hidden text (w:vanish), an endnote, and a file:// hyperlink into
a user folder. Synthetic names only. Usage: python make_paths_docx.py OUT.docx PLANTED.json"""
import json, sys, zipfile
P = {"template_path_user": "horatia.mcgillicuddy", "titles_of_parts": "Interview Saoirse Ballantyne", "app_template": "Ballantyne-notes.dotm",
     "vanish": "Evangeline Throckmorton", "endnote": "Peregrine Fitzwilliam", "file_link_user": "barnaby.quilliam"}
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
doc = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>
<w:p><w:r><w:t xml:space="preserve">Participant: it was fine. </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>typist note: this is {P["vanish"]}</w:t></w:r></w:p>
<w:p><w:r><w:t>See the notes</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r> <w:hyperlink r:id="rIdF"><w:r><w:t>here</w:t></w:r></w:hyperlink></w:p>
<w:sectPr/></w:body></w:document>'''
end = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes {W}><w:endnote w:id="1"><w:p><w:r><w:t>Named later as {P["endnote"]}.</w:t></w:r></w:p></w:endnote></w:endnotes>'
settings = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings {W}><w:attachedTemplate r:id="rIdT"/></w:settings>'
srels = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="file:///C:\\Users\\{P["template_path_user"]}\\AppData\\Roaming\\Microsoft\\Templates\\Normal.dotm" TargetMode="External"/></Relationships>'
drels = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rIdE" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>
<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="file:///C:/Users/{P["file_link_user"]}/Documents/notes.docx" TargetMode="External"/></Relationships>'''
app = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>{P["app_template"]}</Template><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>{P["titles_of_parts"]}</vt:lpstr></vt:vector></TitlesOfParts></Properties>'''
ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'''
root = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>'''
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for n, t in [("[Content_Types].xml", ct), ("_rels/.rels", root), ("word/document.xml", doc), ("word/_rels/document.xml.rels", drels), ("word/settings.xml", settings),
                 ("word/_rels/settings.xml.rels", srels), ("word/endnotes.xml", end), ("docProps/app.xml", app)]: z.writestr(n, t)
json.dump(P, open(sys.argv[2], "w"), indent=1)

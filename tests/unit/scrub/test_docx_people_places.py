"""Every place a .docx keeps a person, planted and scrubbed (fix19a, after attack18 G2).

attack18 found a permission range's editor (``w:permStart w:ed``) unread. This fills each
place ECMA-376 and MS-DOCX give a person (an attribute, a part) with a planted name, scrubs
the file, and reads every member of the output zip: none of them may hold one. The same
places are segments, so the residual scan (which reads a .docx's segments) searches them.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.formats import read_document
from sealflow.scrub.scrubber import scrub_segment_lists

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS = (
    f'{W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
    ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
    ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
)
DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {NS}><w:body>
<w:p><w:r><w:t>Interviewer: How was the posting?</w:t></w:r></w:p>
<w:p><w:permStart w:id="1" w:ed="fenella.brackenbury@army.local"/><w:r><w:t>Open text.</w:t></w:r>
<w:permEnd w:id="1"/><w:permStart w:id="2" w:ed="ARMY\\qmortlake"/><w:permEnd w:id="2"/>
<w:permStart w:id="3" w:edGrp="everyone"/><w:permEnd w:id="3"/></w:p>
<w:p><w:pPr><w:pPrChange w:id="4" w:author="Wilhelmina Scrope" w:date="2026-01-01T00:00:00Z">
<w:pPr/></w:pPrChange></w:pPr>
<w:ins w:id="5" w:author="Ottoline Haverstock"><w:r><w:t>added</w:t></w:r></w:ins>
<w:del w:id="6" w:author="Crispin Wetherall"><w:r><w:delText>gone</w:delText></w:r></w:del>
<w:r><w:rPr><w:b/><w:rPrChange w:id="7" w:author="Ignatius Featherby"><w:rPr/></w:rPrChange>
</w:rPr><w:t>bold now</w:t></w:r></w:p>
<w:moveFromRangeStart w:id="8" w:name="move1" w:author="Perpetua Blenkinsop"/>
<w:p><w:moveFrom w:id="9" w:author="Perpetua Blenkinsop"><w:r><w:t>moved</w:t></w:r>
</w:moveFrom></w:p>
<w:moveFromRangeEnd w:id="8"/>
<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>
<w:tblPrChange w:id="10" w:author="Barnabas Tolliver">
<w:tblPr/></w:tblPrChange></w:tblPr><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">
<w:smartTagPr><w:attr w:name="ProductID" w:val="Maj Ravenscroft"/></w:smartTagPr>
<w:r><w:t>the major</w:t></w:r></w:smartTag></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:enabled/>
<w:helpText w:type="text" w:val="Ask Capt Marchbanks"/>
<w:statusText w:type="text" w:val="Form of WO2 Pettigrew"/>
<w:textInput><w:default w:val="Cpl Thistlewood"/></w:textInput></w:ffData></w:fldChar></w:r>
<w:r><w:instrText> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Drop1"/><w:ddList>
<w:listEntry w:val="Lt Abernethy"/></w:ddList></w:ffData></w:fldChar></w:r></w:p>
<w:sdt><w:sdtPr><w:comboBox><w:listItem w:displayText="Sgt Quenby" w:value="Sgt Quenby"/>
</w:comboBox></w:sdtPr><w:sdtContent><w:p><w:r><w:t>chosen</w:t></w:r></w:p></w:sdtContent></w:sdt>
<w:p><w:r><w:pict><v:shape id="s1"><v:textpath string="DRAFT Capt Oakenshott"/></v:shape>
<v:shape id="s2"><o:signatureline v:ext="edit" o:suggestedsigner="Horatio Penhaligon"
o:suggestedsigner2="Adjutant to Maj Trelawney" o:suggestedsigneremail="h.penhaligon@army.local"
o:signinginstructions="Sign for Maj Trelawney"/></v:shape></w:pict></w:r></w:p>
<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Photo of Capt Wintringham">
<a:hlinkClick xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
r:id="" tooltip="Mail Sgt Gillingham"/></wp:docPr></wp:inline></w:drawing></w:r></w:p>
<w:sectPr/></w:body></w:document>"""
SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:mailMerge><w:mainDocumentType w:val="formLetters"/>
<w:connectString
w:val="Provider=Excel;Data Source=C:\\Users\\ambrose.fothergill\\Documents\\list.xlsx"/>
<w:query w:val="SELECT * FROM list.xlsx"/></w:mailMerge></w:settings>"""
W15 = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
PEOPLE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w15:people {W15}><w15:person w15:author="Araminta Coldwell"><w15:presenceInfo
w15:providerId="AD" w15:userId="a.coldwell@army.local"/></w15:person></w15:people>"""
COMMENTS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments {W}><w:comment w:id="0" w:author="Bartholomew Inchley" w:initials="BI">
<w:p><w:r><w:t>Ask Sgt Inchley about this.</w:t></w:r></w:p></w:comment></w:comments>"""
COMMENTS_EXTENDED = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w15:commentsEx {W15}><w15:commentEx w15:paraId="1A2B3C4D" w15:done="0"/></w15:commentsEx>"""
COMMENTS_IDS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w16cid:commentsIds xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid">
<w16cid:commentId w16cid:paraId="1A2B3C4D" w16cid:durableId="2A3B4C5D"/></w16cid:commentsIds>"""
COMMENTS_EXTENSIBLE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w16cex:commentsExtensible xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex"
xmlns:cr="http://schemas.microsoft.com/office/comments/2020/reactions">
<w16cex:commentExtensible w16cex:durableId="2A3B4C5D" w16cex:dateUtc="2026-01-01T00:00:00Z">
<w16cex:extLst><w16cex:ext><cr:reactions><cr:reaction reactionType="1"><cr:reactionInfo
dateUtc="2026-01-01T00:00:00Z"><cr:user userId="c.dunsford@army.local" userProvider="AD"
userName="Clementine Dunsford"/></cr:reactionInfo></cr:reaction></cr:reactions></w16cex:ext>
</w16cex:extLst></w16cex:commentExtensible></w16cex:commentsExtensible>"""
CUSTOM = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property
fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Reviewer"><vt:lpwstr>Cressida
Vanstone</vt:lpwstr></property></Properties>"""
SHAREPOINT = """<?xml version="1.0" encoding="UTF-8"?>
<p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties">
<documentManagement><Owner><UserInfo><DisplayName>Lt Hargreaves</DisplayName>
<AccountId email="e.hargreaves@army.local">12</AccountId></UserInfo></Owner>
</documentManagement></p:properties>"""
GLOSSARY = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:glossaryDocument {W}><w:docParts><w:docPart><w:docPartPr><w:name
w:val="Block of Maj Ormerod"/><w:description w:val="For Maj Ormerod letters"/>
<w:category><w:name w:val="General"/></w:category></w:docPartPr><w:docPartBody><w:p><w:r>
<w:t>Maj Ormerod, SO2 Plans</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts>
</w:glossaryDocument>"""
SIGNATURE = """<?xml version="1.0" encoding="UTF-8"?>
<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><KeyInfo><X509Data><X509SubjectName>
CN=Lavinia Strickland, O=Army</X509SubjectName><X509Certificate>MIIBbase64</X509Certificate>
</X509Data></KeyInfo></Signature>"""
TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
MEMBERS = {
    "[Content_Types].xml": TYPES,
    "word/document.xml": DOCUMENT,
    "word/settings.xml": SETTINGS,
    "word/people.xml": PEOPLE,
    "word/comments.xml": COMMENTS,
    "word/commentsExtended.xml": COMMENTS_EXTENDED,
    "word/commentsIds.xml": COMMENTS_IDS,
    "word/commentsExtensible.xml": COMMENTS_EXTENSIBLE,
    "docProps/custom.xml": CUSTOM,
    "customXml/item1.xml": SHAREPOINT,
    "word/glossary/document.xml": GLOSSARY,
    "_xmlsignatures/sig1.xml": SIGNATURE,
}
# each planted person, by the word of it that must not be left anywhere
PLANTED = [
    "brackenbury", "mortlake", "Scrope", "Haverstock", "Wetherall", "Featherby", "Blenkinsop",
    "Tolliver", "Ravenscroft", "Marchbanks", "Pettigrew", "Thistlewood", "Abernethy", "Quenby",
    "Oakenshott", "Penhaligon", "Trelawney", "Wintringham", "Gillingham", "fothergill",
    "Coldwell", "Inchley", "Dunsford", "Vanstone", "Hargreaves", "Ormerod", "Strickland",
]  # fmt: skip
# blanked, not read: document properties and a signature (no reader needs them)
BLANKED = {"Vanstone", "Strickland"}


@pytest.fixture()
def planted(tmp_path: Path) -> Path:
    path = tmp_path / "people.docx"
    with zipfile.ZipFile(path, "w") as package:
        for name, text in MEMBERS.items():
            package.writestr(name, text)
    return path


def members(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_when_every_people_place_holds_a_name_then_no_member_of_the_output_keeps_one(
    engine: ScrubEngine, planted: Path, tmp_path: Path
):
    before = members(planted)
    for word in PLANTED:  # the fixture really put each one somewhere
        assert any(word.lower() in text.lower() for text in before.values()), word
    document = read_document(planted)
    (scrubbed,) = scrub_segment_lists(engine, [document.segments])
    out = tmp_path / "out.docx"
    document.writer(scrubbed.edits, out)
    after = members(out)
    assert sorted(after) == sorted(before)
    left = [
        (word, name)
        for name, text in after.items()
        for word in PLANTED
        if word.lower() in text.lower()
    ]
    assert left == []
    # what no person is kept as it was: the group a permission range names, the ids
    assert 'w:edGrp="everyone"' in after["word/document.xml"]
    assert 'w16cid:durableId="2A3B4C5D"' in after["word/commentsIds.xml"]
    assert re.search(r'w:initials=""', after["word/comments.xml"])


def test_when_every_people_place_holds_a_name_then_the_residual_scan_reads_it(planted: Path):
    """The residual scan reads a .docx's segments (residual._scan_chunk), so a name in any
    of these places, left standing, is searched."""
    read = " ".join(s.text for s in read_document(planted).segments).lower()
    assert [w for w in PLANTED if w not in BLANKED and w.lower() not in read] == []

// SPDX-License-Identifier: MIT
#include "net/svgsanitiser.h"
#include "testimage.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QSvgRenderer>
#include <QtTest>
#include <QXmlStreamReader>

using namespace kombo;

namespace {

const QByteArray kHead = "<svg xmlns='http://www.w3.org/2000/svg' "
                         "xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 64 64'>";
const QByteArray kShape = "<rect width='64' height='64' fill='#0f766e'/>";
const QColor kTeal(0x0f, 0x76, 0x6e);
const QColor kRed(0xb9, 0x1c, 0x1c);

// A whole logo around `body`.
QByteArray svg(const QByteArray &body)
{
    return kHead + body + "</svg>";
}

// A logo that paints, around `body`.
QByteArray shown(const QByteArray &body)
{
    return svg(kShape + body);
}

QByteArray encoded(QStringConverter::Encoding encoding, bool bom, const QByteArray &utf8)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom
                                         : QStringConverter::Flag::Default);
    return encoder.encode(QString::fromUtf8(utf8));
}

// What the old substring checks let through: read as UTF-8 it has no "<image" in it.
const QByteArray kImageOfLocalFile =
    "<?xml version='1.0' encoding='UTF-16'?>" +
    svg("<image xlink:href='/etc/passwd' width='64' height='64'/>");

// `depth` levels of elements in all, the root's and a shape's included.
QByteArray nested(int depth)
{
    return kHead + QByteArray("<g>").repeated(depth - 2) + kShape +
           QByteArray("</g>").repeated(depth - 2) + "</svg>";
}

// `count` elements in all, the root's and a shape's included.
QByteArray elements(int count)
{
    return shown(QByteArray("<g/>").repeated(count - 2));
}

QByteArray uses(int count)
{
    return svg("<defs>" + kShape.chopped(2).append(" id='r'/>") + "</defs>" +
               QByteArray("<use href='#r'/>").repeated(count));
}

// The "billion laughs" of SVG: each level is ten uses of the one below, so `levels` levels
// of ten paint 10^levels shapes from some 10 * levels elements.
QByteArray useChain(int levels)
{
    QByteArray body = "<defs><g id='l0'>" + kShape.repeated(10) + "</g>";
    for (int level = 1; level <= levels; ++level) {
        body += QStringLiteral("<g id='l%1'>").arg(level).toUtf8();
        body += QStringLiteral("<use href='#l%1'/>").arg(level - 1).toUtf8().repeated(10);
        body += "</g>";
    }
    return svg(body + QStringLiteral("</defs><use href='#l%1'/>").arg(levels).toUtf8());
}

// Each group uses the next: shallow in the source, `links` deep once the links are followed.
QByteArray linkedGroups(int links)
{
    QByteArray body = "<defs>";
    for (int link = 0; link < links; ++link)
        body +=
            QStringLiteral("<g id='g%1'><use href='#g%2'/></g>").arg(link).arg(link + 1).toUtf8();
    body += QStringLiteral("<g id='g%1'>").arg(links).toUtf8() + kShape + "</g></defs>";
    return svg(body + "<use href='#g0'/>");
}

// As Inkscape saves a logo: its own namespaces, metadata, a gradient inheriting another's
// stops, a use, and an export path with backslashes in an attribute to be dropped.
const QByteArray kInkscapeLogo = R"svg(<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with Inkscape (http://www.inkscape.org/) -->
<svg
   width="64" height="64" viewBox="0 0 64 64" version="1.1" id="svg5"
   inkscape:version="1.2.2 (b0a8486541, 2022-12-01)"
   sodipodi:docname="otter.svg"
   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
   xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
   xmlns:xlink="http://www.w3.org/1999/xlink"
   xmlns="http://www.w3.org/2000/svg"
   xmlns:svg="http://www.w3.org/2000/svg"
   xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
   xmlns:cc="http://creativecommons.org/ns#"
   xmlns:dc="http://purl.org/dc/elements/1.1/">
  <sodipodi:namedview id="namedview7" pagecolor="#ffffff" bordercolor="#666666"
     inkscape:zoom="8" inkscape:current-layer="layer1" />
  <defs id="defs2">
    <linearGradient inkscape:collect="always" id="linearGradient1">
      <stop style="stop-color:#0f766e;stop-opacity:1" offset="0" id="stop1" />
      <stop style="stop-color:#14b8a6;stop-opacity:1" offset="1" id="stop2" />
    </linearGradient>
    <linearGradient inkscape:collect="always" xlink:href="#linearGradient1" id="linearGradient2"
       x1="0" y1="0" x2="64" y2="64" gradientUnits="userSpaceOnUse" />
  </defs>
  <metadata id="metadata1">
    <rdf:RDF>
      <cc:Work rdf:about="">
        <dc:format>image/svg+xml</dc:format>
        <dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage" />
      </cc:Work>
    </rdf:RDF>
  </metadata>
  <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1" data-name="Layer 1">
    <path id="p" d="M 8,32 A 24,24 0 1 1 56,32 A 24,24 0 1 1 8,32 Z"
       style="fill:url(#linearGradient2);fill-opacity:1;stroke:none"
       sodipodi:nodetypes="cc" inkscape:export-filename="C:\Users\otter\logo.png" />
    <use xlink:href="#p" transform="translate(16,16) scale(0.5)" id="use1" />
  </g>
</svg>
)svg";

// As Illustrator saves one: classes in a style sheet, one filling with a gradient.
const QByteArray kIllustratorLogo =
    "<svg id='Layer_1' data-name='Layer 1' xmlns='http://www.w3.org/2000/svg' "
    "viewBox='0 0 64 64'><defs><style>.cls-1{fill:url(#radial-gradient);}.cls-2{fill:#b91c1c;}"
    "</style><radialGradient id='radial-gradient' cx='32' cy='32' r='32' "
    "gradientUnits='userSpaceOnUse'><stop offset='0' stop-color='#fff'/><stop offset='1' "
    "stop-color='#0f766e'/></radialGradient></defs><title>Otterly</title><rect class='cls-1' "
    "width='64' height='64'/><circle class='cls-2' cx='32' cy='32' r='8'/></svg>";

QString describe(const Result<QByteArray> &result)
{
    if (const Failure *failure = result.failure())
        return QStringLiteral("refused: ") + failure->message();
    return QStringLiteral("accepted: ") + QString::fromUtf8(result.value());
}

QImage render(const QByteArray &svg)
{
    QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer renderer(svg);
    if (renderer.isValid()) {
        QPainter painter(&image);
        renderer.render(&painter);
    }
    return image;
}

// Why `output` is more than static SVG, or nothing: read again, independently of the
// sanitiser's own rules.
QString whatIsNotStatic(const QByteArray &output)
{
    const QString svgNs = QStringLiteral("http://www.w3.org/2000/svg");
    const QString xlinkNs = QStringLiteral("http://www.w3.org/1999/xlink");
    const QString xmlNs = QStringLiteral("http://www.w3.org/XML/1998/namespace");
    static const QRegularExpression outsideUrl(QStringLiteral("url\\s*+\\(\\s*+['\"]?+\\s*+(?!#)"),
                                               QRegularExpression::CaseInsensitiveOption);
    QXmlStreamReader reader(output);
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartDocument:
            if (reader.documentEncoding() != QLatin1String("UTF-8"))
                return QStringLiteral("declared as ") + reader.documentEncoding().toString();
            break;
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
            return reader.tokenString();
        case QXmlStreamReader::StartElement: {
            const QString name = reader.name().toString();
            if (reader.namespaceUri() != svgNs || reader.prefix().size() != 0)
                return name + QStringLiteral(" outside the default SVG namespace");
            for (const char *hostile : {"image", "script", "foreignObject", "a", "animate", "set",
                                        "filter", "metadata"}) {
                if (name.compare(QLatin1String(hostile), Qt::CaseInsensitive) == 0)
                    return name;
            }
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                const QString qualified = attribute.qualifiedName().toString();
                const bool href = attribute.name() == QLatin1String("href");
                if (href && (attribute.namespaceUri() != xlinkNs ||
                             qualified != QLatin1String("xlink:href") ||
                             !attribute.value().startsWith(QLatin1Char('#')))) {
                    return qualified + QStringLiteral(" = ") + attribute.value().toString();
                }
                if (!href && !attribute.namespaceUri().isEmpty() &&
                    attribute.namespaceUri() != xmlNs) {
                    return qualified;
                }
                if (attribute.name().startsWith(QLatin1String("on")) ||
                    attribute.name().startsWith(QLatin1String("data-")) ||
                    outsideUrl.match(attribute.value()).hasMatch()) {
                    return qualified + QStringLiteral(" = ") + attribute.value().toString();
                }
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (outsideUrl.match(reader.text()).hasMatch() ||
                reader.text().contains(QLatin1String("@import"), Qt::CaseInsensitive)) {
                return reader.text().toString();
            }
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return reader.errorString();
    for (const char *editor : {"inkscape", "sodipodi", "rdf:", "<image", "script"}) {
        if (output.contains(editor))
            return QString::fromLatin1(editor);
    }
    return {};
}

} // namespace

class TestSvgSanitiser : public QObject
{
    Q_OBJECT

private slots:
    void hostileSvg_isRefused_data();
    void hostileSvg_isRefused();
    void sanitisedLogo_renders_data() { acceptedLogos(); }
    void sanitisedLogo_renders();
    void sanitisedOutput_holdsOnlyStaticSvg_data() { acceptedLogos(); }
    void sanitisedOutput_holdsOnlyStaticSvg();
    void sanitising_isIdempotent_data() { acceptedLogos(); }
    void sanitising_isIdempotent();
    void editorMetadata_isDropped();
    void unknownElements_areDroppedWithTheirSubtree();
    void internalLinks_areWrittenAsXlinkHref();
    void internalLinks_stillRenderInQtSvg();
    void duplicateIds_keepTheFirst();
    void styleSheetAndText_areKeptWhole();
    void pathologicalText_isSanitisedQuickly_data();
    void pathologicalText_isSanitisedQuickly();

private:
    void acceptedLogos();
};

void TestSvgSanitiser::hostileSvg_isRefused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");

    const QString notUtf8 = QStringLiteral("the SVG is not UTF-8");
    QTest::newRow("UTF-16 LE with BOM")
        << encoded(QStringConverter::Utf16LE, true, kImageOfLocalFile) << notUtf8;
    QTest::newRow("UTF-16 LE without BOM")
        << encoded(QStringConverter::Utf16LE, false, kImageOfLocalFile) << notUtf8;
    QTest::newRow("UTF-16 BE with BOM")
        << encoded(QStringConverter::Utf16BE, true, kImageOfLocalFile) << notUtf8;
    QTest::newRow("UTF-16 BE without BOM")
        << encoded(QStringConverter::Utf16BE, false, kImageOfLocalFile) << notUtf8;
    QTest::newRow("UTF-32 LE with BOM")
        << encoded(QStringConverter::Utf32LE, true, kImageOfLocalFile) << notUtf8;
    QTest::newRow("UTF-32 BE without BOM")
        << encoded(QStringConverter::Utf32BE, false, kImageOfLocalFile) << notUtf8;
    QTest::newRow("UTF-16 BOM before CJK text")
        << QByteArray("\xff\xfe\x34\x6c\x7a\x73") << notUtf8;
    QTest::newRow("NUL byte") << shown(QByteArray("<title>a\0b</title>", 18)) << notUtf8;
    QTest::newRow("stray continuation byte") << shown("<title>\x80</title>") << notUtf8;
    QTest::newRow("Latin-1 byte") << shown("<title>caf\xe9</title>") << notUtf8;
    QTest::newRow("overlong slash") << shown("<title>\xc0\xaf</title>") << notUtf8;
    QTest::newRow("encoded surrogate") << shown("<title>\xed\xa0\x80</title>") << notUtf8;
    QTest::newRow("sequence cut short at the end") << shown({}) + "\xe2\x82" << notUtf8;
    QTest::newRow("ISO-8859-1 declared")
        << "<?xml version='1.0' encoding='ISO-8859-1'?>" + shown({}) << notUtf8;
    QTest::newRow("UTF-16 declared, UTF-8 bytes") << kImageOfLocalFile << notUtf8;
    QTest::newRow("gzip magic") << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8)
                                << QStringLiteral("the SVG is compressed");

    const QString entities = QStringLiteral("the SVG declares a DTD or entities");
    QTest::newRow("SVG 1.1 doctype") << "<!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.1//EN' "
                                        "'http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd'>" +
                                            shown({})
                                     << entities;
    QTest::newRow("internal entity")
        << "<!DOCTYPE svg [<!ENTITY a 'aaaaaaaaaa'>]>" + shown("<title>&a;</title>") << entities;
    QTest::newRow("entity bomb")
        << "<!DOCTYPE svg [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;'>]>" +
               shown("<title>&b;&b;&b;&b;</title>")
        << entities;
    QTest::newRow("external entity")
        << "<!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>" + shown("<title>&x;</title>")
        << entities;
    QTest::newRow("parameter entity")
        << "<!DOCTYPE svg [<!ENTITY % p SYSTEM 'http://evil.example/p.dtd'> %p;]>" + shown({})
        << entities;

    const QString image = QStringLiteral("the SVG embeds an image");
    QTest::newRow("image") << shown("<image xlink:href='/etc/passwd' width='9' height='9'/>")
                           << image;
    QTest::newRow("image without a link") << shown("<image/>") << image;
    QTest::newRow("image with the svg: prefix")
        << QByteArray("<svg:svg xmlns:svg='http://www.w3.org/2000/svg'><svg:image "
                      "href='x.png'/></svg:svg>")
        << image;
    QTest::newRow("image in another namespace")
        << shown("<x:image xmlns:x='urn:x' src='x.png'/>") << image;
    QTest::newRow("IMAGE in upper case") << shown("<IMAGE xlink:href='x.png'/>") << image;
    QTest::newRow("image inside metadata")
        << shown("<metadata><image xlink:href='#x'/></metadata>") << image;
    const QString script = QStringLiteral("the SVG holds a script");
    QTest::newRow("script") << shown("<script>alert(1)</script>") << script;
    QTest::newRow("XHTML script") << shown("<h:script xmlns:h='http://www.w3.org/1999/xhtml'/>")
                                  << script;
    QTest::newRow("SCRIPT in upper case") << shown("<SCRIPT/>") << script;
    const QString foreign = QStringLiteral("the SVG embeds foreign content");
    QTest::newRow("foreignObject") << shown("<foreignObject><p>hi</p></foreignObject>") << foreign;
    QTest::newRow("foreignobject in lower case") << shown("<foreignobject/>") << foreign;

    const QString outside = QStringLiteral("the SVG links to something outside itself");
    QTest::newRow("use of a local file") << shown("<use href='/etc/passwd'/>") << outside;
    QTest::newRow("xlink:href to file:")
        << shown("<use xlink:href='file:///etc/passwd#a'/>") << outside;
    QTest::newRow("href to http:") << shown("<use href='http://evil.example/x.svg#a'/>") << outside;
    QTest::newRow("href to data:")
        << shown("<use href='data:image/svg+xml;base64,PHN2Zy8+'/>") << outside;
    QTest::newRow("href to javascript:") << shown("<use href='javascript:alert(1)'/>") << outside;
    QTest::newRow("quote entity before a path")
        << shown("<use href=\"&quot;/etc/passwd\"/>") << outside;
    QTest::newRow("fragment with a quote, then an external xlink:href")
        << shown("<use href='#a\"x' xlink:href='/etc/passwd'/>") << outside;
    QTest::newRow("whitespace before a path") << shown("<use href='  /etc/passwd'/>") << outside;
    QTest::newRow("empty href") << shown("<use href=''/>") << outside;
    QTest::newRow("HREF in upper case") << shown("<use HREF='/etc/passwd'/>") << outside;
    QTest::newRow("href in another namespace")
        << shown("<g xmlns:x='urn:x' x:href='/etc/passwd'/>") << outside;
    QTest::newRow("link on an anchor")
        << shown("<a xlink:href='https://evil.example/'><rect width='9' height='9'/></a>")
        << outside;
    QTest::newRow("href in editor metadata")
        << shown("<sodipodi:x xmlns:sodipodi='urn:s' xlink:href='otter.svg'/>") << outside;
    QTest::newRow("url() to a path") << shown("<rect fill='url(/x.svg#g)'/>") << outside;
    QTest::newRow("URL( \"http://…\" ) with spaces")
        << shown("<rect fill='URL( \"http://evil.example/x\" )'/>") << outside;
    QTest::newRow("url () with a space first") << shown("<rect fill='url (/x)'/>") << outside;
    QTest::newRow("url() of data")
        << shown("<rect fill='url(data:image/svg+xml;base64,PHN2Zy8+)'/>") << outside;
    QTest::newRow("url() in a style attribute")
        << shown("<rect style=\"fill:url('file:///etc/passwd')\"/>") << outside;
    QTest::newRow("url() in a style sheet")
        << shown("<style>.a{fill:url(http://evil.example/x)}</style>") << outside;
    QTest::newRow("url() in a font face")
        << shown("<style>@font-face{font-family:x;src:url(x.woff)}</style>") << outside;
    QTest::newRow("url() split by an XML comment")
        << shown("<style>.a{fill:ur<!-- -->l(/x)}</style>") << outside;
    QTest::newRow("url() split by a CSS comment")
        << shown("<rect style='fill:ur/**/l(/x)'/>") << outside;
    QTest::newRow("CSS comment before '#'") << shown("<rect style='fill:url(/**/#g)'/>") << outside;
    QTest::newRow("url() in an unknown attribute") << shown("<rect foo='url(/x)'/>") << outside;
    QTest::newRow("url() in editor metadata")
        << shown("<sodipodi:namedview xmlns:sodipodi='urn:s' pagecolor='url(/x)'/>") << outside;
    QTest::newRow("@import") << shown("<style>@import 'x.css';</style>") << outside;
    QTest::newRow("@IMPORT url()") << shown("<style>@IMPORT url(x.css);</style>") << outside;
    QTest::newRow("@import split by a CSS comment")
        << shown("<style>@im/**/port 'x.css';</style>") << outside;
    QTest::newRow("@import split by CDATA")
        << shown("<style><![CDATA[@imp]]>ort 'x.css';</style>") << outside;
    QTest::newRow("@import in a style attribute")
        << shown("<rect style=\"@import 'x.css'\"/>") << outside;
    const QString escapes = QStringLiteral("the SVG's style uses CSS escapes");
    QTest::newRow("escaped @import") << shown("<style>@\\69mport 'x.css';</style>") << escapes;
    QTest::newRow("escaped url() in a style attribute")
        << shown("<rect style='fill:u\\72l(/x)'/>") << escapes;
    QTest::newRow("backslash in a fill") << shown("<rect fill='u\\rl(/x)'/>") << escapes;

    const QString complex = QStringLiteral("the SVG is too complex");
    QTest::newRow("nesting 10,000 deep") << nested(10000) << complex;
    QTest::newRow("nesting one past the limit") << nested(kMaxSvgDepth + 1) << complex;
    QTest::newRow("50,000 elements") << elements(50000) << complex;
    // Rules that never match, over a deep and wide tree: QtSvg's matching took minutes.
    QTest::newRow("style sheet over a deep tree")
        << shown("<style>" + QByteArray("q *{fill:red}").repeated(1000) + "</style>" +
                 QByteArray("<g>").repeated(62) + QByteArray("<g/>").repeated(9000) +
                 QByteArray("</g>").repeated(62))
        << complex;
    QTest::newRow("elements one past the limit") << elements(kMaxSvgElements + 1) << complex;
    QTest::newRow("dropped elements count too")
        << shown("<metadata>" + QByteArray("<x/>").repeated(kMaxSvgElements) + "</metadata>")
        << complex;
    QTest::newRow("uses one past the limit") << uses(kMaxSvgUseElements + 1) << complex;
    QTest::newRow("use chain of five levels of ten") << useChain(5) << complex;
    QTest::newRow("links deeper than the limit") << linkedGroups(kMaxSvgRenderedDepth) << complex;
    QTest::newRow("use of its own group") << shown("<g id='a'><use href='#a'/></g>") << complex;
    QTest::newRow("use of itself") << shown("<use id='u' href='#u'/>") << complex;
    QTest::newRow("groups using each other")
        << shown("<defs><g id='a'><use href='#b'/></g><g id='b'><use href='#a'/></g></defs>"
                 "<use href='#a'/>")
        << complex;
    QTest::newRow("gradients inheriting from each other")
        << shown("<linearGradient id='a' xlink:href='#b'/><linearGradient id='b' "
                 "xlink:href='#a'/>")
        << complex;
    QTest::newRow("clip path clipped by itself")
        << shown("<clipPath id='c'><rect clip-path='url(#c)'/></clipPath>") << complex;

    const QString invalid = QStringLiteral("not a valid SVG");
    QTest::newRow("empty") << QByteArray() << invalid;
    QTest::newRow("HTML") << QByteArray("<html>hello</html>") << invalid;
    QTest::newRow("svg in another namespace") << QByteArray("<svg xmlns='urn:x'/>") << invalid;
    QTest::newRow("undeclared prefix") << QByteArray("<svg:svg><svg:rect/></svg:svg>") << invalid;
    QTest::newRow("cut short") << shown({}).chopped(3) << invalid;
    QTest::newRow("undeclared entity") << shown("<title>&x;</title>") << invalid;
    QTest::newRow("second root") << shown({}) + "<svg/>" << invalid;
}

void TestSvgSanitiser::hostileSvg_isRefused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    QElapsedTimer clock;
    clock.start();
    const auto result = sanitiseSvg(data);
    QVERIFY2(result.failure(), qPrintable(describe(result)));
    QCOMPARE(result.failure()->message(), reason);
    QVERIFY(clock.elapsed() < 1000);
}

void TestSvgSanitiser::acceptedLogos()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("plain") << shown("<circle cx='32' cy='32' r='16' fill='#fff'/>");
    QTest::newRow("svg without a namespace")
        << QByteArray("<svg viewBox='0 0 64 64'><rect width='64' height='64'/></svg>");
    QTest::newRow("svg with the svg: prefix")
        << QByteArray("<svg:svg xmlns:svg='http://www.w3.org/2000/svg' viewBox='0 0 64 64'>"
                      "<svg:rect width='64' height='64'/></svg:svg>");
    QTest::newRow("UTF-8 BOM") << "\xef\xbb\xbf" + shown({});
    QTest::newRow("utf-8 declared in lower case")
        << "<?xml version='1.0' encoding='utf-8'?>" + shown({});
    QTest::newRow("non-ASCII text") << shown("<title>Ott\xc3\xabrly \xe6\xb0\xb4\xe7\x8d\xba "
                                             "\xf0\x9f\xa6\xa6</title>");
    QTest::newRow("Inkscape") << kInkscapeLogo;
    QTest::newRow("Illustrator") << kIllustratorLogo;
    QTest::newRow("whitespace before '#'") << uses(1).replace("'#r'", "'  #r '");
    QTest::newRow("fragment holding a quote")
        << shown("<use href='#a\" xlink:href=\"/etc/passwd'/>");
    QTest::newRow("url(#) with spaces and quotes")
        << svg("<linearGradient id='g'><stop offset='0' stop-color='#0f766e'/></linearGradient>"
               "<rect width='64' height='32' fill=\"url( '#g' )\"/>"
               "<rect y='32' width='64' height='32' style='fill: URL(#g)'/>");
    QTest::newRow("comments and processing instructions")
        << "<?xml-stylesheet type='text/css' href='/etc/x.css'?><!-- hello -->" +
               shown("<!-- url(/x) --><?php echo 1; ?>");
    QTest::newRow("animation, filters and handlers")
        << shown("<filter id='f'><feGaussianBlur stdDeviation='2'/></filter>"
                 "<rect width='9' height='9' filter='url(#f)' onclick='alert(1)'>"
                 "<animate attributeName='fill' to='red' dur='1s'/><set attributeName='x' "
                 "to='9'/></rect>");
    QTest::newRow("nesting at the limit") << nested(kMaxSvgDepth);
    QTest::newRow("elements at the limit") << elements(kMaxSvgElements);
    QTest::newRow("uses at the limit") << uses(kMaxSvgUseElements);
    QTest::newRow("use chain of two levels of ten") << useChain(2);
    QTest::newRow("links within the limit") << linkedGroups(kMaxSvgRenderedDepth / 2 - 4);
}

void TestSvgSanitiser::sanitisedLogo_renders()
{
    QFETCH(QByteArray, data);
    const auto result = sanitiseSvg(data);
    QVERIFY2(!result.failure(), qPrintable(describe(result)));
    const QByteArray &output = result.value();
    QVERIFY2(QSvgRenderer(output).isValid(), output.constData());
    QVERIFY2(hasInk(render(output)), output.constData());
}

void TestSvgSanitiser::sanitisedOutput_holdsOnlyStaticSvg()
{
    QFETCH(QByteArray, data);
    const auto result = sanitiseSvg(data);
    QVERIFY2(!result.failure(), qPrintable(describe(result)));
    const QByteArray &output = result.value();
    const QString problem = whatIsNotStatic(output);
    QVERIFY2(problem.isEmpty(),
             qPrintable(problem + QStringLiteral(" in ") + QString::fromUtf8(output)));
}

void TestSvgSanitiser::sanitising_isIdempotent()
{
    QFETCH(QByteArray, data);
    const auto once = sanitiseSvg(data);
    QVERIFY2(!once.failure(), qPrintable(describe(once)));
    const auto twice = sanitiseSvg(once.value());
    QVERIFY2(!twice.failure(), qPrintable(describe(twice)));
    QCOMPARE(twice.value(), once.value());
}

void TestSvgSanitiser::editorMetadata_isDropped()
{
    const auto result = sanitiseSvg(kInkscapeLogo);
    QVERIFY2(!result.failure(), qPrintable(describe(result)));
    const QByteArray &output = result.value();
    for (const char *editor : {"inkscape", "sodipodi", "rdf", "dc:", "cc:", "metadata", "namedview",
                               "data-name", "Layer 1", "C:\\", "<!--"}) {
        QVERIFY2(!output.contains(editor), editor);
    }
    QVERIFY(output.contains("d=\"M 8,32 A 24,24 0 1 1 56,32 A 24,24 0 1 1 8,32 Z\""));
    QVERIFY(output.contains("<linearGradient id=\"linearGradient1\">"));
    QVERIFY(output.contains("xlink:href=\"#linearGradient1\""));
    QVERIFY(output.contains("style=\"fill:url(#linearGradient2);fill-opacity:1;stroke:none\""));
    QVERIFY(output.contains("<use xlink:href=\"#p\"") || output.contains("xlink:href=\"#p\"/>"));
    const QImage image = render(output);
    QVERIFY(hasInk(image));
    QCOMPARE(qAlpha(image.pixel(32, 32)), 255);
    QCOMPARE(qAlpha(image.pixel(1, 1)), 0);
}

void TestSvgSanitiser::unknownElements_areDroppedWithTheirSubtree()
{
    const auto result = sanitiseSvg(
        shown("<filter id='f'><feFlood flood-color='red'/></filter>"
              "<x:layer xmlns:x='urn:x'><rect id='hidden' width='9' height='9'/></x:layer>"
              "<blink><rect id='hidden2'/></blink><title>T<g id='inTitle'/></title>"
              "<rect id='shown' width='9' height='9' data-x='1' onload='x()' x:y='1' "
              "xmlns:x='urn:x'/>"));
    QVERIFY2(!result.failure(), qPrintable(describe(result)));
    const QByteArray &output = result.value();
    for (const char *dropped :
         {"filter", "feFlood", "layer", "hidden", "blink", "inTitle", "data-x", "onload", "urn:x"})
        QVERIFY2(!output.contains(dropped), dropped);
    QVERIFY(output.contains("<rect id=\"shown\" width=\"9\" height=\"9\"/>"));
    QVERIFY(output.contains("<title>T</title>"));
}

void TestSvgSanitiser::internalLinks_areWrittenAsXlinkHref()
{
    const auto result = sanitiseSvg(
        shown("<use href=' #a '/><use xlink:href='#b' href='#c'/><use href='#d' xlink:href='#e'/>"
              "<rect href='#f'/>"));
    QVERIFY2(!result.failure(), qPrintable(describe(result)));
    const QByteArray &output = result.value();
    // The plain href wins, as in SVG 2; one that nothing would follow is dropped.
    QVERIFY2(output.contains("<use xlink:href=\"#a\"/><use xlink:href=\"#c\"/>"
                             "<use xlink:href=\"#d\"/><rect/>"),
             output.constData());
    QVERIFY(output.contains("xmlns:xlink=\"http://www.w3.org/1999/xlink\""));
}

void TestSvgSanitiser::internalLinks_stillRenderInQtSvg()
{
    // Only through the use is anything painted; the gradient takes its stops from another by
    // a plain href, which QtSvg 6.4 follows only as xlink:href.
    const auto result =
        sanitiseSvg(svg("<defs><rect id='r' width='32' height='64' fill='#0f766e'/>"
                        "<linearGradient id='base'><stop offset='0' stop-color='#b91c1c'/>"
                        "<stop offset='1' stop-color='#b91c1c'/></linearGradient>"
                        "<linearGradient id='g' href='#base'/></defs>"
                        "<use href='#r'/><rect x='32' width='32' height='64' fill='url(#g)'/>"));
    QVERIFY2(!result.failure(), qPrintable(describe(result)));
    const QImage image = render(result.value());
    QCOMPARE(QColor(image.pixel(16, 32)), kTeal);
    QCOMPARE(QColor(image.pixel(48, 32)), kRed);
}

void TestSvgSanitiser::duplicateIds_keepTheFirst()
{
    const auto result = sanitiseSvg(
        svg("<defs><rect id='r' width='64' height='64' fill='#0f766e'/>"
            "<rect id='r' width='64' height='64' fill='#b91c1c'/></defs><use href='#r'/>"));
    QVERIFY2(!result.failure(), qPrintable(describe(result)));
    const QByteArray &output = result.value();
    QCOMPARE(output.count("id=\"r\""), 1);
    QCOMPARE(QColor(render(output).pixel(32, 32)), kTeal);
}

void TestSvgSanitiser::styleSheetAndText_areKeptWhole()
{
    const auto result = sanitiseSvg(
        svg("<style><![CDATA[.a { fill: #b91c1c } svg > .c { fill: #fff }]]> .b { fill: url(#g) }"
            "</style>"
            "<rect class='a' width='64' height='64'/>"
            "<text x='4' y='40' xml:space='preserve'>Otterly <tspan>HR</tspan> &amp; co</text>"));
    QVERIFY2(!result.failure(), qPrintable(describe(result)));
    const QByteArray &output = result.value();
    QVERIFY2(output.contains("<style>.a { fill: #b91c1c } svg &gt; .c { fill: #fff } .b { fill: "
                             "url(#g) }</style>"),
             output.constData());
    QVERIFY2(output.contains("xml:space=\"preserve\">Otterly <tspan>HR</tspan> &amp; co</text>"),
             output.constData());
    QCOMPARE(QColor(render(output).pixel(2, 2)), kRed);
}

void TestSvgSanitiser::pathologicalText_isSanitisedQuickly_data()
{
    // Each about 250 KiB, just under kMaxLogoBytes.
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("url(#url(#… in a fill")
        << shown("<rect fill='" + QByteArray("url(#").repeated(50000) + "'/>");
    QTest::newRow("url(#url(#… in a style sheet")
        << shown("<style>" + QByteArray("url(#").repeated(50000) + "</style>");
    QTest::newRow("url and spaces, never a parenthesis")
        << shown("<rect fill='" + ("url" + QByteArray(100, ' ')).repeated(2500) + "'/>");
    QTest::newRow("CSS comment openers")
        << shown("<rect style='" + QByteArray("/*").repeated(125000) + "'/>");
    QTest::newRow("references to a missing id")
        << shown("<rect style='" + QByteArray("fill:url(#a);").repeated(20000) + "'/>");
}

void TestSvgSanitiser::pathologicalText_isSanitisedQuickly()
{
    QFETCH(QByteArray, data);
    QElapsedTimer clock;
    clock.start();
    const Result<QByteArray> result = sanitiseSvg(data);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_MAIN(TestSvgSanitiser)
#include "tst_svgsanitiser.moc"

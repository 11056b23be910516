// SPDX-License-Identifier: MIT
#include "net/svgsanitiser.h"

#include <algorithm>
#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringDecoder>
#include <QStringList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace kombo {

namespace {

// Why a logo is refused, each worded once (translated for the window, context "SvgSanitiser").
enum class Refusal
{
    NotUtf8,
    Compressed,
    NotValid,
    DeclaresEntities,
    EmbedsImage,
    HoldsScript,
    EmbedsForeignContent,
    LinksOutside,
    EscapedCss,
    TooComplex,
};

constexpr const char *kRefusalWords[] = {
    QT_TRANSLATE_NOOP("SvgSanitiser", "the SVG is not UTF-8"),
    QT_TRANSLATE_NOOP("SvgSanitiser", "the SVG is compressed"),
    QT_TRANSLATE_NOOP("SvgSanitiser", "not a valid SVG"),
    QT_TRANSLATE_NOOP("SvgSanitiser", "the SVG declares a DTD or entities"),
    QT_TRANSLATE_NOOP("SvgSanitiser", "the SVG embeds an image"),
    QT_TRANSLATE_NOOP("SvgSanitiser", "the SVG holds a script"),
    QT_TRANSLATE_NOOP("SvgSanitiser", "the SVG embeds foreign content"),
    QT_TRANSLATE_NOOP("SvgSanitiser", "the SVG links to something outside itself"),
    QT_TRANSLATE_NOOP("SvgSanitiser", "the SVG's style uses CSS escapes"),
    QT_TRANSLATE_NOOP("SvgSanitiser", "the SVG is too complex"),
};

QString refusal(Refusal why)
{
    return QCoreApplication::translate("SvgSanitiser", kRefusalWords[int(why)]);
}

QString svgNamespace()
{
    return QStringLiteral("http://www.w3.org/2000/svg");
}

QString xlinkNamespace()
{
    return QStringLiteral("http://www.w3.org/1999/xlink");
}

QString xmlNamespace()
{
    return QStringLiteral("http://www.w3.org/XML/1998/namespace");
}

QSet<QString> nameSet(const char *spaceSeparated)
{
    const QStringList names =
        QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return QSet<QString>(names.begin(), names.end());
}

// Static SVG that QtSvg paints, or may paint in a later version. Everything else, in the SVG
// namespace or not, is dropped with its subtree: `metadata` too, as it holds only editor data.
// `a` is left out as a link is no part of a picture; animation and filters as a logo is one
// still picture, and QtSvg 6.4 paints neither.
const QSet<QString> &allowedElements()
{
    static const QSet<QString> names =
        nameSet("svg g defs symbol use switch path rect circle ellipse line polyline polygon "
                "text tspan title desc linearGradient radialGradient stop clipPath mask pattern "
                "marker style");
    return names;
}

// Geometry and presentation, without a namespace. Event handlers (on*), editor attributes
// (inkscape:*, sodipodi:*, data-*) and anything unknown are dropped; href is handled apart.
// requiredFeatures, requiredExtensions and systemLanguage are how <switch> picks its child;
// they name features, not resources to fetch.
const QSet<QString> &allowedAttributes()
{
    static const QSet<QString> names = nameSet(
        "id class style version baseProfile d x y x1 y1 x2 y2 dx dy cx cy r rx ry fx fy width "
        "height viewBox preserveAspectRatio points transform fill fill-opacity fill-rule stroke "
        "stroke-width stroke-opacity stroke-linecap stroke-linejoin stroke-miterlimit "
        "stroke-dasharray stroke-dashoffset vector-effect opacity color display visibility "
        "clip-path clip-rule clipPathUnits mask maskUnits maskContentUnits offset stop-color "
        "stop-opacity gradientUnits gradientTransform spreadMethod patternUnits "
        "patternContentUnits patternTransform marker-start marker-mid marker-end markerWidth "
        "markerHeight markerUnits refX refY orient font-family font-size font-weight font-style "
        "font-variant text-anchor dominant-baseline letter-spacing requiredFeatures "
        "requiredExtensions systemLanguage");
    return names;
}

bool takesHref(QStringView element)
{
    return element == QLatin1String("use") || element == QLatin1String("linearGradient") ||
           element == QLatin1String("radialGradient") || element == QLatin1String("pattern");
}

// Referring to these costs no painting: QtSvg reads a gradient's stops once.
bool isPaintServer(QStringView element)
{
    return element == QLatin1String("linearGradient") ||
           element == QLatin1String("radialGradient") || element == QLatin1String("stop");
}

// Elements painted only where something refers to them, not where they stand.
bool isPaintedByReference(QStringView element)
{
    return element == QLatin1String("defs") || element == QLatin1String("symbol") ||
           element == QLatin1String("clipPath") || element == QLatin1String("mask") ||
           element == QLatin1String("pattern") || element == QLatin1String("marker") ||
           isPaintServer(element);
}

// Elements whose content is text alone; an element inside one is dropped.
bool holdsOnlyText(QStringView element)
{
    return element == QLatin1String("title") || element == QLatin1String("desc") ||
           element == QLatin1String("style");
}

// Elements whose text is kept; any other text is whitespace between elements, or nothing
// QtSvg would paint.
bool holdsText(QStringView element)
{
    return element == QLatin1String("text") || element == QLatin1String("tspan") ||
           holdsOnlyText(element);
}

bool equalsIgnoringCase(QStringView text, const char *latin1)
{
    return text.compare(QLatin1String(latin1), Qt::CaseInsensitive) == 0;
}

// Removes CSS comments, so that "ur/**/l(" is seen as "url(" too. Text is checked both with
// and without them: "url(/**/#a)" is a URL that does not start with '#'.
QString withoutCssComments(QStringView text)
{
    QString result;
    result.reserve(text.size());
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("/*"), at);
        if (open < 0) {
            result += text.mid(at);
            break;
        }
        result += text.mid(at, open - at);
        const qsizetype close = text.indexOf(QLatin1String("*/"), open + 2);
        at = close < 0 ? text.size() : close + 2;
    }
    return result;
}

// Calls `found` with what each url( in `text` starts with, once whitespace and an opening
// quote are skipped; whitespace is allowed before the parenthesis too, as some parsers do.
template<typename Found> void forEachUrl(QStringView text, Found found)
{
    for (qsizetype at = text.indexOf(QLatin1String("url"), 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(QLatin1String("url"), at + 3, Qt::CaseInsensitive)) {
        qsizetype next = at + 3;
        while (next < text.size() && text.at(next).isSpace())
            ++next;
        if (next >= text.size() || text.at(next) != QLatin1Char('('))
            continue;
        ++next;
        while (next < text.size() && text.at(next).isSpace())
            ++next;
        if (next < text.size() &&
            (text.at(next) == QLatin1Char('"') || text.at(next) == QLatin1Char('\''))) {
            ++next;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
        }
        found(text.mid(next));
    }
}

bool hasOutsideUrl(QStringView text)
{
    bool outside = false;
    forEachUrl(text, [&outside](QStringView url) {
        if (!url.startsWith(QLatin1Char('#')))
            outside = true;
    });
    return outside;
}

bool linksOutsideItself(QStringView text)
{
    if (hasOutsideUrl(text))
        return true;
    return text.contains(QLatin1String("/*")) && hasOutsideUrl(withoutCssComments(text));
}

// A style attribute's or element's text. A backslash is refused outright: CSS escapes can
// spell url( and @import in ways no substring check sees, and logos have no use for them.
std::optional<QString> refuseCss(QStringView css)
{
    if (css.contains(QLatin1Char('\\')))
        return refusal(Refusal::EscapedCss);
    if (css.contains(QLatin1String("@import"), Qt::CaseInsensitive) ||
        withoutCssComments(css).contains(QLatin1String("@import"), Qt::CaseInsensitive)) {
        return refusal(Refusal::LinksOutside);
    }
    if (linksOutsideItself(css))
        return refusal(Refusal::LinksOutside);
    return std::nullopt;
}

// The ids each url(#id) in `text` names. An id ends at a parenthesis too, so that no text is
// read twice: "url(#url(#url(#…" must not take quadratic time.
void collectReferences(QStringView text, QStringList *ids)
{
    forEachUrl(text, [ids](QStringView url) {
        const auto endsId = [](QChar c) {
            return c.isSpace() || c == QLatin1Char(')') || c == QLatin1Char('(') ||
                   c == QLatin1Char('"') || c == QLatin1Char('\'');
        };
        qsizetype end = 1;
        while (end < url.size() && !endsId(url.at(end)))
            ++end;
        if (end > 1)
            ids->append(url.mid(1, end - 1).toString());
    });
}

// Refuses what must not be anywhere, even in a subtree that would be dropped: nothing is
// trusted to stay unread by every version of every renderer.
std::optional<QString> refuseElement(QStringView name)
{
    if (equalsIgnoringCase(name, "image"))
        return refusal(Refusal::EmbedsImage);
    if (equalsIgnoringCase(name, "script"))
        return refusal(Refusal::HoldsScript);
    if (equalsIgnoringCase(name, "foreignObject"))
        return refusal(Refusal::EmbedsForeignContent);
    return std::nullopt;
}

std::optional<QString> refuseAttributes(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        const QStringView value = attribute.value();
        // Any namespace and any case: xlink:href, href, HREF, foo:href.
        if (equalsIgnoringCase(attribute.name(), "href") &&
            !value.trimmed().startsWith(QLatin1Char('#'))) {
            return refusal(Refusal::LinksOutside);
        }
        if (attribute.namespaceUri().isEmpty() && attribute.name() == QLatin1String("style")) {
            if (auto reason = refuseCss(value))
                return reason;
        } else if (linksOutsideItself(value)) {
            return refusal(Refusal::LinksOutside);
        }
    }
    return std::nullopt;
}

// Reads the document once, writing what is kept as it goes and recording, for each written
// element, what it refers to; the cost of painting is checked once every id is known.
class Sanitiser
{
public:
    explicit Sanitiser(QByteArray *output) : m_writer(output) {}

    std::optional<QString> run(const QString &text);

private:
    struct Node
    {
        QString name;
        bool paintServer = false;        // referring to it costs nothing
        bool paintedByReference = false; // standing in the tree costs nothing
        QList<int> children;
        QStringList references; // ids named by its href and url(#…) values
    };
    struct Cost
    {
        qint64 nodes = 0;
        int depth = 0;
    };
    enum class Visit : quint8
    {
        NotYet,
        Under,
        Done
    };

    std::optional<QString> startElement();
    std::optional<QString> writeAttributes(int node);
    std::optional<QString> endElement();
    std::optional<QString> refuseCost();
    bool cost(int node, int level, Cost *result);

    QXmlStreamReader m_reader;
    QXmlStreamWriter m_writer;
    int m_elements = 0;
    int m_depth = 0;
    int m_deepest = 0;
    int m_uses = 0;
    qint64 m_styleRules = 0;      // across every style sheet
    int m_droppedFrom = 0;        // the depth of the dropped subtree being read, or 0
    bool m_unprefixedSvg = false; // the root <svg> has no namespace, nor then its content
    QList<Node> m_nodes;          // written elements, in document order; the root first
    QList<int> m_open;            // written elements not yet ended, innermost last
    QHash<QString, int> m_ids;    // the first element with each id
    QSet<QString> m_styleSheetReferences;
    QString m_style; // a <style>'s text, gathered to be checked whole
    QList<Visit> m_visits;
    QList<Cost> m_costs;
};

std::optional<QString> Sanitiser::run(const QString &text)
{
    // QXmlStreamReader never fetches external entities; a DTD is refused before it matters.
    m_reader.addData(text);
    m_writer.setAutoFormatting(false);
    m_writer.writeStartDocument();
    while (!m_reader.atEnd()) {
        std::optional<QString> reason;
        switch (m_reader.readNext()) {
        case QXmlStreamReader::StartDocument: {
            const QStringView encoding = m_reader.documentEncoding();
            if (!encoding.isEmpty() && !equalsIgnoringCase(encoding, "UTF-8"))
                return refusal(Refusal::NotUtf8);
            break;
        }
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            return refusal(Refusal::DeclaresEntities);
        case QXmlStreamReader::StartElement:
            reason = startElement();
            break;
        case QXmlStreamReader::EndElement:
            reason = endElement();
            break;
        case QXmlStreamReader::Characters:
            if (m_droppedFrom == 0 && !m_open.isEmpty()) {
                const QString &parent = m_nodes.at(m_open.last()).name;
                if (parent == QLatin1String("style"))
                    m_style += m_reader.text();
                else if (holdsText(parent))
                    m_writer.writeCharacters(m_reader.text().toString());
            }
            break;
        default: // comments and processing instructions (xml-stylesheet!) are dropped
            break;
        }
        if (reason)
            return reason;
    }
    if (m_reader.hasError() || m_nodes.isEmpty())
        return refusal(Refusal::NotValid);
    if (auto reason = refuseCost())
        return reason;
    m_writer.writeEndDocument();
    return std::nullopt;
}

std::optional<QString> Sanitiser::startElement()
{
    m_deepest = std::max(m_deepest, m_depth + 1);
    if (++m_elements > kMaxSvgElements || ++m_depth > kMaxSvgDepth)
        return refusal(Refusal::TooComplex);
    const QStringView name = m_reader.name();
    const QStringView space = m_reader.namespaceUri();
    if (auto reason = refuseElement(name))
        return reason;
    if (auto reason = refuseAttributes(m_reader.attributes()))
        return reason;
    if (m_droppedFrom != 0)
        return std::nullopt;

    if (m_depth == 1) {
        if (name != QLatin1String("svg") || (!space.isEmpty() && space != svgNamespace()))
            return refusal(Refusal::NotValid);
        m_unprefixedSvg = space.isEmpty();
        // Declared on the root, so that every element is written without a prefix and links
        // as "xlink:href": QtSvg 6.4 reads qualified names, not namespaces.
        m_writer.writeDefaultNamespace(svgNamespace());
        m_writer.writeNamespace(xlinkNamespace(), QStringLiteral("xlink"));
    } else {
        const bool inSvg = space == svgNamespace() || (m_unprefixedSvg && space.isEmpty());
        if (!inSvg || !allowedElements().contains(name.toString()) ||
            holdsOnlyText(m_nodes.at(m_open.last()).name)) {
            m_droppedFrom = m_depth;
            return std::nullopt;
        }
    }
    if (name == QLatin1String("use") && ++m_uses > kMaxSvgUseElements)
        return refusal(Refusal::TooComplex);

    const int node = int(m_nodes.size());
    m_nodes.append(Node{name.toString(), isPaintServer(name), isPaintedByReference(name), {}, {}});
    if (!m_open.isEmpty())
        m_nodes[m_open.last()].children.append(node);
    m_open.append(node);
    m_writer.writeStartElement(svgNamespace(), name.toString());
    return writeAttributes(node);
}

std::optional<QString> Sanitiser::writeAttributes(int node)
{
    Node &element = m_nodes[node];
    QString href;
    bool plainHref = false;
    for (const QXmlStreamAttribute &attribute : m_reader.attributes()) {
        const QStringView space = attribute.namespaceUri();
        const QStringView name = attribute.name();
        const QStringView value = attribute.value();
        if (name == QLatin1String("href") && (space.isEmpty() || space == xlinkNamespace())) {
            // SVG 2: a plain href wins over xlink:href.
            if (space.isEmpty() || !plainHref)
                href = value.trimmed().toString();
            plainHref = plainHref || space.isEmpty();
            continue;
        }
        if (space == xmlNamespace() && name == QLatin1String("space")) {
            m_writer.writeAttribute(xmlNamespace(), QStringLiteral("space"), value.toString());
            continue;
        }
        if (!space.isEmpty() || !allowedAttributes().contains(name.toString()))
            continue;
        if (name == QLatin1String("id")) {
            // A later duplicate loses its id, so that every link has one meaning, and the
            // one the cost is reckoned with.
            if (value.isEmpty() || m_ids.contains(value.toString()))
                continue;
            m_ids.insert(value.toString(), node);
        } else if (value.contains(QLatin1Char('\\'))) {
            return refusal(Refusal::EscapedCss); // presentation attributes are CSS values
        }
        m_writer.writeAttribute(name.toString(), value.toString());
        collectReferences(value, &element.references);
    }
    if (!href.isEmpty() && takesHref(element.name)) {
        m_writer.writeAttribute(xlinkNamespace(), QStringLiteral("href"), href);
        if (href.size() > 1)
            element.references.append(href.mid(1));
    }
    return std::nullopt;
}

std::optional<QString> Sanitiser::endElement()
{
    if (m_droppedFrom != 0) {
        if (m_depth == m_droppedFrom)
            m_droppedFrom = 0;
        --m_depth;
        return std::nullopt;
    }
    --m_depth;
    const int node = m_open.takeLast();
    if (m_nodes.at(node).name == QLatin1String("style")) {
        if (auto reason = refuseCss(m_style))
            return reason;
        QStringList references;
        collectReferences(m_style, &references);
        for (const QString &id : std::as_const(references))
            m_styleSheetReferences.insert(id);
        m_styleRules += m_style.count(QLatin1Char('{'));
        m_writer.writeCharacters(m_style);
        m_style.clear();
    }
    m_writer.writeEndElement();
    return std::nullopt;
}

// What QtSvg would paint, references expanded (see kMaxSvgRenderedNodes). A style sheet's
// url(#…) may apply to any element, so each adds its target's cost once per element.
std::optional<QString> Sanitiser::refuseCost()
{
    m_visits.fill(Visit::NotYet, m_nodes.size());
    m_costs.resize(m_nodes.size());
    Cost total;
    if (!cost(0, 0, &total))
        return refusal(Refusal::TooComplex);
    qint64 perElement = 0;
    for (const QString &id : std::as_const(m_styleSheetReferences)) {
        const int target = m_ids.value(id, -1);
        Cost referred;
        if (target < 0 || m_nodes.at(target).paintServer)
            continue;
        if (!cost(target, 0, &referred))
            return refusal(Refusal::TooComplex);
        perElement = std::min<qint64>(perElement + referred.nodes, kMaxSvgRenderedNodes + 1);
    }
    if (total.nodes + perElement * m_nodes.size() > kMaxSvgRenderedNodes)
        return refusal(Refusal::TooComplex);
    if (m_styleRules * m_nodes.size() * m_deepest > kMaxSvgStyleCost)
        return refusal(Refusal::TooComplex);
    return std::nullopt;
}

// The painted size and depth below `node`, memoised; false for a cycle or past a limit.
// Recursion is bounded by kMaxSvgRenderedDepth, as any deeper path is refused.
bool Sanitiser::cost(int node, int level, Cost *result)
{
    if (level > kMaxSvgRenderedDepth || m_visits.at(node) == Visit::Under)
        return false;
    if (m_visits.at(node) == Visit::Done) {
        *result = m_costs.at(node);
        return true;
    }
    m_visits[node] = Visit::Under;
    Cost sum{1, 1};
    const auto add = [&](int target, bool painted) {
        Cost below;
        if (!cost(target, level + 1, &below))
            return false;
        if (painted) {
            sum.nodes = std::min<qint64>(sum.nodes + below.nodes, kMaxSvgRenderedNodes + 1);
            sum.depth = std::max(sum.depth, below.depth + 1);
        }
        return true;
    };
    // Definitions are still visited, for their cycles and their own cost.
    for (const int child : std::as_const(m_nodes.at(node).children)) {
        if (!add(child, !m_nodes.at(child).paintedByReference))
            return false;
    }
    for (const QString &id : std::as_const(m_nodes.at(node).references)) {
        const int target = m_ids.value(id, -1);
        if (target >= 0 && !add(target, !m_nodes.at(target).paintServer))
            return false;
    }
    if (sum.nodes > kMaxSvgRenderedNodes || level + sum.depth > kMaxSvgRenderedDepth)
        return false;
    m_visits[node] = Visit::Done;
    m_costs[node] = sum;
    *result = sum;
    return true;
}

} // namespace

Result<QByteArray> sanitiseSvg(const QByteArray &data)
{
    const auto refused = [](const QString &why) {
        return Failure(FailureKind::InvalidInput, Reason::LogoRefused, {why});
    };
    if (data.startsWith("\x1f\x8b"))
        return refused(refusal(Refusal::Compressed));
    // UTF-16 and UTF-32 BOMs; without one, such text holds NUL bytes, as no UTF-8 does.
    if (data.startsWith("\xff\xfe") || data.startsWith("\xfe\xff") || data.contains('\0'))
        return refused(refusal(Refusal::NotUtf8));
    // Stateless, so that a sequence cut short at the end counts as an error too.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return refused(refusal(Refusal::NotUtf8));

    QByteArray output;
    Sanitiser sanitiser(&output);
    if (auto reason = sanitiser.run(text))
        return refused(*reason);
    return output;
}

} // namespace kombo

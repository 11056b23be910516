// SPDX-License-Identifier: MIT
#include "requirements/requirements.h"

#include "common/safetext.h"
#include "export/outputfile.h"
#include "load/responsefile.h"

#include <algorithm>
#include <array>
#include <QIODevice>
#include <QStringDecoder>

namespace kombo {

namespace {

constexpr QByteArrayView kRead = "read";
constexpr QByteArrayView kWrite = "write";
constexpr QByteArrayView kOptional = "optional";
constexpr QByteArrayView kByteOrderMark = "\xEF\xBB\xBF";
// A word quoted in an error: enough to recognise it, bounded for a file of one long line.
constexpr qsizetype kMaxQuotedChars = 80;

bool isSeparator(char c)
{
    return c == ' ' || c == '\t';
}

bool isControl(char c)
{
    return (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == '\x7f';
}

bool isUtf8(QByteArrayView text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    const QString decoded = decoder.decode(text);
    return !decoder.hasError();
}

Failure lineFailure(Reason reason, int line, const QString &detail = {})
{
    QStringList arguments{QString::number(line)};
    if (!detail.isNull())
        arguments << detail;
    return Failure(FailureKind::Usage, reason, arguments);
}

Failure lineFailure(Reason reason, int line, QByteArrayView word)
{
    return lineFailure(reason, line, oneLine(QString::fromUtf8(word), kMaxQuotedChars));
}

// One line of the file, without its line end: a requirement, or nothing (blank, comment).
Result<std::optional<Requirement>> parseLine(QByteArrayView text, int line)
{
    if (!isUtf8(text))
        return lineFailure(Reason::RequirementNotUtf8, line);
    if (const qsizetype comment = text.indexOf('#'); comment >= 0)
        text = text.first(comment);
    if (const auto control = std::find_if(text.begin(), text.end(), isControl);
        control != text.end()) {
        return lineFailure(Reason::RequirementControlCharacter, line,
                           QStringLiteral("U+%1").arg(
                               QString::number(static_cast<unsigned char>(*control), 16).toUpper(),
                               4, QLatin1Char('0')));
    }
    // Four words at most matter: a fourth is already an error.
    std::array<QByteArrayView, 4> words;
    std::size_t count = 0;
    for (qsizetype i = 0; i < text.size() && count < words.size();) {
        if (isSeparator(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && !isSeparator(text[i]))
            ++i;
        words[count++] = text.sliced(start, i - start);
    }
    if (count == 0)
        return std::optional<Requirement>();
    if (words[0] != kRead && words[0] != kWrite)
        return lineFailure(Reason::RequirementVerb, line, words[0]);
    if (count == 1)
        return lineFailure(Reason::RequirementNoTarget, line, words[0]);
    const QByteArrayView target = words[1];
    const qsizetype dot = target.indexOf('.');
    const QByteArrayView model = dot < 0 ? target : target.first(dot);
    const QByteArrayView field = dot < 0 ? QByteArrayView() : target.sliced(dot + 1);
    if (model.isEmpty() || (dot >= 0 && field.isEmpty()))
        return lineFailure(Reason::RequirementEmptyId, line, target);
    if (count > 2 && words[2] != kOptional)
        return lineFailure(Reason::RequirementNotOptional, line, words[2]);
    if (count > 3)
        return lineFailure(Reason::RequirementTrailingWord, line, words[3]);
    const ModelKind kind = words[0] == kRead ? ModelKind::ReadModel : ModelKind::WriteAction;
    return std::optional(
        Requirement{{kind, model.toByteArray(), field.toByteArray()}, count == 2, line});
}

// Whether parseLine() can read `id` back as it is.
bool isWritable(QByteArrayView id)
{
    return std::none_of(id.begin(), id.end(),
                        [](char c) { return isSeparator(c) || isControl(c) || c == '#'; }) &&
           isUtf8(id);
}

QByteArray lineOf(const RequirementTarget &target, bool required)
{
    QByteArray text = requirementText(target).toUtf8();
    if (!required)
        text += ' ' + kOptional.toByteArray();
    return text;
}

// `old`, a line of the same target, saying `required` instead: its indentation and its
// comment, with the space before it, stay as the person wrote them.
QByteArray rewritten(const QByteArray &old, const RequirementTarget &target, bool required)
{
    qsizetype indent = 0;
    while (indent < old.size() && isSeparator(old[indent]))
        ++indent;
    QByteArray text = old.first(indent) + lineOf(target, required);
    if (qsizetype comment = old.indexOf('#'); comment >= 0) {
        while (comment > indent && isSeparator(old[comment - 1]))
            --comment;
        text += old.sliced(comment);
    }
    return text;
}

} // namespace

Result<RequirementsFile> RequirementsFile::parse(QByteArrayView bytes)
{
    RequirementsFile file;
    if (bytes.startsWith(kByteOrderMark)) {
        file.m_byteOrderMark = true;
        bytes = bytes.sliced(kByteOrderMark.size());
    }
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        const bool ended = end >= 0;
        if (!ended)
            end = bytes.size();
        QByteArrayView text = bytes.sliced(start, end - start);
        const bool crlf = ended && text.endsWith('\r');
        if (crlf)
            text.chop(1);
        if (ended && file.m_lines.empty())
            file.m_crlf = crlf;
        const int number = int(file.m_lines.size()) + 1;
        Result<std::optional<Requirement>> line = parseLine(text, number);
        if (const Failure *failure = line.failure())
            return *failure;
        file.m_lines.push_back({text.toByteArray(), std::move(line).value()});
        start = end + 1;
    }
    file.index();
    return file;
}

void RequirementsFile::index()
{
    m_requirements.clear();
    m_byTarget.clear();
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        std::optional<Requirement> &requirement = m_lines[i].requirement;
        if (!requirement)
            continue;
        requirement->line = int(i) + 1;
        if (const auto known = m_byTarget.constFind(requirement->target);
            known != m_byTarget.cend()) {
            m_requirements[*known].required |= requirement->required;
            continue;
        }
        m_byTarget.insert(requirement->target, m_requirements.size());
        m_requirements.push_back(*requirement);
    }
}

Need RequirementsFile::need(const RequirementTarget &target) const
{
    const auto known = m_byTarget.constFind(target);
    if (known == m_byTarget.cend())
        return Need::NotNeeded;
    return m_requirements[*known].required ? Need::Required : Need::Optional;
}

bool RequirementsFile::setNeed(const RequirementTarget &target, Need need)
{
    if (target.modelId.isEmpty() || target.modelId.contains('.') || !isWritable(target.modelId) ||
        !isWritable(target.fieldId))
        return false;
    const auto isOfTarget = [&target](const Line &line) {
        return line.requirement && line.requirement->target == target;
    };
    if (need == Need::NotNeeded) {
        m_lines.erase(std::remove_if(m_lines.begin(), m_lines.end(), isOfTarget), m_lines.end());
        index();
        return true;
    }
    const bool required = need == Need::Required;
    bool found = false;
    for (Line &line : m_lines) {
        if (!isOfTarget(line))
            continue;
        // Every line of it, not only the first: a later line saying `required` would win.
        line.text = rewritten(line.text, target, required);
        line.requirement->required = required;
        found = true;
    }
    if (!found) {
        auto after = std::find_if(m_lines.rbegin(), m_lines.rend(), [&target](const Line &line) {
            return line.requirement && line.requirement->target.kind == target.kind &&
                   line.requirement->target.modelId == target.modelId;
        });
        m_lines.insert(after == m_lines.rend() ? m_lines.end() : after.base(),
                       Line{lineOf(target, required), Requirement{target, required}});
    }
    index();
    return true;
}

QByteArray RequirementsFile::toUtf8() const
{
    QByteArray bytes;
    if (m_byteOrderMark)
        bytes += kByteOrderMark.toByteArray();
    const QByteArrayView end = m_crlf ? "\r\n" : "\n";
    for (const Line &line : m_lines) {
        bytes += line.text;
        bytes += end.toByteArray();
    }
    return bytes;
}

Result<RequirementsFile> loadRequirementsFile(const QString &path, qint64 maxBytes)
{
    const Result<QByteArray> bytes = readResponseFile(path, maxBytes);
    if (const Failure *failure = bytes.failure()) {
        Failure usage = *failure;
        usage.kind = FailureKind::Usage; // an option's argument that cannot be used (SPEC §6)
        return usage;
    }
    return RequirementsFile::parse(bytes.value());
}

Result<void> saveRequirementsFile(const QString &path, const RequirementsFile &file)
{
    const QByteArray bytes = file.toUtf8();
    return saveAtomically(path, [&bytes](QIODevice &device) -> Result<void> {
        if (device.write(bytes) == bytes.size())
            return {};
        return cannotWrite(device.errorString());
    });
}

std::vector<Availability> checkRequirements(const Integration &integration,
                                            const std::vector<Requirement> &requirements)
{
    const ModelLookup lookup(integration);
    std::vector<Availability> words;
    words.reserve(requirements.size());
    for (const Requirement &requirement : requirements) {
        const RequirementTarget &target = requirement.target;
        words.push_back(lookup.availability(target.kind, target.modelId, target.fieldId));
    }
    return words;
}

Readiness readiness(const std::vector<Requirement> &requirements,
                    const std::vector<Availability> &words)
{
    Readiness counts;
    for (std::size_t i = 0; i < requirements.size() && i < words.size(); ++i) {
        const bool met = words[i] == Availability::Available;
        if (requirements[i].required) {
            ++counts.required;
            counts.requiredMet += met;
        } else {
            ++counts.optional;
            counts.optionalMet += met;
        }
    }
    return counts;
}

QString requirementText(const RequirementTarget &target)
{
    QByteArray text = (target.kind == ModelKind::ReadModel ? kRead : kWrite).toByteArray();
    text += ' ' + target.modelId;
    if (!target.fieldId.isEmpty())
        text += '.' + target.fieldId;
    return QString::fromUtf8(text);
}

} // namespace kombo

// SPDX-License-Identifier: MIT
#include "domain/failure.h"

#include <array>
#include <QCoreApplication>
#include <QLocale>

namespace kombo {

namespace {

// The wording of each Reason, indexed by it. Marked for translation: the window shows them in
// the person's language, the command line as written here (SPEC §6, §7).
constexpr std::array kWordings{
    QT_TRANSLATE_NOOP("Failure", "%1"),
    QT_TRANSLATE_NOOP("Failure", "cannot read: %1"),
    QT_TRANSLATE_NOOP("Failure", "no API key: set KOMBO_API_KEY, or save one in the window's "
                                 "Settings"),
    QT_TRANSLATE_NOOP("Failure", "the API key holds white space, a control character or a "
                                 "character that is not plain ASCII; check KOMBO_API_KEY or the "
                                 "key you entered"),
    QT_TRANSLATE_NOOP("Failure", "'%1' is not a valid base URL"),
    QT_TRANSLATE_NOOP("Failure",
                      "the base URL must use https (plain http only to this machine), not '%1'"),
    QT_TRANSLATE_NOOP("Failure", "the base URL must have no user, query or fragment: '%1'"),
    QT_TRANSLATE_NOOP("Failure", "'%1' is not an integration ID"),
    QT_TRANSLATE_NOOP("Failure", "line %1: expected 'read' or 'write', found '%2'"),
    QT_TRANSLATE_NOOP("Failure", "line %1: expected a model or action after '%2'"),
    QT_TRANSLATE_NOOP("Failure", "line %1: '%2' has an empty model or field ID"),
    QT_TRANSLATE_NOOP("Failure", "line %1: expected 'optional' or the end of the line, found '%2'"),
    QT_TRANSLATE_NOOP("Failure", "line %1: expected the end of the line, found '%2'"),
    QT_TRANSLATE_NOOP("Failure", "line %1: not UTF-8 text"),
    QT_TRANSLATE_NOOP("Failure", "line %1: unexpected control character %2"),
    QT_TRANSLATE_NOOP("Failure", "too large to load (limit %1)"),
    QT_TRANSLATE_NOOP("Failure", "the response is empty"),
    QT_TRANSLATE_NOOP("Failure", "the response is UTF-16 or UTF-32 text; it must be UTF-8"),
    QT_TRANSLATE_NOOP("Failure", "invalid JSON%1: %2"),
    QT_TRANSLATE_NOOP("Failure",
                      "invalid JSON at byte %1: unexpected content after the top-level object"),
    QT_TRANSLATE_NOOP("Failure", "expected a JSON object at the top level, got %1"),
    QT_TRANSLATE_NOOP("Failure", "%1: required property is missing"),
    QT_TRANSLATE_NOOP("Failure", "%1: expected %2, got %3"),
    QT_TRANSLATE_NOOP("Failure", "%1: expected \"success\", got \"%2\""),
    QT_TRANSLATE_NOOP("Failure", "%1: too many different unrecognised values"),
    QT_TRANSLATE_NOOP("Failure", "the response is larger than 4 GiB"),
    QT_TRANSLATE_NOOP("Failure", "the response is an API error, not an integration: %1"),
    QT_TRANSLATE_NOOP("Failure", "%1"),
    QT_TRANSLATE_NOOP("Failure", "HTTP %1: %2"),
    QT_TRANSLATE_NOOP("Failure", "redirected to another origin (%1); not followed, so the API "
                                 "key is not sent there"),
    QT_TRANSLATE_NOOP("Failure", "%1 (%2)"),
    QT_TRANSLATE_NOOP("Failure", "timed out: no data for %1 s"),
    QT_TRANSLATE_NOOP("Failure", "timed out: the response was not complete within %1 s"),
    QT_TRANSLATE_NOOP("Failure", "the response is larger than %1 MiB; stopped reading"),
    QT_TRANSLATE_NOOP("Failure", "the server sent the response in the content encoding '%1', "
                                 "which was not asked for"),
    QT_TRANSLATE_NOOP("Failure", "cannot write: %1"),
    QT_TRANSLATE_NOOP("Failure", "cannot write: it is a folder"),
    QT_TRANSLATE_NOOP("Failure", "cancelled"),
};
static_assert(kWordings.size() == std::size_t(Reason::Cancelled) + 1,
              "every Reason has its wording, in the enum's order");

constexpr char kLogSuffix[] = QT_TRANSLATE_NOOP("Failure", "; log: %1");
constexpr char kRetryLaterSuffix[] = QT_TRANSLATE_NOOP("Failure", "; try again in %1 s (after %2)");
constexpr char kAttemptsSuffix[] = QT_TRANSLATE_NOOP("Failure", " (after %1 attempts)");

// Fills the placeholders in one pass, so that an argument holding "%2" stays as it is.
QString withArguments(const QString &pattern, const QStringList &arguments)
{
    QString text;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            const qsizetype index = pattern.at(++i).digitValue() - 1;
            if (index >= 0 && index < arguments.size())
                text += arguments.at(index);
            continue;
        }
        text += c;
    }
    return text;
}

// The message in the words `word` gives for each English source text.
template<typename Word> QString compose(const Failure &failure, Word word, bool withLogUrl)
{
    QString text = withArguments(word(kWordings[std::size_t(failure.reason)]), failure.arguments);
    if (withLogUrl && failure.apiError && failure.apiError->logUrl)
        text += withArguments(word(kLogSuffix), {*failure.apiError->logUrl});
    if (failure.retryLater) {
        const QString at = QLocale::c().toString(failure.retryLater->at.toUTC(),
                                                 QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        text += withArguments(word(kRetryLaterSuffix),
                              {QString::number(failure.retryLater->seconds), at});
    }
    if (failure.attempts > 1)
        text += withArguments(word(kAttemptsSuffix), {QString::number(failure.attempts)});
    return text;
}

} // namespace

QString Failure::message() const
{
    return compose(
        *this, [](const char *english) { return QString::fromUtf8(english); }, true);
}

QString Failure::localizedMessage() const
{
    return compose(
        *this, [](const char *english) { return QCoreApplication::translate("Failure", english); },
        false);
}

bool Failure::rejectsApiKey() const
{
    return httpStatus == 401 ||
           (apiError && apiError->code == QLatin1String("PLATFORM.AUTHENTICATION_INVALID"));
}

} // namespace kombo

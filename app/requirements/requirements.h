// SPDX-License-Identifier: MIT
#pragma once

#include "coverage/availability.h"
#include "domain/integration.h"
#include "domain/result.h"

#include <cstddef>
#include <optional>
#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <vector>

namespace kombo {

// The largest requirements file that is read: tens of thousands of lines, far beyond a real
// one, and small enough that a wrong path (a log, a disk image) is refused at once.
inline constexpr qint64 kMaxRequirementsBytes = 1024 * 1024;

// What a requirement asks for: a model or action, or one field of it.
struct RequirementTarget
{
    ModelKind kind = ModelKind::ReadModel;
    QByteArray modelId; // UTF-8, as in the response
    QByteArray fieldId; // empty: the model or action itself

    friend bool operator==(const RequirementTarget &a, const RequirementTarget &b)
    {
        return a.kind == b.kind && a.modelId == b.modelId && a.fieldId == b.fieldId;
    }
    friend size_t qHash(const RequirementTarget &target, size_t seed = 0)
    {
        return qHashMulti(seed, int(target.kind), target.modelId, target.fieldId);
    }
};

// The target as a requirements line names it: "read hris_employees.date_of_birth".
QString requirementText(const RequirementTarget &target);

struct Requirement
{
    RequirementTarget target;
    bool required = true; // false: every line of it says `optional`
    int line = 0;         // its first line in the file, from 1
};

// What the window can make of a target (SPEC §8: "required / optional / not needed").
enum class Need
{
    Required,
    Optional,
    NotNeeded,
};

// A `.kcreq` file (SPEC §8): its requirements, and its text line by line, so that saving
// after an edit keeps the comments, blank lines and order a person gave it.
class RequirementsFile
{
public:
    // An empty file, for requirements made from scratch.
    RequirementsFile() = default;

    // The whole file's bytes. An invalid line is a FailureKind::Usage failure naming its line
    // (the caller names the file); nothing of an invalid file is used.
    static Result<RequirementsFile> parse(QByteArrayView bytes);

    // In file order; a target given on several lines is one requirement at its first line,
    // required if any of those lines is.
    const std::vector<Requirement> &requirements() const { return m_requirements; }
    Need need(const RequirementTarget &target) const;

    // Marks a target. Every line of it is rewritten in place (keeping its comment), or removed
    // for NotNeeded; a new target goes after the last line of its model, else at the end.
    // False, and nothing changed, for a target no line can express: an empty model ID, a
    // model ID holding a dot (a target splits at its first dot), or an ID holding a space, a
    // tab, `#` or a control character.
    bool setNeed(const RequirementTarget &target, Need need);

    // The file's text: what parse() would read back as the same requirements. Lines end as
    // the file's first line did (LF or CRLF); a byte-order mark stays if the file had one.
    QByteArray toUtf8() const;

private:
    struct Line
    {
        QByteArray text; // without its line end
        std::optional<Requirement> requirement;
    };

    void index();

    std::vector<Line> m_lines;
    std::vector<Requirement> m_requirements;
    QHash<RequirementTarget, std::size_t> m_byTarget; // into m_requirements
    bool m_byteOrderMark = false;
    bool m_crlf = false;
};

// Reads and parses a requirements file (`-` is not special). Every failure is
// FailureKind::Usage: the file is an option's argument (SPEC §6).
Result<RequirementsFile> loadRequirementsFile(const QString &path,
                                              qint64 maxBytes = kMaxRequirementsBytes);
// Writes `file` to `path` by the rules of saveAtomically().
Result<void> saveRequirementsFile(const QString &path, const RequirementsFile &file);

// The word of each requirement's target in `integration`, in the requirements' order; a
// requirement is met when its word is Availability::Available.
std::vector<Availability> checkRequirements(const Integration &integration,
                                            const std::vector<Requirement> &requirements);

// How ready an integration is: "14 of 16 required met".
struct Readiness
{
    int required = 0;
    int requiredMet = 0;
    int optional = 0;
    int optionalMet = 0;

    // Every required requirement is met (exit code 7 when not, SPEC §8).
    bool ready() const { return requiredMet == required; }
};
// `words` as checkRequirements() gives them for `requirements`.
Readiness readiness(const std::vector<Requirement> &requirements,
                    const std::vector<Availability> &words);

} // namespace kombo

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "requirements/readinesscheck.h"
#include "requirements/requirements.h"

#include <QObject>
#include <QString>

namespace kombo {

// The requirements the window works with (SPEC §8): a `.kcreq` file opened, or made from
// scratch, its path and whether it has edits not yet saved. Every view of requirements (the
// tree's marks, the readiness of each integration, a matrix) reads this one object and
// follows changed().
class OpenRequirements final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenRequirements)

public:
    explicit OpenRequirements(QObject *parent = nullptr);

    const RequirementsFile &file() const { return m_file; }
    const std::vector<Requirement> &requirements() const { return m_file.requirements(); }
    // Empty until opened or saved: requirements made in the window have no file yet.
    const QString &path() const { return m_path; }
    // Whether there is anything to show: a file, or marks made in the window.
    bool isActive() const { return !m_path.isEmpty() || !requirements().empty() || m_dirty; }
    bool isDirty() const { return m_dirty; }
    // The file's name for people: "payroll.kcreq", or "Untitled" for a new one.
    QString displayName() const;

    // Replaces what is open with the file at `path`; on failure nothing changes.
    Result<void> open(const QString &path);
    // Forgets the requirements, edits too (the caller asks about unsaved ones).
    void close();
    // Marks a target; false, and nothing changed, when a requirements line cannot name it.
    bool setNeed(const RequirementTarget &target, Need need);
    Need need(const RequirementTarget &target) const { return m_file.need(target); }
    // Writes to path() (or `path`, which then becomes it) atomically; on failure nothing changes.
    Result<void> save();
    Result<void> saveAs(const QString &path);

    // The requirements checked against `integration` (which must outlive the result).
    ReadinessCheck check(const Integration &integration) const
    {
        return checkReadiness(integration, requirements());
    }
    Readiness readinessOf(const Integration &integration) const
    {
        return kombo::readinessOf(integration, requirements());
    }

signals:
    // After every change of the requirements, their path or their saved state.
    void changed();

private:
    RequirementsFile m_file;
    QString m_path;
    bool m_dirty = false;
};

} // namespace kombo

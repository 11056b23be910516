// SPDX-License-Identifier: MIT
#include "requirements/openrequirements.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace kombo {

OpenRequirements::OpenRequirements(QObject *parent) : QObject(parent)
{}

QString OpenRequirements::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

Result<void> OpenRequirements::open(const QString &path)
{
    Result<RequirementsFile> loaded = loadRequirementsFile(path);
    if (const Failure *failure = loaded.failure())
        return *failure;
    m_file = std::move(loaded).value();
    m_path = QFileInfo(path).absoluteFilePath();
    m_dirty = false;
    emit changed();
    return {};
}

void OpenRequirements::close()
{
    m_file = RequirementsFile();
    m_path.clear();
    m_dirty = false;
    emit changed();
}

bool OpenRequirements::setNeed(const RequirementTarget &target, Need need)
{
    if (m_file.need(target) == need)
        return true;
    if (!m_file.setNeed(target, need))
        return false;
    m_dirty = true;
    emit changed();
    return true;
}

Result<void> OpenRequirements::save()
{
    return saveAs(m_path);
}

Result<void> OpenRequirements::saveAs(const QString &path)
{
    const Result<void> saved = saveRequirementsFile(path, m_file);
    if (saved.failure())
        return saved;
    m_path = QFileInfo(path).absoluteFilePath();
    m_dirty = false;
    emit changed();
    return {};
}

} // namespace kombo

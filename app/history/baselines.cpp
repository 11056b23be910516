// SPDX-License-Identifier: MIT
#include "history/baselines.h"

#include "load/responsefile.h"

#include <QDir>
#include <QFileInfo>

namespace kombo {

Result<Baselines> Baselines::load(const QString &path, QString &failedFile)
{
    Baselines baselines;
    if (!QFileInfo(path).isDir()) {
        ParseResult single = loadIntegrationFile(path);
        if (const Failure *failure = single.failure()) {
            failedFile = path;
            return *failure;
        }
        baselines.m_single = std::move(single).value();
        return baselines;
    }
    const QDir folder(path);
    if (!folder.isReadable()) {
        failedFile = path;
        return Failure(FailureKind::Usage, Reason::CannotRead,
                       {QStringLiteral("the folder cannot be read")});
    }
    for (const QString &name :
         folder.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name)) {
        const QString file = folder.filePath(name);
        ParseResult loaded = loadIntegrationFile(file);
        if (const Failure *failure = loaded.failure()) {
            failedFile = file;
            return *failure;
        }
        Integration integration = std::move(loaded).value();
        const QString id = integration.id;
        if (!baselines.m_byId.contains(id))
            baselines.m_byId.insert(id, std::move(integration));
    }
    return baselines;
}

const Integration *Baselines::baselineFor(const Integration &input) const
{
    if (m_single)
        return &*m_single;
    const auto found = m_byId.constFind(input.id);
    return found == m_byId.constEnd() ? nullptr : &found.value();
}

} // namespace kombo

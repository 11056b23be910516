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
    QHash<QString, QString> files; // the file each ID's baseline came from
    for (const QString &name :
         folder.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name)) {
        const QString file = folder.filePath(name);
        ParseResult loaded = loadIntegrationFile(file);
        if (const Failure *failure = loaded.failure()) {
            baselines.m_skipped.push_back({file, failure->message()});
            continue;
        }
        Integration integration = std::move(loaded).value();
        const QString id = integration.id;
        if (const auto earlier = files.constFind(id); earlier != files.constEnd()) {
            baselines.m_skipped.push_back(
                {file, QStringLiteral("the baseline of %1 is %2 already").arg(id, *earlier)});
            continue;
        }
        files.insert(id, name);
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

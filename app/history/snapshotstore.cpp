// SPDX-License-Identifier: MIT
#include "history/snapshotstore.h"

#include "common/logging.h"
#include "export/outputfile.h"
#include "load/responsefile.h"

#include <filesystem>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <string_view>
#include <system_error>

namespace kombo {

namespace {

constexpr qsizetype kReadableIdChars = 32;
constexpr qsizetype kIdHashChars = 32;      // 128 bits: no two IDs share a folder
constexpr qsizetype kContentHashChars = 16; // a name, not a proof: equal bytes are compared
// "20250102T030405678Z-0123456789abcdef.json"
constexpr qsizetype kTimeChars = 19;

QByteArray sha256Hex(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// The short hash of a response that its file name carries.
QString contentHash(const QByteArray &response)
{
    return QString::fromLatin1(sha256Hex(response).left(kContentHashChars));
}

QString fileName(const QDateTime &keptAt, const QString &hash)
{
    return QLocale::c().toString(keptAt.toUTC(), QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")) +
           QLatin1Char('-') + hash + QStringLiteral(".json");
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Whether `name` is one that fileName() writes.
bool isSnapshotName(QStringView name)
{
    // Before ".json": D a digit, h a lower-case hex digit, anything else itself.
    constexpr std::string_view pattern = "DDDDDDDDTDDDDDDDDDZ-hhhhhhhhhhhhhhhh";
    static_assert(pattern.size() == kTimeChars + 1 + kContentHashChars);
    if (name.size() != qsizetype(pattern.size()) + 5 || !name.endsWith(QLatin1String(".json")))
        return false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const QChar c = name.at(qsizetype(i));
        switch (pattern[i]) {
        case 'D':
            if (!isDigit(c))
                return false;
            break;
        case 'h':
            if (!isDigit(c) && (c < QLatin1Char('a') || c > QLatin1Char('f')))
                return false;
            break;
        default:
            if (c != QLatin1Char(pattern[i]))
                return false;
        }
    }
    return true;
}

// The time in a snapshot's file name; invalid when it is not one.
QDateTime keptAtOf(const QString &name)
{
    if (!isSnapshotName(name))
        return {};
    // Date and time apart: read as one, they would pass through local time, where an hour
    // can be missing.
    const QDate date = QDate::fromString(name.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(name.mid(9, 9), QStringLiteral("HHmmsszzz"));
    return date.isValid() && time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
}

// Whether the snapshot holds `response`, whose content hash is `hash`. Read in blocks: a
// response can be large, and most differ early.
bool holdsExactly(const Snapshot &snapshot, const QByteArray &response, const QString &hash)
{
    const QFileInfo info(snapshot.path);
    if (info.size() != response.size() ||
        QStringView(info.fileName()).mid(kTimeChars + 1, kContentHashChars) != hash)
        return false;
    QFile file(snapshot.path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    constexpr qsizetype kBlockBytes = 1024 * 1024;
    QByteArray block;
    for (qsizetype done = 0; done < response.size(); done += block.size()) {
        block = file.read(kBlockBytes);
        if (block.isEmpty() || block.size() > response.size() - done ||
            QByteArrayView(response).sliced(done, block.size()) != block)
            return false;
    }
    return true;
}

Failure cannotKeep(const QString &path, const QString &reason)
{
    return cannotWrite(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

QString SnapshotStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/snapshots");
}

QString SnapshotStore::folderName(const QString &integrationId)
{
    // Only characters that mean nothing to any file system, and no dot: never "." or "..".
    QString readable;
    for (const QChar c : QStringView(integrationId).left(kReadableIdChars)) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                           c == QLatin1Char('-');
        readable += plain ? c : QLatin1Char('_');
    }
    return readable + QLatin1Char('-') +
           QString::fromLatin1(sha256Hex(integrationId.toUtf8()).left(kIdHashChars));
}

SnapshotStore::SnapshotStore(QString root) : m_root(std::move(root))
{}

QString SnapshotStore::folderOf(const QString &integrationId) const
{
    return m_root + QLatin1Char('/') + folderName(integrationId);
}

std::vector<Snapshot> SnapshotStore::list(const QString &integrationId) const
{
    const QDir folder(folderOf(integrationId));
    std::vector<Snapshot> snapshots;
    // Names sort by time.
    for (const QString &name :
         folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::Reversed)) {
        const QDateTime keptAt = keptAtOf(name);
        if (keptAt.isValid())
            snapshots.push_back(Snapshot{folder.filePath(name), keptAt});
    }
    return snapshots;
}

Result<Snapshot> SnapshotStore::keep(const QString &integrationId, const QByteArray &response,
                                     const QDateTime &now) const
{
    const std::vector<Snapshot> kept = list(integrationId);
    const QString hash = contentHash(response);
    QDateTime keptAt = now.toUTC();
    if (!kept.empty()) {
        if (holdsExactly(kept.front(), response, hash))
            return kept.front();
        keptAt = std::max(keptAt, kept.front().keptAt.addMSecs(1));
    }

    const QString folder = folderOf(integrationId);
    std::error_code error;
    std::filesystem::create_directories(QFile::encodeName(folder).toStdString(), error);
    if (error)
        return cannotKeep(folder, QString::fromLocal8Bit(error.message().c_str()));
    const Snapshot snapshot{folder + QLatin1Char('/') + fileName(keptAt, hash), keptAt};
    QSaveFile file(snapshot.path);
    // A response names the customer's organisation and its people's email: for this user only.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(response) != response.size() || !file.commit())
        return cannotKeep(snapshot.path, file.errorString());

    for (std::size_t i = kMaxPerIntegration - 1; i < kept.size(); ++i) {
        if (!QFile::remove(kept[i].path))
            qCWarning(lcHistory).noquote() << "cannot drop the old snapshot" << kept[i].path;
    }
    return snapshot;
}

ParseResult SnapshotStore::read(const Snapshot &snapshot)
{
    return loadIntegrationFile(snapshot.path);
}

std::optional<SnapshotStore::Loaded>
SnapshotStore::newestReadable(const QString &integrationId) const
{
    for (const Snapshot &snapshot : list(integrationId)) {
        ParseResult result = read(snapshot);
        if (const Failure *failure = result.failure()) {
            qCWarning(lcHistory).noquote() << "skipped snapshot" << snapshot.path
                                           << "which does not read back:" << failure->message();
            continue;
        }
        return Loaded{snapshot, std::move(result).value()};
    }
    return std::nullopt;
}

} // namespace kombo

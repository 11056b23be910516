// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include "json/integrationparser.h"
#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <vector>

namespace kombo {

// One kept response: its file and when it was kept (UTC, to the millisecond).
struct Snapshot
{
    QString path;
    QDateTime keptAt;
};

// The responses loaded from the API, kept over time (SPEC §9): under the root, one folder per
// integration, one file per response holding its bytes exactly as received. Whether to keep
// them at all is the caller's setting.
//
// A response is not kept when it is byte for byte the integration's newest snapshot: loading
// an integration again and again keeps one file while nothing changes. One that returns to an
// earlier state is kept again, so that the history shows both changes in time order.
//
// File names are the time kept and a short hash of the content, "20250102T030405678Z-
// 0123456789abcdef.json", so that names sort by time; each is written atomically, so that a
// snapshot is whole or absent. Other files in the folders (an interrupted write's temporary
// file) are not snapshots.
class SnapshotStore
{
public:
    static constexpr int kMaxPerIntegration = 50;

    // The application's data location + "/snapshots".
    static QString defaultRoot();
    // The name of an integration's folder: a readable part of its ID, then a hash of all of
    // it, so that no ID ("..", "a/b", 500 characters, a NUL, one differing only in case) can
    // leave the root, make a name the file system refuses, or share another ID's folder.
    static QString folderName(const QString &integrationId);

    explicit SnapshotStore(QString root = defaultRoot());

    QString root() const { return m_root; }

    // Keeps `response`, the body exactly as received, unless the newest snapshot holds the
    // same bytes; then drops the oldest beyond kMaxPerIntegration. Returns the newest
    // snapshot: the one written, or the identical one already there. Its time is `now`, or
    // just after the newest if the clock went back, so that names keep the order of keeping.
    // A failure (FailureKind::Output) changes nothing kept; it need not stop the caller.
    Result<Snapshot> keep(const QString &integrationId, const QByteArray &response,
                          const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The integration's snapshots, newest first.
    std::vector<Snapshot> list(const QString &integrationId) const;

    // A snapshot read back and parsed.
    static ParseResult read(const Snapshot &snapshot);

    struct Loaded
    {
        Snapshot snapshot;
        Integration integration;
    };
    // The newest snapshot that reads back (the one to compare a new response with); those
    // that do not are skipped with a warning. Nothing when none reads back.
    std::optional<Loaded> newestReadable(const QString &integrationId) const;

private:
    QString folderOf(const QString &integrationId) const;

    QString m_root;
};

} // namespace kombo

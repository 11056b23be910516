// SPDX-License-Identifier: MIT
#pragma once

#include "history/snapshotstore.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace kombo {

class SnapshotHistory;
struct HistoryEntry;

// The History panel (SPEC §9): the response shown on top, then the integration's kept
// responses, newest first, each with its time and its number of changes to the one before.
// Choosing one compares the response shown with it; choosing the top entry stops comparing.
// Without snapshots it says how the list fills.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    HistoryPanel(SnapshotHistory &history, QWidget *parent = nullptr);

    // The snapshot that holds the response shown (empty: none does, as for a file), and
    // whether responses are being kept at all.
    void setShown(const QString &snapshotPath, bool keeping);
    // Selects the entry of the snapshot compared with, or the top one (empty path).
    void setCompared(const QString &snapshotPath);

signals:
    void snapshotChosen(const kombo::Snapshot &snapshot);
    void shownChosen();
    // After the list changed: whether it holds more than the response shown, and so is worth
    // the room of a list.
    void hasHistoryChanged(bool hasHistory);

private:
    static QString stateText(const HistoryEntry &entry);
    void rebuild();
    void rowChosen(int row);

    SnapshotHistory &m_history;
    QListWidget *m_list;
    QLabel *m_empty;
    QString m_shownPath;
    QString m_comparedPath;
    bool m_keeping = true;
    bool m_rebuilding = false;
};

} // namespace kombo

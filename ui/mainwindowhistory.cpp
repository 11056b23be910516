// SPDX-License-Identifier: MIT
// The window's part of coverage over time (SPEC §9): the History panel, comparing with a kept
// or saved response, the changes CSV, and checking again in the background. Kept apart from
// mainwindow.cpp, which only calls in at its seams.
#include "common/safetext.h"
#include "export/changeswriter.h"
#include "export/outputfile.h"
#include "history/baselines.h"
#include "history/snapshothistory.h"
#include "history/treediff.h"
#include "keys/apikeystore.h"
#include "model/coveragetreemodel.h"
#include "net/apiendpoint.h"
#include "ui/dialogs.h"
#include "ui/filterbar.h"
#include "ui/historypanel.h"
#include "ui/loadbar.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/summarypanel.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QTreeView>

namespace kombo {

namespace {

QString keptAtText(const Snapshot &snapshot)
{
    return QLocale().toString(snapshot.keptAt.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QWidget *MainWindow::createHistoryPanel()
{
    m_history = new SnapshotHistory(SnapshotStore(), this);
    m_historyPanel = new HistoryPanel(*m_history, this);
    connect(m_historyPanel, &HistoryPanel::snapshotChosen, this, &MainWindow::compareWithSnapshot);
    connect(m_historyPanel, &HistoryPanel::shownChosen, this, &MainWindow::stopComparing);
    connect(m_history, &SnapshotHistory::kept, this,
            [this](int ticket, const QString &, const Snapshot &snapshot) {
                if (ticket == m_checkedKeepTicket)
                    m_checkedSnapshot = snapshot.path;
                if (ticket == m_shownKeepTicket)
                    m_historyPanel->setShown(snapshot.path, true);
            });
    connect(m_history, &SnapshotHistory::keepFailed, this, [this](int, const Failure &failure) {
        // The response is shown all the same; the history misses one entry.
        m_message->showMessage(MessageBanner::Kind::Warning, oneLine(failure.localizedMessage()),
                               tr("The response was not kept for the history:"));
    });

    m_watch = new Watch(this);
    m_watch->setObjectName(QStringLiteral("watch"));
    connect(m_watch, &Watch::due, this, &MainWindow::checkInBackground);
    m_checkLoader = new IntegrationLoader(m_loader.network(), this);
    return m_historyPanel;
}

void MainWindow::addHistoryActions(QMenu *file, QMenu *integration)
{
    if (file) {
        file->addSeparator();
        file->addAction(tr("Co&mpare with file…"), this, &MainWindow::compareWithFile);
        m_exportChangesAction =
            file->addAction(tr("Export c&hanges CSV…"), this, &MainWindow::exportChanges);
        m_exportChangesAction->setEnabled(false);
    }
    if (integration) {
        QMenu *every = integration->addMenu(tr("Check &again every…"));
        every->setObjectName(QStringLiteral("watchMenu"));
        auto *group = new QActionGroup(every);
        const std::pair<WatchInterval, QString> choices[] = {
            {WatchInterval::Off, tr("Off")},
            {WatchInterval::Every15Minutes, tr("15 minutes")},
            {WatchInterval::EveryHour, tr("1 hour")},
            {WatchInterval::Every4Hours, tr("4 hours")},
        };
        for (const auto &[interval, text] : choices) {
            QAction *action = every->addAction(text);
            action->setObjectName(QStringLiteral("watch%1").arg(int(interval)));
            action->setCheckable(true);
            action->setChecked(interval == WatchInterval::Off);
            group->addAction(action);
            connect(action, &QAction::triggered, this,
                    [this, interval = interval] { m_watch->setInterval(interval); });
        }
    }
}

void MainWindow::historyAfterLoad()
{
    m_checked.reset(); // what a check found is older than what is shown now
    stopComparing();
    m_history->setIntegration(m_current->integration->id);
    m_historyPanel->setShown({}, m_settings.keepSnapshots());
    if (!m_baselinePath.isEmpty())
        compareWithPath(std::exchange(m_baselinePath, QString()));
}

int MainWindow::keepSnapshot(const LoadedIntegration &loaded)
{
    if (!m_settings.keepSnapshots())
        return 0;
    return m_history->keep(loaded.integration->id, loaded.response);
}

void MainWindow::keepShownSnapshot()
{
    // Only responses from the API are history; files and the demo are not (SPEC §9).
    if (!m_current || m_source != Source::Api)
        return;
    m_shownKeepTicket = keepSnapshot(*m_current);
}

void MainWindow::compareWith(std::shared_ptr<const Integration> older, const QString &name,
                             const QString &snapshotPath)
{
    if (!m_current)
        return;
    auto changes = std::make_shared<const TreeDiff>(std::move(older), m_current->integration,
                                                    oneLine(name, kMaxLabelChars));
    const int count = int(changes->changeCount());
    m_model->setChanges(changes);
    m_filterBar->setChangesToggleVisible(true);
    // The integration's own changes have no row: the summary's tooltip lists them.
    m_summary->setChangesLine(
        tr("%Ln change(s) since %1", nullptr, count).arg(changes->olderName()),
        changes->integrationText());
    m_exportChangesAction->setEnabled(true);
    m_historyPanel->setCompared(snapshotPath);
    m_comparedSnapshot = snapshotPath;
    reopenModels();
    expandForView();
    keepCurrentRowInView();
}

void MainWindow::stopComparing()
{
    m_model->setChanges(nullptr);
    m_filterBar->setChangesToggleVisible(false);
    m_summary->setChangesLine({});
    m_exportChangesAction->setEnabled(false);
    m_historyPanel->setCompared({});
    m_comparedSnapshot.clear();
    keepCurrentRowInView();
}

void MainWindow::compareWithSnapshot(const Snapshot &snapshot)
{
    ParseResult older = SnapshotStore::read(snapshot);
    if (const Failure *failure = older.failure()) {
        showFailure(tr("Could not read the response kept on %1:").arg(keptAtText(snapshot)),
                    *failure);
        return;
    }
    compareWith(std::make_shared<const Integration>(std::move(older).value()), keptAtText(snapshot),
                snapshot.path);
}

void MainWindow::compareWithFile()
{
    if (!m_current)
        return;
    const QString path = m_dialogs.openResponsePath(this, m_settings.lastFolder());
    if (!path.isEmpty())
        compareWithPath(path);
}

bool MainWindow::compareWithPath(const QString &path)
{
    if (!m_current)
        return false;
    QString failedFile;
    Result<Baselines> baselines = Baselines::load(path, failedFile);
    if (const Failure *failure = baselines.failure()) {
        showFailure(tr("Could not compare with %1:").arg(QFileInfo(failedFile).fileName()),
                    *failure);
        return false;
    }
    // A folder without a response of this ID: everything shown is new (SPEC §9).
    const Integration *older = baselines.value().baselineFor(*m_current->integration);
    compareWith(older ? std::make_shared<const Integration>(*older) : nullptr,
                QFileInfo(path).fileName());
    return true;
}

void MainWindow::exportChanges()
{
    const std::shared_ptr<const TreeDiff> changes = m_model->changes();
    if (!changes)
        return;
    const QString suggested =
        QDir(m_settings.lastFolder())
            .filePath(m_current->integration->tool.id + QStringLiteral("-changes.csv"));
    const QString path = m_dialogs.exportChangesPath(this, suggested);
    if (path.isEmpty())
        return;
    // The command line's writer and options: the same pair gives the same bytes.
    const Result<void> saved = saveAtomically(path, [&](QIODevice &device) -> Result<void> {
        ChangesWriter writer(&device);
        if (writer.writeHeader() && writer.writeDiff(changes->diff()) && writer.finish())
            return {};
        return cannotWrite(writer.errorString());
    });
    if (const Failure *failure = saved.failure()) {
        showFailure(tr("Could not export %1:").arg(QFileInfo(path).fileName()), *failure);
        return;
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    m_message->showMessage(MessageBanner::Kind::Info, tr("Exported the changes to %1.").arg(path));
}

void MainWindow::checkInBackground()
{
    // Only an integration from the API can be checked, and never over the person's own load.
    const std::optional<QString> key = m_keys.apiKey();
    const Result<QUrl> baseUrl = parseBaseUrl(m_loadBar->baseUrl());
    if (!m_current || m_source != Source::Api || m_loader.count() > 0 || !key ||
        baseUrl.failure()) {
        m_watch->checkFinished();
        return;
    }
    connect(m_checkLoader, &IntegrationLoader::finished, this, &MainWindow::backgroundCheckFinished,
            Qt::SingleShotConnection);
    m_checkLoader->load(baseUrl.value(), *key, m_location);
}

void MainWindow::backgroundCheckFinished(const LoadResult &result)
{
    std::optional<std::chrono::seconds> retryAfter;
    if (const Failure *failure = result.failure()) {
        if (failure->retryLater)
            retryAfter = std::chrono::seconds(failure->retryLater->seconds);
        m_watch->checkFinished(retryAfter);
        return; // a failed check says nothing; the next one may work
    }
    m_watch->checkFinished();
    const LoadedIntegration &loaded = result.value();
    if (!m_current || loaded.integration->id != m_current->integration->id)
        return; // the person moved on
    m_checkedSnapshot.clear();
    if (m_settings.keepSnapshots())
        m_checkedKeepTicket = m_history->keep(loaded.integration->id, loaded.response);
    const std::size_t count =
        compareCoverage(m_current->integration.get(), *loaded.integration).changes.size();
    if (count == 0)
        return;
    m_checked = loaded;
    // Marked in the title (the taskbar shows it) and in a banner that offers the changes.
    if (!windowTitle().startsWith(QStringLiteral("● ")))
        setWindowTitle(QStringLiteral("● ") + windowTitle());
    const QString text = tr("%Ln change(s) found by checking again.", nullptr, int(count));
    m_message->showMessage(MessageBanner::Kind::Info, text);
    m_message->offerAction(tr("Show changes"), [this] { showCheckedChanges(); });
    // No text from the response: notification services may read markup.
    m_dialogs.notify(this, tr("Kombo Coverage: coverage changed"), text);
}

void MainWindow::showCheckedChanges()
{
    if (!m_checked || !m_current)
        return;
    const std::shared_ptr<const Integration> before = m_current->integration;
    LoadedIntegration checked = std::move(*m_checked);
    m_checked.reset();
    const QString id = m_location;
    if (!showLoaded(std::move(checked), Source::Api, id))
        return;
    // Its snapshot, kept when it was found (or still being kept), is the one shown now.
    m_shownKeepTicket = m_checkedKeepTicket;
    if (!m_checkedSnapshot.isEmpty())
        m_historyPanel->setShown(m_checkedSnapshot, true);
    compareWith(before, tr("the last load"));
}

} // namespace kombo

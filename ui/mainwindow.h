// SPDX-License-Identifier: MIT
#pragma once

#include "domain/failure.h"
#include "domain/result.h"
#include "history/snapshotstore.h"
#include "history/watch.h"
#include "load/batchloader.h"
#include "load/integrationloader.h"
#include "model/openintegrations.h"
#include "model/toolicons.h"
#include "model/coveragefilter.h"
#include "settings/settings.h"

#include <optional>
#include <QMainWindow>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QUrl>

class QAction;
class QMenu;
class QBoxLayout;
class QLabel;
class QNetworkAccessManager;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace kombo {

class ApiKeyStore;
class CompareView;
class CoverageTreeModel;
class DetailsPane;
class Dialogs;
class FilterBar;
class HistoryPanel;
class IntegrationHeader;
class IntegrationList;
class LoadBar;
class LogoLoader;
class MessageBanner;
class SnapshotHistory;
class OpenRequirements;
class ReadinessPanel;
class RequirementsEditor;
class SummaryPanel;

// The window of SPEC §4: header, load bar, filters, the coverage tree with its legend, a
// summary and a details pane. A load that fails leaves the integration on screen as it was.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Dialogs &dialogs, QNetworkAccessManager *network, LogoLoader &logos,
               ApiKeyStore &keys, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each returns whether the integration is now shown; on failure the message banner says why.
    // An integration opened before from the same source is reloaded in its place in the list.
    bool loadFile(const QString &path);
    bool loadDemo();
    // Opens several saved responses side by side and shows the first that loads; each failure
    // is marked on its own entry in the list. Returns whether any loaded.
    bool loadFiles(const QStringList &paths);
    // Starts loading from the API; the result arrives later (loadFinished()).
    void loadIntegration(const QString &integrationId);
    // Several at once, at most four requests in flight; the first to load is shown.
    void loadIntegrations(const QStringList &integrationIds);
    // The open integrations, for whoever adds a status line to each (readiness).
    OpenIntegrations &openIntegrations() { return *m_open; }
    // The API base URL for loads from now on (not saved as the user's choice).
    void setBaseUrl(const QString &url);
    // Shows what a first start shows: the demo when there is no API key, else an empty window.
    void showWelcome();
    // Compares what is shown with a saved response, or with the one of its ID in a folder of
    // them (--diff-against); returns whether the changes are shown.
    bool compareWithPath(const QString &path);
    // Compares the next integration shown with `path` (--diff-against given with an input).
    void setBaselinePath(const QString &path) { m_baselinePath = path; }
    // Opens a requirements file (SPEC §8) as the command line asks; a failure is also shown.
    Result<void> openRequirements(const QString &path);
    // The requirements the window shows and edits.
    OpenRequirements &requirements();

signals:
    // Every load, from a file, the demo or the API, ends here: 0 when it loaded, else the
    // exit code the command line gives for its failure (SPEC §6).
    void loadFinished(int exitCode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    using Source = LoadSource;

    void createActions();
    void createMenus();
    QWidget *createCentralWidget();
    bool showLoaded(LoadResult result, Source source, const QString &location);
    // "Could not load ID:" / "Could not open FILE:", before a failure's words.
    static QString couldNotLoad(Source source, const QString &location);
    void showFailure(const QString &what, const Failure &failure);
    QString stillShowing() const; // after a failure: which integration the window still shows
    void applyFilter(const FilterCriteria &criteria);
    void showLogo();
    void logoLoaded(const QUrl &url, const QImage &image);
    void logoFailed(const QUrl &url, const QString &reason);
    void loadFromLoadBar();
    void loadingFinished(const QString &integrationId, const LoadResult &result);
    void showRetry(const QString &integrationId, int retry, std::chrono::milliseconds delay,
                   const QString &reason);
    void showRetryCountdown();
    void openFile();
    void saveResponse();
    void exportCsv();
    void reload();
    void copySelection();
    void showContextMenu(const QPoint &position);
    void goToMatch(bool backwards);
    void expandForView();
    // The models the person opened, remembered by ID, so that they come back open after a
    // filter hid them.
    void rememberOpenModel(const QModelIndex &index, bool open);
    void reopenModels();
    void keepCurrentRowInView();
    void collapseAll();
    // The tree, filters, summary and details once something is loaded; how to load before.
    void showContent(bool loaded);
    void showColumnMenu(const QPoint &position);
    void fitNameColumn();
    // The key to load with: the one there is, else whatever the person enters in Settings.
    std::optional<QString> apiKey();
    void showSettings();
    // Says so when the key entered lives for this session only.
    void showKeyState();

    // Coverage over time (SPEC §9), in mainwindowhistory.cpp.
    QWidget *createHistoryPanel();
    void addHistoryActions(QMenu *file, QMenu *integration);
    void historyAfterLoad(); // a new response is shown: its history, no changes yet
    // Keeps a response loaded from the API as a snapshot, unless the setting says not; the
    // keep's ticket (0: not kept).
    int keepSnapshot(const LoadedIntegration &loaded);
    void keepShownSnapshot();
    void compareWith(std::shared_ptr<const Integration> older, const QString &name,
                     const QString &snapshotPath = {});
    void compareWithSnapshot(const Snapshot &snapshot);
    void compareWithFile();
    void stopComparing();
    void exportChanges();
    void checkInBackground();
    void backgroundCheckFinished(const LoadResult &result);
    void showCheckedChanges();

    Dialogs &m_dialogs;
    LogoLoader &m_logos;
    ApiKeyStore &m_keys;
    BatchLoader m_loader;
    Settings m_settings;
    std::optional<LoadedIntegration> m_current;
    Source m_source = Source::None;
    QString m_location;  // the ID or file path of what is shown or loading
    QString m_keyNotice; // the last keychain problem the window told of
    QTimer m_retryCountdown;
    int m_retrySecondsLeft = 0;
    int m_retry = 0;
    QString m_retryReason;

    CoverageTreeModel *m_model;
    IntegrationHeader *m_header;
    LoadBar *m_loadBar;
    MessageBanner *m_message;
    FilterBar *m_filterBar;
    QTreeView *m_tree;
    QWidget *m_treeViewport = nullptr;
    SummaryPanel *m_summary;
    DetailsPane *m_details;
    QSplitter *m_splitter;
    QLabel *m_legend = nullptr;
    QSet<QString> m_openModels;      // "group/model ID" of the models the person opened
    bool m_expandingForView = false; // expansions made by the window, not the person
    QLabel *m_emptyState = nullptr;
    QWidget *m_infoSide = nullptr;
    QBoxLayout *m_infoLayout = nullptr;
    QWidget *m_readinessBox = nullptr;
    ReadinessPanel *m_readiness = nullptr;
    RequirementsEditor *m_requirementsEditor = nullptr;

    QAction *m_saveAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_cancelAction = nullptr;

    SnapshotHistory *m_history = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    QAction *m_exportChangesAction = nullptr;
    QString m_baselinePath;
    QString m_comparedSnapshot; // the snapshot compared with; empty: a file, or none
    int m_shownKeepTicket = 0; // the keep of the response shown
    Watch *m_watch = nullptr;
    IntegrationLoader *m_checkLoader = nullptr; // background checks, apart from the person's loads
    std::optional<LoadedIntegration> m_checked; // a newer response a check found, not yet shown
    int m_checkedKeepTicket = 0;
    QString m_checkedSnapshot; // where m_checked was kept
    // Several integrations (SPEC §8): the list of open ones, the compare view, and how a
    // batch of loads is going.
    QWidget *createWorkArea(QWidget *coverage);
    void createSeveralIntegrationsActions(QMenu *integration);
    // Puts a load's outcome in the list; the entry's row.
    int record(const LoadResult &result, Source source, const QString &location);
    // Shows an open integration's last loaded value in the header, tree and summary.
    void showEntry(int row);
    bool isShown(Source source, const QString &location) const;
    enum class Show
    {
        Now,      // a load the person asked for: shown, or its failure in the banner
        InPlace,  // one of several: only marked in the list, unless it is the one shown
    };
    bool openResponseFile(const QString &path, Show show);
    void startLoads(const QStringList &integrationIds, bool showFirst);
    void updateLoadStatus();
    void cancelLoads();
    void showOpenIntegration(int row);
    void reloadIntegration(int row);
    void closeIntegration(int row);
    void reloadAll();
    // The list, the tabs and the compare view after the open integrations changed.
    void updateOpenIntegrations();
    void showReadinessInList();
    void placeIntegrationList();
    void toolIconLoaded(const QUrl &url, const QImage &image);

    ToolIcons m_icons;
    OpenIntegrations *m_open;
    IntegrationList *m_list;
    CompareView *m_compare;
    QTabWidget *m_views = nullptr; // Coverage | Compare
    QSplitter *m_listSplitter = nullptr;
    QHash<QUrl, QString> m_iconRequests; // icons asked for, by URL, with their icon_url text
    bool m_showNextLoaded = false;       // show the next integration that loads
    bool m_cancellingAll = false;        // one message for all, not one per load
    int m_batchFailures = 0;             // loads of the batch under way that failed
};

} // namespace kombo

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/failure.h"
#include "history/snapshotstore.h"
#include "history/watch.h"
#include "domain/result.h"
#include "load/integrationloader.h"
#include "model/coveragefilter.h"
#include "settings/settings.h"

#include <optional>
#include <QMainWindow>
#include <QSet>
#include <QTimer>

class QAction;
class QBoxLayout;
class QLabel;
class QNetworkAccessManager;
class QSplitter;
class QTreeView;

namespace kombo {

class ApiKeyStore;
class CoverageTreeModel;
class DetailsPane;
class Dialogs;
class FilterBar;
class HistoryPanel;
class IntegrationHeader;
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
    bool loadFile(const QString &path);
    bool loadDemo();
    // Starts loading from the API; the result arrives later (loadFinished()).
    void loadIntegration(const QString &integrationId);
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
    // After each load from the API, shown or not.
    // Every load, from a file, the demo or the API, ends here: 0 when it is shown, else the
    // exit code the command line gives for its failure (SPEC §6).
    void loadFinished(int exitCode);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class Source
    {
        None,
        Api,
        File,
        Demo
    };

    void createActions();
    void createMenus();
    QWidget *createCentralWidget();
    bool showLoaded(LoadResult result, Source source, const QString &location);
    void showFailure(const QString &what, const Failure &failure);
    QString stillShowing() const; // after a failure: which integration the window still shows
    void applyFilter(const FilterCriteria &criteria);
    void showLogo();
    void logoLoaded(const QUrl &url, const QImage &image);
    void logoFailed(const QUrl &url, const QString &reason);
    void loadFromLoadBar();
    void loadingFinished(const LoadResult &result);
    void showRetry(int retry, std::chrono::milliseconds delay, const QString &reason);
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
    // The key to load with: the one there is, else whatever the person enters in Settings.
    std::optional<QString> apiKey();
    void showSettings();
    // Says so when the key entered lives for this session only.
    void showKeyState();

    // Coverage over time (SPEC §9), in mainwindowhistory.cpp.
    QWidget *createHistoryPanel();
    void addHistoryActions(QMenu *file, QMenu *integration);
    void historyAfterLoad(); // a new response is shown: its history, no changes yet
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
    IntegrationLoader m_loader;
    Settings m_settings;
    std::optional<LoadedIntegration> m_current;
    Source m_source = Source::None;
    QString m_location;  // the ID or file path of what is shown or loading
    QString m_loadingId; // the ID being loaded; empty when no load is under way
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
    SummaryPanel *m_summary;
    DetailsPane *m_details;
    QSplitter *m_splitter;
    QLabel *m_legend = nullptr;
    QSet<QString> m_openModels;      // "group/model ID" of the models the person opened
    bool m_expandingForView = false; // expansions made by the window, not the person
    QLabel *m_emptyState = nullptr;
    QWidget *m_infoSide = nullptr;
    QBoxLayout *m_infoLayout = nullptr;
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
    int m_shownKeepTicket = 0; // the keep of the response shown
    Watch *m_watch = nullptr;
    IntegrationLoader *m_checkLoader = nullptr; // background checks, apart from the person's loads
    std::optional<LoadedIntegration> m_checked; // a newer response a check found, not yet shown
    int m_checkedKeepTicket = 0;
    QString m_checkedSnapshot; // where m_checked was kept
};

} // namespace kombo

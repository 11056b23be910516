#pragma once

#include "failure.h"
#include "integration.h"

#include <memory>
#include <QMainWindow>

class QLabel;
class QTreeView;

namespace kombo {

class CoverageTreeModel;

// The first window: a one-line summary of the integration above its coverage tree, and an
// inline error line that leaves the previous integration on screen when a load fails.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each returns whether the integration is now shown; on failure the error line says why.
    bool loadFile(const QString &path);
    bool loadDemo();

private:
    bool showLoaded(const QString &source, std::variant<Integration, Failure> loaded);
    void openFile();
    void createMenus();

    CoverageTreeModel *m_model;
    QLabel *m_summary;
    QLabel *m_error;
    QTreeView *m_tree;
};

} // namespace kombo

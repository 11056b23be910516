#include "mainwindow.h"

#include "coveragetreemodel.h"
#include "responsefile.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace kombo {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new CoverageTreeModel(this)), m_summary(new QLabel(this)),
      m_error(new QLabel(this)), m_tree(new QTreeView(this))
{
    setWindowTitle(tr("Kombo Coverage"));
    setWindowIcon(QIcon(QStringLiteral(":/kombo/icons/kombo-coverage.svg")));

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Open a saved response, or the demo from the Help menu."));

    m_error->setObjectName(QStringLiteral("errorLine"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b91c1c; "
                                          "padding: 6px; border-radius: 4px;"));
    m_error->hide();

    m_tree->setObjectName(QStringLiteral("coverageTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CoverageTreeModel::NameColumn, QHeaderView::Stretch);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_tree, 1);
    setCentralWidget(central);

    createMenus();
    resize(960, 680);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &demo"), this, &MainWindow::loadDemo);
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open saved response"), {},
                                                      tr("JSON responses (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool MainWindow::loadFile(const QString &path)
{
    return showLoaded(QFileInfo(path).fileName(), loadIntegrationFile(path));
}

bool MainWindow::loadDemo()
{
    return showLoaded(tr("demo"), loadDemoIntegration());
}

bool MainWindow::showLoaded(const QString &source, std::variant<Integration, Failure> loaded)
{
    if (const Failure *failure = std::get_if<Failure>(&loaded)) {
        m_error->setText(tr("Could not load %1: %2").arg(source, failure->message));
        m_error->show();
        return false;
    }
    auto integration =
        std::make_shared<const Integration>(std::get<Integration>(std::move(loaded)));
    m_error->hide();
    m_summary->setText(tr("<b>%1</b> · %2 · %3 · %4")
                           .arg(integration->tool.label.toHtmlEscaped(),
                                integration->wireName(integration->category).toHtmlEscaped(),
                                integration->id.toHtmlEscaped(),
                                integration->endUser.organizationName.toHtmlEscaped()));
    setWindowTitle(tr("%1 — Kombo Coverage").arg(integration->tool.label));
    m_model->setIntegration(std::move(integration));
    m_tree->expandToDepth(0);
    m_tree->resizeColumnToContents(CoverageTreeModel::CoverageColumn);
    return true;
}

} // namespace kombo

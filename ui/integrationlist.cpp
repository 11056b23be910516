// SPDX-License-Identifier: MIT
#include "ui/integrationlist.h"

#include "model/openintegrations.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace kombo {

IntegrationList::IntegrationList(OpenIntegrations &integrations, QWidget *parent)
    : QWidget(parent), m_integrations(integrations), m_title(new QLabel(this)),
      m_list(new QListView(this)), m_reload(new QToolButton(this)),
      m_close(new QToolButton(this)), m_reloadAll(new QToolButton(this))
{
    setObjectName(QStringLiteral("integrationList"));
    m_list->setObjectName(QStringLiteral("openIntegrations"));
    m_title->setObjectName(QStringLiteral("openIntegrationsTitle"));
    m_reload->setObjectName(QStringLiteral("reloadIntegration"));
    m_close->setObjectName(QStringLiteral("closeIntegration"));
    m_reloadAll->setObjectName(QStringLiteral("reloadAll"));

    // Beside the views it may be narrowed to nothing, so that it never sets the window's
    // minimum width; a narrow window puts it above them instead.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_list->setModel(&m_integrations);
    m_list->setIconSize(QSize(20, 20));
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(1); // entries of two or three lines stay apart
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setMinimumWidth(120);
    connect(m_list, &QWidget::customContextMenuRequested, this,
            &IntegrationList::showContextMenu);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_settingRow && current.isValid())
                    emit showRequested(current.row());
            });
    // Delete closes the chosen integration, as in a mail client.
    auto *closeKey = new QShortcut(QKeySequence::Delete, m_list);
    closeKey->setContext(Qt::WidgetShortcut);
    connect(closeKey, &QShortcut::activated, this, [this] {
        if (currentRow() >= 0)
            emit closeRequested(currentRow());
    });

    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_reload->setText(tr("Reload"));
    m_reload->setToolTip(tr("Load the chosen integration again"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the chosen integration (Delete)"));
    m_reloadAll->setText(tr("Reload all"));
    m_reloadAll->setToolTip(tr("Load every open integration again, at most four at once"));
    connect(m_reload, &QToolButton::clicked, this, [this] {
        if (currentRow() >= 0)
            emit reloadRequested(currentRow());
    });
    connect(m_close, &QToolButton::clicked, this, [this] {
        if (currentRow() >= 0)
            emit closeRequested(currentRow());
    });
    connect(m_reloadAll, &QToolButton::clicked, this, &IntegrationList::reloadAllRequested);
    for (QToolButton *button : {m_reload, m_close, m_reloadAll})
        button->setAutoRaise(true);

    connect(&m_integrations, &QAbstractItemModel::rowsInserted, this,
            &IntegrationList::updateTitle);
    connect(&m_integrations, &QAbstractItemModel::rowsRemoved, this,
            &IntegrationList::updateTitle);
    connect(&m_integrations, &QAbstractItemModel::modelReset, this,
            &IntegrationList::updateTitle);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    buttons->addWidget(m_reloadAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    updateTitle();
}

void IntegrationList::setCurrentRow(int row)
{
    const QScopedValueRollback<bool> quiet(m_settingRow, true);
    m_list->setCurrentIndex(row >= 0 ? m_integrations.index(row) : QModelIndex());
}

int IntegrationList::currentRow() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

void IntegrationList::updateTitle()
{
    m_title->setText(tr("Open integrations (%1)").arg(m_integrations.count()));
}

void IntegrationList::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    QMenu menu(this);
    if (index.isValid()) {
        const int row = index.row();
        menu.addAction(tr("&Show"), this, [this, row] { emit showRequested(row); });
        menu.addAction(tr("&Reload"), this, [this, row] { emit reloadRequested(row); });
        menu.addAction(tr("&Close"), this, [this, row] { emit closeRequested(row); });
        const QString id = index.data(OpenIntegrations::IntegrationIdRole).toString();
        if (!id.isEmpty())
            menu.addAction(tr("Copy &ID"), this, [id] { QApplication::clipboard()->setText(id); });
        menu.addSeparator();
    }
    menu.addAction(tr("Reload &all"), this, &IntegrationList::reloadAllRequested);
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

} // namespace kombo

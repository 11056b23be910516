// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QToolButton;

namespace kombo {

class OpenIntegrations;

// The integrations open in the window, as a narrow list beside the tree: tool icon, tool and
// end user, what is under way or went wrong (a warning sign, the reason in the tooltip) and a
// status line of the integration's readiness. Choosing one shows it; it can be reloaded or
// closed, and all reloaded at once. A list rather than tabs: it reads the same at 800 px as at
// 1920 and with three integrations as with three hundred.
class IntegrationList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationList)

public:
    explicit IntegrationList(OpenIntegrations &integrations, QWidget *parent = nullptr);

    // Marks `row` as the one shown, without asking for it to be shown.
    void setCurrentRow(int row);
    int currentRow() const;

signals:
    void showRequested(int row);
    void reloadRequested(int row);
    void closeRequested(int row);
    void reloadAllRequested();

private:
    void updateTitle();
    void showContextMenu(const QPoint &position);

    OpenIntegrations &m_integrations;
    QLabel *m_title;
    QListView *m_list;
    QToolButton *m_reload;
    QToolButton *m_close;
    QToolButton *m_reloadAll;
    bool m_settingRow = false;
};

} // namespace kombo

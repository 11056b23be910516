// SPDX-License-Identifier: MIT
#pragma once

#include <QTextBrowser>

namespace kombo {

// Everything about the selected row in words: what it is, its coverage and what that means,
// whether it is available and if not why.
class DetailsPane final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showIndex(const QModelIndex &index);
};

} // namespace kombo

// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QLabel;

namespace kombo {

// Where to load from: an integration ID (with recent ones), the region or a custom base URL,
// Load and Cancel, and what a load under way is doing.
class LoadBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadBar)

public:
    explicit LoadBar(QWidget *parent = nullptr);

    QString integrationId() const;
    // The IDs in the box: a multi-line paste holds one a line.
    QStringList integrationIds() const;
    void setRecentIds(const QStringList &ids);
    // The base URL chosen: a region's, or the custom one as typed.
    QString baseUrl() const;
    void setBaseUrl(const QString &url);

    void setBusy(bool busy);
    void setIntegrationId(const QString &id);
    void setStatus(const QString &text, const QString &details = {});
    void focusIdBox();

signals:
    void loadRequested();
    void cancelRequested();
    void baseUrlChanged(const QString &url);

private:
    void updateCustomUrlBox();

    QComboBox *m_id;
    QComboBox *m_region;
    QLineEdit *m_customUrl;
    QPushButton *m_load;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
};

} // namespace kombo

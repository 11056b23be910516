// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <QFrame>
#include <QUrl>

class QLabel;
class QPushButton;
class QToolButton;

namespace kombo {

// A message inside the window rather than in a modal box: errors stay beside what they are
// about, and links in them (an API log URL) open in the browser.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind
    {
        Error,
        Warning,
        Info
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    // A link at the end of a message, such as the API's log URL; only https links are shown.
    struct Link
    {
        QUrl url;
        QString text;
    };

    // Shows `text` as plain text after `heading` in bold: nothing in either is ever read as
    // markup, so a message may quote untrusted text (already made one line, see oneLine()).
    void showMessage(Kind kind, const QString &text, const QString &heading = {},
                     const Link &link = {});
    // A button after the message that does what the message suggests ("Settings…"); the next
    // message takes it away.
    void offerAction(const QString &text, const std::function<void()> &action);
    // What the banner says, as plain text.
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    QString m_plainText;
};

} // namespace kombo

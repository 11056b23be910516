#pragma once

#include <QFrame>

class QLabel;
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

    // `html` is rich text; escape plain parts with toHtmlEscaped().
    void showMessage(Kind kind, const QString &html);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace kombo

// SPDX-License-Identifier: MIT
#include "ui/firstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

namespace kombo {

namespace {

class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(QWidget *widget, int exitCode) : QObject(widget), m_exitCode(exitCode) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued, so the paint this event starts completes first.
            QTimer::singleShot(0, qApp, [code = m_exitCode] { QCoreApplication::exit(code); });
        }
        return false;
    }

private:
    int m_exitCode;
};

} // namespace

void quitAfterFirstPaint(QWidget *widget, int exitCode)
{
    widget->installEventFilter(new FirstPaintWatcher(widget, exitCode));
}

} // namespace kombo

// SPDX-License-Identifier: MIT
#pragma once

#include "export/csvwriter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace kombo {

// A CSV of any columns, by the rules of SPEC §5: every cell, the header's too, guarded and
// quoted by CsvWriter::appendCell, rows ended by CRLF, a byte-order mark first when asked,
// written in large blocks. For the reports whose columns are not the coverage table's.
class CsvTable
{
public:
    explicit CsvTable(QIODevice &device, CsvOptions options = {});

    void addCell(QByteArrayView utf8);
    void addCell(const QString &text);
    // `true` or `false`; not an addCell() overload, which a C string would silently pick.
    void addBoolean(bool value)
    {
        addCell(value ? QByteArrayView("true") : QByteArrayView("false"));
    }
    // Ends the row; writes when enough is buffered. False when writing failed.
    bool endRow();
    // Writes what is still buffered; call once at the end.
    bool finish();
    // Why endRow() or finish() returned false.
    QString errorString() const { return m_error; }

private:
    bool flush();

    QIODevice &m_device;
    CsvOptions m_options;
    QByteArray m_buffer;
    QByteArray m_scratch; // a QString's UTF-8
    bool m_rowStarted = false;
    QString m_error;
};

} // namespace kombo

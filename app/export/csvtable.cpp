// SPDX-License-Identifier: MIT
#include "export/csvtable.h"

#include "export/outputfile.h"

#include <QIODevice>

namespace kombo {

namespace {

constexpr qsizetype kFlushThreshold = 256 * 1024;

} // namespace

CsvTable::CsvTable(QIODevice &device, CsvOptions options) : m_device(device), m_options(options)
{
    m_buffer.reserve(kFlushThreshold + 4096);
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
}

void CsvTable::addCell(QByteArrayView utf8)
{
    if (m_rowStarted)
        m_buffer.append(m_options.separator);
    m_rowStarted = true;
    CsvWriter::appendCell(m_buffer, utf8, m_options.separator);
}

void CsvTable::addCell(const QString &text)
{
    m_scratch = text.toUtf8();
    addCell(QByteArrayView(m_scratch));
}

bool CsvTable::endRow()
{
    m_buffer.append("\r\n");
    m_rowStarted = false;
    return m_buffer.size() < kFlushThreshold || flush();
}

bool CsvTable::finish()
{
    return flush();
}

bool CsvTable::flush()
{
    if (!writeAll(m_device, m_buffer)) {
        m_error = m_device.errorString();
        return false;
    }
    m_buffer.resize(0); // keeps the allocation for the next block
    return true;
}

} // namespace kombo

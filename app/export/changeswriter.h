// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "export/csvwriter.h"
#include "history/coveragediff.h"

#include <QByteArray>
#include <QString>
#include <vector>

class QIODevice;

namespace kombo {

// Writes the `changes` report of SPEC §9: header
// `integration_id,kind,model_id,field_id,change,property,old,new`, then one row per change of
// each diff, by the CSV rules of §5 (CRLF, quotes only where needed, formulas defused, the
// byte-order mark and separator of CsvOptions). The text of a row is made as it is written.
class ChangesWriter
{
public:
    explicit ChangesWriter(QIODevice *device, CsvOptions options = {});

    bool writeHeader();
    bool writeDiff(const CoverageDiff &diff);
    // Writes what is still buffered; call once at the end.
    bool finish();

    // Why the last call returned false.
    QString errorString() const { return m_error; }

    enum class Side
    {
        Old,
        New
    };
    // The changed property's value on one side, spelled as the coverage CSV spells it (§5);
    // empty for null and for added and removed rows. A view of the integration's text where it
    // can, else of `scratch`.
    static QByteArrayView value(const CoverageDiff &diff, const Change &change, Side side,
                                QByteArray &scratch);

private:
    bool writeRow(const QByteArray &integrationCell, const CoverageDiff &diff,
                  const Change &change);
    void appendCell(QByteArrayView cell);
    bool flush();

    QIODevice *m_device;
    CsvOptions m_options;
    QByteArray m_buffer;
    QByteArray m_scratch; // for values that need converting
    QString m_error;
};

// The whole report of these diffs, in order, on `device`; fails with cannotWrite(). Made to
// be the body of a DeviceWriter for saveAtomically().
Result<void> writeChangesReport(QIODevice &device, const std::vector<CoverageDiff> &diffs,
                                CsvOptions options);

} // namespace kombo

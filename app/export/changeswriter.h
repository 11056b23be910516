// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "export/csvwriter.h"
#include "history/coveragediff.h"

#include <array>
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
    static constexpr std::size_t kChangeTypes = std::size_t(ChangeType::Changed) + 1;
    static constexpr std::size_t kProperties = std::size_t(ChangedProperty::OptedOutByCustomer) + 1;

    bool writeRow(const CoverageDiff &diff, const Change &change);
    void appendCell(QByteArray &row, QByteArrayView cell) const;
    bool flush();

    QIODevice *m_device;
    CsvOptions m_options;
    // What rows share is made once: the cells of `change` and `property` with the separators
    // around them, by type and property; the integration's cell; and the cells up to field_id,
    // which stay the same for all the rows of one model.
    std::array<std::array<QByteArray, kProperties>, kChangeTypes> m_middles;
    QByteArray m_integrationCell;
    QByteArray m_prefix;
    const Model *m_prefixModel = nullptr; // whose rows m_prefix starts
    QByteArray m_buffer;
    QByteArray m_scratch; // for values that need converting
    QString m_error;
};

// The whole report of these diffs, in order, on `device`; fails with cannotWrite(). Made to
// be the body of a DeviceWriter for saveAtomically().
Result<void> writeChangesReport(QIODevice &device, const std::vector<CoverageDiff> &diffs,
                                CsvOptions options);

} // namespace kombo

// SPDX-License-Identifier: MIT
#include "export/changeswriter.h"

#include "export/outputfile.h"
#include "model/columns.h"

#include <array>
#include <QIODevice>

namespace kombo {

namespace {

constexpr qsizetype kFlushThreshold = 256 * 1024;
constexpr QByteArrayView kLineEnd = "\r\n";

constexpr std::array<QByteArrayView, 8> kHeader{
    "integration_id", "kind", "model_id", "field_id", "change", "property", "old", "new"};

// Indexed by ChangeScope.
constexpr std::array<QByteArrayView, 3> kScopeNames{"integration", "read_model", "write_action"};
// Indexed by ChangeType.
constexpr std::array<QByteArrayView, 3> kTypeNames{"added", "removed", "changed"};
static_assert(kTypeNames.size() == std::size_t(ChangeType::Changed) + 1);
// Indexed by ChangedProperty.
constexpr std::array<QByteArrayView, 10> kPropertyNames{
    "",      "status",       "setup_status",    "data_expired_at",      "scope_config.id",
    "label", "is_available", "coverage_status", "scope_config_setting", "opted_out_by_customer"};
static_assert(kPropertyNames.size() == std::size_t(ChangedProperty::OptedOutByCustomer) + 1,
              "every property has its name, in the enum's order");

QByteArrayView utf8(const QString &text, QByteArray &scratch)
{
    scratch = text.toUtf8();
    return scratch;
}

} // namespace

ChangesWriter::ChangesWriter(QIODevice *device, CsvOptions options)
    : m_device(device), m_options(options)
{
    m_buffer.reserve(kFlushThreshold + 4096);
    for (std::size_t type = 0; type < kTypeNames.size(); ++type) {
        for (std::size_t property = 0; property < kPropertyNames.size(); ++property) {
            QByteArray &cells = m_middles[type][property];
            cells.append(m_options.separator);
            appendCell(cells, kTypeNames[type]);
            cells.append(m_options.separator);
            appendCell(cells, kPropertyNames[property]);
            cells.append(m_options.separator);
        }
    }
}

void ChangesWriter::appendCell(QByteArray &row, QByteArrayView cell) const
{
    CsvWriter::appendCell(row, cell, m_options.separator);
}

bool ChangesWriter::writeHeader()
{
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
    for (std::size_t i = 0; i < kHeader.size(); ++i) {
        if (i > 0)
            m_buffer.append(m_options.separator);
        appendCell(m_buffer, kHeader[i]);
    }
    m_buffer.append(kLineEnd);
    return true;
}

bool ChangesWriter::writeDiff(const CoverageDiff &diff)
{
    m_integrationCell.clear();
    appendCell(m_integrationCell, diff.newIntegration->id.toUtf8());
    m_prefixModel = nullptr;
    m_prefix.clear();
    for (const Change &change : diff.changes) {
        if (!writeRow(diff, change))
            return false;
    }
    return true;
}

bool ChangesWriter::writeRow(const CoverageDiff &diff, const Change &change)
{
    const Model *model = nullptr;
    const Integration *modelSide = nullptr;
    if (change.scope != ChangeScope::Integration) {
        // Matched models and fields have the same ID on both sides; the new one where there is.
        const bool onNewSide = change.newModel != Change::kNone;
        modelSide = onNewSide ? diff.newIntegration : diff.oldIntegration;
        model = &modelSide->models(
            modelKind(change.scope))[onNewSide ? change.newModel : change.oldModel];
    }
    if (m_prefix.isEmpty() || model != m_prefixModel) {
        m_prefixModel = model;
        m_prefix = m_integrationCell;
        m_prefix.append(m_options.separator);
        appendCell(m_prefix, kScopeNames[std::size_t(change.scope)]);
        m_prefix.append(m_options.separator);
        if (model)
            appendCell(m_prefix, modelSide->utf8(model->id));
        m_prefix.append(m_options.separator);
    }
    m_buffer.append(m_prefix);
    if (change.newField != Change::kNone)
        appendCell(m_buffer,
                   diff.newIntegration->utf8(diff.newIntegration->fields[change.newField].id));
    else if (change.oldField != Change::kNone)
        appendCell(m_buffer,
                   diff.oldIntegration->utf8(diff.oldIntegration->fields[change.oldField].id));
    m_buffer.append(m_middles[std::size_t(change.type)][std::size_t(change.property)]);
    appendCell(m_buffer, value(diff, change, Side::Old, m_scratch));
    m_buffer.append(m_options.separator);
    appendCell(m_buffer, value(diff, change, Side::New, m_scratch));
    m_buffer.append(kLineEnd);
    return m_buffer.size() < kFlushThreshold || flush();
}

QByteArrayView ChangesWriter::value(const CoverageDiff &diff, const Change &change, Side side,
                                    QByteArray &scratch)
{
    // Null on the old side of a diff with nothing before, whose rows are all added.
    const Integration *integration = side == Side::Old ? diff.oldIntegration : diff.newIntegration;
    // A model's or field's property is the coverage CSV's own cell, so both reports spell alike.
    const auto cell = [&](Column column) {
        const std::uint32_t model = side == Side::Old ? change.oldModel : change.newModel;
        const std::uint32_t field = side == Side::Old ? change.oldField : change.newField;
        const ModelKind kind = modelKind(change.scope);
        const CoverageRow row{*integration, kind, integration->models(kind)[model],
                              field == Change::kNone ? nullptr : &integration->fields[field]};
        return columnSpec(column).csvValue(row, scratch);
    };
    switch (change.property) {
    case ChangedProperty::None:
        break;
    case ChangedProperty::Status:
        return utf8(integration->wireName(integration->status), scratch);
    case ChangedProperty::SetupStatus:
        return utf8(integration->wireName(integration->setupStatus), scratch);
    case ChangedProperty::DataExpiredAt:
        return integration->dataExpiredAt ? utf8(*integration->dataExpiredAt, scratch)
                                          : QByteArrayView();
    case ChangedProperty::ScopeConfigId:
        return utf8(integration->scopeConfig.id, scratch);
    case ChangedProperty::Label:
        return cell(Column::ModelLabel);
    case ChangedProperty::IsAvailable:
        return cell(Column::IsAvailable);
    case ChangedProperty::CoverageStatus:
        return cell(Column::CoverageStatus);
    case ChangedProperty::ScopeConfigSetting:
        return cell(Column::ScopeConfigSetting);
    case ChangedProperty::OptedOutByCustomer:
        return cell(Column::OptedOutByCustomer);
    }
    return {};
}

bool ChangesWriter::finish()
{
    return flush();
}

bool ChangesWriter::flush()
{
    if (!writeAll(*m_device, m_buffer)) {
        m_error = m_device->errorString();
        return false;
    }
    m_buffer.resize(0); // keeps the allocation for the next block
    return true;
}

Result<void> writeChangesReport(QIODevice &device, const std::vector<CoverageDiff> &diffs,
                                CsvOptions options)
{
    ChangesWriter writer(&device, options);
    bool ok = writer.writeHeader();
    for (const CoverageDiff &diff : diffs)
        ok = ok && writer.writeDiff(diff);
    if (ok && writer.finish())
        return {};
    return cannotWrite(writer.errorString());
}

} // namespace kombo

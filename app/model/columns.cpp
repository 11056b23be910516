// SPDX-License-Identifier: MIT
#include "model/columns.h"

#include "common/safetext.h"
#include "model/coveragestyle.h"
#include "model/coveragesummary.h"
#include "requirements/readinesscheck.h"

#include <QCoreApplication>

namespace kombo {

namespace {

// The translation context of every column text.
class Columns
{
    Q_DECLARE_TR_FUNCTIONS(Columns)

public:
    static QString coverage(const CoverageRow &row)
    {
        const OpenEnum<CoverageStatus> status = row.coverageStatus();
        const QString glyph = CoverageStyle::glyph(status.value);
        if (!status.isRecognised())
            return tr("%1 %2 (unrecognised)")
                .arg(glyph, oneLine(row.integration.wireName(status), kMaxLabelChars));
        return glyph + QLatin1Char(' ') + CoverageStyle::label(status.value);
    }

    static QString scope(const CoverageRow &row)
    {
        const OpenEnum<ScopeSetting> *setting = row.scopeSetting();
        if (!setting)
            return {};
        switch (setting->value) {
        case ScopeSetting::Enabled:
            return tr("Enabled");
        case ScopeSetting::Disabled:
            return tr("Disabled");
        case ScopeSetting::Optional:
            return tr("Optional");
        case ScopeSetting::Unrecognised:
            break;
        }
        return tr("%1 (unrecognised)")
            .arg(oneLine(row.integration.wireName(*setting), kMaxLabelChars));
    }

    static QString yesNo(bool value) { return value ? tr("Yes") : tr("No"); }

    static QString name(const CoverageRow &row)
    {
        const Integration &integration = row.integration;
        return row.field ? displayName({}, integration.string(row.field->id), false)
                         : displayName(integration.string(row.model.label),
                                       integration.string(row.model.id), false);
    }

    // SPEC §8's verdict, which also weighs the integration and the field's model, so it can
    // differ from the row's own is_available.
    static QString availability(const CoverageRow &row)
    {
        const QString reason = unavailableReason(row);
        return reason.isEmpty() ? tr("Available: supported, enabled and not opted out.") : reason;
    }

    // The whole name, which the column may show cut short, and why the row is (not) there.
    static QString nameAndAvailability(const CoverageRow &row)
    {
        const Integration &integration = row.integration;
        const QString name = row.field ? integration.string(row.field->id)
                                       : tr("%1 (%2)").arg(integration.string(row.model.label),
                                                           integration.string(row.model.id));
        // Isolated, so that a right-to-left name does not turn the English below it around.
        return isolated(capped(name, kMaxDetailChars)) + QStringLiteral("\n") + availability(row);
    }

    static QString coverageMeaning(const CoverageRow &row)
    {
        const CoverageStatus status = row.coverageStatus().value;
        QString meaning = CoverageStyle::label(status) + QStringLiteral(": ") +
                          CoverageStyle::description(status);
        if (!row.field) // what the bar beside it shows, in words
            meaning += QStringLiteral("\n") + fieldBreakdown(row.integration, row.model);
        return meaning;
    }

    static QString scopeMeaning(const CoverageRow &row)
    {
        return row.scopeSetting() ? tr("The setting of the datapoint in the scope config that "
                                       "you configured in the Kombo dashboard.")
                                  : tr("Action fields can't be configured in the scope config.");
    }

    static Need need(const CoverageRow &row)
    {
        return row.marks ? row.marks->need(row) : Need::NotNeeded;
    }

    // A glyph and a word: the star alone would be a cue some people cannot read (SPEC §4).
    static QString required(const CoverageRow &row)
    {
        switch (need(row)) {
        case Need::Required:
            return QStringLiteral("\u2605 ") + tr("Required");
        case Need::Optional:
            return QStringLiteral("\u2606 ") + tr("Optional");
        case Need::NotNeeded:
            break;
        }
        return {};
    }

    static QString requiredMeaning(const CoverageRow &row)
    {
        QString state;
        switch (need(row)) {
        case Need::Required:
            state = row.marks->isMet(row) ? tr("Required, and met.") : tr("Required, not met.");
            break;
        case Need::Optional:
            state = row.marks->isMet(row) ? tr("Optional, and met.") : tr("Optional, not met.");
            break;
        case Need::NotNeeded:
            state = tr("Not needed by the requirements.");
            break;
        }
        return state + QStringLiteral("\n") +
               tr("Click to mark it required, optional or not needed in turn, or choose in "
                  "the context menu.");
    }

    static QString optedOutMeaning(const CoverageRow &row)
    {
        return row.scopeSetting() ? tr("Whether the datapoint is opted out by your customer in "
                                       "the connection flow.")
                                  : tr("Action fields can't be opted out by your customer.");
    }
};

QByteArrayView boolValue(bool value)
{
    return value ? QByteArrayView("true") : QByteArrayView("false");
}

template<typename Enum>
QByteArrayView enumValue(const Integration &integration, OpenEnum<Enum> value, QByteArray &scratch)
{
    if (const auto name = knownWireName(value.value))
        return QByteArrayView(name->data(), qsizetype(name->size()));
    scratch = integration.wireName(value).toUtf8();
    return scratch;
}

QByteArrayView utf8(const QString &text, QByteArray &scratch)
{
    scratch = text.toUtf8();
    return scratch;
}

int scopeRank(const CoverageRow &row)
{
    const OpenEnum<ScopeSetting> *setting = row.scopeSetting();
    return setting ? int(setting->value) : int(ScopeSetting::Unrecognised) + 1;
}

QString noText(const CoverageRow &)
{
    return {};
}

} // namespace

// CSV order (SPEC §5): the CSV's header and cells are this table's, in this order.
const std::array<ColumnSpec, std::size_t(Column::Count)> kColumns{{
    {Column::IntegrationId, "integration_id", CellScope::Integration,
     [](const CoverageRow &row, QByteArray &scratch) { return utf8(row.integration.id, scratch); },
     nullptr, noText, nullptr, noText},
    {Column::ToolId, "tool_id", CellScope::Integration,
     [](const CoverageRow &row, QByteArray &scratch) {
         return utf8(row.integration.tool.id, scratch);
     },
     nullptr, noText, nullptr, noText},
    {Column::ToolLabel, "tool_label", CellScope::Integration,
     [](const CoverageRow &row, QByteArray &scratch) {
         return utf8(row.integration.tool.label, scratch);
     },
     nullptr, noText, nullptr, noText},
    {Column::Category, "category", CellScope::Integration,
     [](const CoverageRow &row, QByteArray &scratch) {
         return enumValue(row.integration, row.integration.category, scratch);
     },
     nullptr, noText, nullptr, noText},
    {Column::Kind, "kind", CellScope::Model,
     [](const CoverageRow &row, QByteArray &) { return kindWord(row.kind); }, nullptr, noText,
     nullptr, noText},
    {Column::ModelId, "model_id", CellScope::Model,
     [](const CoverageRow &row, QByteArray &) { return row.integration.utf8(row.model.id); },
     nullptr, noText, nullptr, noText},
    {Column::ModelLabel, "model_label", CellScope::Model,
     [](const CoverageRow &row, QByteArray &) { return row.integration.utf8(row.model.label); },
     nullptr, noText, nullptr, noText},
    {Column::FieldId, "field_id", CellScope::Row,
     [](const CoverageRow &row, QByteArray &) {
         return row.field ? row.integration.utf8(row.field->id) : QByteArrayView();
     },
     nullptr, noText, nullptr, noText},
    {Column::Name,
     {},
     CellScope::Row,
     nullptr,
     QT_TRANSLATE_NOOP("Columns", "Name"),
     Columns::name,
     nullptr,
     Columns::nameAndAvailability},
    {Column::IsAvailable, "is_available", CellScope::Row,
     [](const CoverageRow &row, QByteArray &) { return boolValue(row.isAvailable()); },
     QT_TRANSLATE_NOOP("Columns", "Available"),
     [](const CoverageRow &row) { return Columns::yesNo(row.isAvailable()); },
     [](const CoverageRow &row) { return row.isAvailable() ? 0 : 1; }, Columns::availability},
    {Column::CoverageStatus, "coverage_status", CellScope::Row,
     [](const CoverageRow &row, QByteArray &scratch) {
         return enumValue(row.integration, row.coverageStatus(), scratch);
     },
     QT_TRANSLATE_NOOP("Columns", "Coverage"), Columns::coverage,
     [](const CoverageRow &row) { return int(row.coverageStatus().value); },
     Columns::coverageMeaning},
    {Column::ScopeConfigSetting, "scope_config_setting", CellScope::Row,
     [](const CoverageRow &row, QByteArray &scratch) {
         const OpenEnum<ScopeSetting> *setting = row.scopeSetting();
         return setting ? enumValue(row.integration, *setting, scratch) : QByteArrayView();
     },
     QT_TRANSLATE_NOOP("Columns", "Scope setting"), Columns::scope, scopeRank,
     Columns::scopeMeaning},
    {Column::OptedOutByCustomer, "opted_out_by_customer", CellScope::Row,
     [](const CoverageRow &row, QByteArray &) {
         return row.scopeSetting() ? boolValue(row.optedOutByCustomer()) : QByteArrayView();
     },
     QT_TRANSLATE_NOOP("Columns", "Opted out"),
     [](const CoverageRow &row) {
         return row.scopeSetting() ? Columns::yesNo(row.optedOutByCustomer()) : QString();
     },
     [](const CoverageRow &row) { return row.optedOutByCustomer() ? 0 : 1; },
     Columns::optedOutMeaning},
    // Not in the CSV: its header is SPEC §5's, and requirements have reports of their own.
    {Column::Required,
     {},
     CellScope::Row,
     nullptr,
     QT_TRANSLATE_NOOP("Columns", "Required"),
     Columns::required,
     [](const CoverageRow &row) { return int(Columns::need(row)); },
     Columns::requiredMeaning},
}};

QString displayName(const QString &label, const QString &id, bool isolate)
{
    const auto part = [isolate](const QString &text) {
        const QString line = oneLine(text, kMaxLabelChars);
        return isolate ? isolated(line) : line;
    };
    if (label.isNull())
        return part(id);
    return Columns::tr("%1  (%2)").arg(part(label), part(id));
}

QString treeHeader(int number)
{
    return QCoreApplication::translate("Columns", treeColumn(number).treeHeader);
}

} // namespace kombo

// SPDX-License-Identifier: MIT
#pragma once

#include "history/coveragediff.h"

#include <memory>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace kombo {

// How a row of the tree differs from an older response (SPEC §9).
enum class RowChange : std::uint8_t
{
    None,
    Added,
    Changed,
    Removed // a ghost row: in the older response only
};

// A CoverageDiff as the tree asks about it: per row of the newer integration whether it was
// added or changed and how, and the rows only the older one has, to show as ghost rows. Made
// once per comparison, in one pass over the diff; it keeps both integrations alive, so the
// diff's positions stay valid for as long as the tree shows it.
class TreeDiff
{
    Q_DECLARE_TR_FUNCTIONS(TreeDiff)

public:
    // `olderName` says what the older response is in the window's words: a date, a file name.
    // With no `older` response, every model and field is added.
    TreeDiff(std::shared_ptr<const Integration> older, std::shared_ptr<const Integration> newer,
             QString olderName);

    const CoverageDiff &diff() const { return m_diff; }
    const Integration &older() const { return *m_older; }
    const std::shared_ptr<const Integration> &olderIntegration() const { return m_older; }
    const Integration &newer() const { return *m_newer; }
    const QString &olderName() const { return m_olderName; }
    // As many as the changes report has rows.
    std::size_t changeCount() const { return m_diff.changes.size(); }

    // A model's own change, by its number across read models then write actions.
    RowChange modelChange(std::size_t modelNumber) const { return m_models[modelNumber].change; }
    // Whether anything in the model changed: itself or any of its fields, removed ones too.
    bool modelTouched(std::size_t modelNumber) const { return m_models[modelNumber].touched; }
    RowChange fieldChange(std::uint32_t field) const { return m_fields[field].change; }

    // A removed model or action; ghost models are numbered read ones first, in the old order.
    struct Ghost
    {
        ModelKind kind;
        std::uint32_t oldModel;            // in older().models(kind)
        std::vector<std::uint32_t> fields; // in older().fields, each ID once
    };
    const std::vector<Ghost> &ghostModels() const { return m_ghosts; }
    // The fields removed from a model both responses have, in the old order.
    const std::vector<std::uint32_t> &removedFields(std::size_t modelNumber) const
    {
        return m_models[modelNumber].removedFields;
    }
    // Where a model with removed fields stands in older().models(kind).
    std::uint32_t oldModelOf(std::size_t modelNumber) const
    {
        return m_models[modelNumber].oldModel;
    }

    // Which tree column shows a property, or -1 (the integration's own).
    static int treeColumnOf(ChangedProperty property);
    // Whether a changed row's cell in tree column `column` changed; `field` null for a model.
    bool cellChanged(std::size_t modelNumber, const Field *field, int column) const;
    // The cell in words, "old → new", when it changed; a null string when it did not.
    QString cellText(std::size_t modelNumber, const Field *field, int column) const;
    // Every change of a row in words, one line each ("Coverage: ✔ Supported → ✖ Unsupported");
    // "Added" or "Removed" for those. Plain text; labels from the response cut to one line.
    QString rowText(std::size_t modelNumber, const Field *field) const;
    // The integration's own changes (status, setup status, …), one line each.
    QString integrationText() const;
    // What a ghost row says of itself.
    QString removedText() const { return tr("Removed since %1").arg(m_olderName); }

    // "Label", "Coverage", …, as the tree and details name them.
    static QString propertyName(ChangedProperty property);
    // The changed property's value on each side, in the tree's words.
    QString valueText(const Change &change, bool newSide) const;

private:
    struct RowState
    {
        RowChange change = RowChange::None;
        bool touched = false;
        std::uint32_t firstChange = Change::kNone; // its Changed entries, consecutive
        std::uint32_t changeCount = 0;
        std::uint32_t oldModel = Change::kNone;
        std::vector<std::uint32_t> removedFields;
    };
    struct FieldState
    {
        RowChange change = RowChange::None;
        std::uint8_t changeCount = 0;
        std::uint32_t firstChange = Change::kNone;
    };
    template<typename State> static void noteChanged(State &state, std::uint32_t change);
    const Change *changeOf(std::uint32_t first, std::uint32_t count, int column) const;

    std::shared_ptr<const Integration> m_older;
    std::shared_ptr<const Integration> m_newer;
    QString m_olderName;
    CoverageDiff m_diff;
    std::vector<RowState> m_models;   // by new model number
    std::vector<FieldState> m_fields; // by new field index
    std::vector<Ghost> m_ghosts;
    std::vector<std::uint32_t> m_integrationChanges;
};

} // namespace kombo

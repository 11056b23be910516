// SPDX-License-Identifier: MIT
#include "ui/readinesspanel.h"

#include "common/safetext.h"
#include "model/coveragestyle.h"
#include "requirements/openrequirements.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace kombo {

namespace {

constexpr auto kRequiredGlyph = u'\u2605';
constexpr auto kOptionalGlyph = u'\u2606';

} // namespace

ReadinessPanel::ReadinessPanel(QWidget *parent)
    : QWidget(parent), m_file(new QLabel(this)), m_readiness(new QLabel(this)),
      m_optional(new QLabel(this)), m_unmet(new QListWidget(this))
{
    setObjectName(QStringLiteral("readinessPanel"));
    m_file->setObjectName(QStringLiteral("requirementsFile"));
    m_readiness->setObjectName(QStringLiteral("readinessText"));
    m_optional->setObjectName(QStringLiteral("optionalReadiness"));
    m_unmet->setObjectName(QStringLiteral("unmetList"));
    // File names and IDs come from files anyone may have written: plain text only.
    for (QLabel *label : {m_file, m_readiness, m_optional}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont bold = m_readiness->font();
    bold.setBold(true);
    m_readiness->setFont(bold);
    m_unmet->setWordWrap(true);
    m_unmet->setTextElideMode(Qt::ElideNone);
    m_unmet->setAlternatingRowColors(true);
    m_unmet->setSpacing(2); // each entry is three lines: keep them apart
    m_unmet->setAccessibleName(tr("Unmet requirements"));
    connect(m_unmet, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_unmet->row(item);
        if (row >= 0 && std::size_t(row) < m_targets.size())
            emit requirementActivated(m_targets[std::size_t(row)]);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_file);
    layout->addWidget(m_readiness);
    layout->addWidget(m_optional);
    layout->addWidget(m_unmet, 1);
    layout->addStretch(); // the lines stay at the top while the list is hidden
}

void ReadinessPanel::showReadiness(const OpenRequirements &requirements,
                                   const Integration *integration)
{
    m_unmet->clear();
    m_targets.clear();
    if (!requirements.isActive()) {
        m_file->setText(tr("No requirements are open. Mark rows in the Required column, or open "
                           "a .kcreq file (File → Open requirements…)."));
        for (QWidget *part : {static_cast<QWidget *>(m_readiness),
                              static_cast<QWidget *>(m_optional), static_cast<QWidget *>(m_unmet)})
            part->hide();
        return;
    }
    const QString name = oneLine(requirements.displayName(), kMaxLabelChars);
    m_file->setText(requirements.isDirty() ? tr("%1 (unsaved changes)").arg(name) : name);
    m_file->setToolTip(plainToolTip(requirements.path()));
    if (!integration)
        return;

    const ReadinessCheck check = requirements.check(*integration);
    const Readiness &counts = check.readiness;
    const QLocale locale;
    // A glyph and words, never colour alone (SPEC §4).
    m_readiness->setText((counts.ready() ? QStringLiteral("\u2714 ") : QStringLiteral("\u2716 ")) +
                         tr("%1 of %Ln required met", nullptr, counts.required)
                             .arg(locale.toString(counts.requiredMet)));
    m_readiness->show();
    m_optional->setText(tr("%1 of %Ln optional met", nullptr, counts.optional)
                            .arg(locale.toString(counts.optionalMet)));
    m_optional->setVisible(counts.optional > 0);

    // Required ones first: they decide readiness; in file order within each.
    const QString tool = oneLine(integration->tool.label, kMaxLabelChars);
    for (const bool required : {true, false}) {
        for (const RequirementCheck &item : check.checks) {
            if (item.met() || item.requirement.required != required)
                continue;
            const RequirementTarget &target = item.requirement.target;
            const QString reason =
                unavailableReason(*integration, target.kind, item.model, item.field);
            const QString text =
                QString(required ? kRequiredGlyph : kOptionalGlyph) + QLatin1Char(' ') +
                oneLine(requirementText(target), kMaxLabelChars) + QLatin1Char('\n') +
                QString(availabilityWord(item.word)) + QStringLiteral(" \u2014 ") + reason +
                QLatin1Char('\n') + ActorText::advice(item.word, item.modelWord, tool);
            auto *entry = new QListWidgetItem(text, m_unmet);
            entry->setToolTip(plainToolTip(text));
            m_targets.push_back(target);
        }
    }
    m_unmet->setVisible(m_unmet->count() > 0);
}

} // namespace kombo

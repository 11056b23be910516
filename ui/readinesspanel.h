// SPDX-License-Identifier: MIT
#pragma once

#include "requirements/readinesscheck.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace kombo {

class OpenRequirements;

// How ready the shown integration is for the open requirements (SPEC §8): "14 of 16 required
// met", and each unmet requirement with its word, why in words, and who can act.
class ReadinessPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadinessPanel)

public:
    explicit ReadinessPanel(QWidget *parent = nullptr);

    // `integration` null: nothing is shown, so nothing is counted.
    void showReadiness(const OpenRequirements &requirements, const Integration *integration);

signals:
    // The person chose an unmet requirement in the list (double-click or Enter).
    void requirementActivated(const kombo::RequirementTarget &target);

private:
    QLabel *m_file;
    QLabel *m_readiness;
    QLabel *m_optional;
    QListWidget *m_unmet;
    std::vector<RequirementTarget> m_targets; // of the list's items, by row
};

} // namespace kombo
